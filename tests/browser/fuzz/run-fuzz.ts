/**
 * Runs a fuzz session in the current page: three widgets, each in its own container, driven by a shared manual
 * clock, a planned list of actions, and every invariant checked after every action. Used by the Vitest browser
 * test (tests/browser/fuzz.test.ts) and by the long run (scripts/fuzz-long.mjs serves long-run.html).
 */
import '../../../src/index';
import type { JakStatExplorer } from '../../../src/ui/jak-stat-explorer/jak-stat-explorer';
import { describe, performAction, planActions, type ActionSpec, type Expectation, type FuzzWorld } from './actions';
import { WidgetWatch, type Violation } from './invariants';
import { ManualClock } from './manual-clock';

export interface FuzzOptions {
  seed: number;
  /** Number of actions (ignored when `actions` is given). */
  count?: number;
  /** A given list of actions instead of the seeded plan (to replay a reproduction). */
  actions?: ActionSpec[];
  /** Words of action labels to leave out of the seeded plan (see planActions). */
  exclude?: readonly string[];
  /**
   * How many widgets take part (default 3). A replayed reproduction needs only the widgets its actions name:
   * mounting fewer keeps the suite fast.
   */
  widgets?: number;
  /** Called every `progressEvery` actions (long runs). */
  onProgress?: (done: number, violations: number) => void;
  progressEvery?: number;
}

export interface FuzzResult {
  seed: number;
  actions: number;
  /** The action log, one line per action. */
  log: string[];
  violations: Violation[];
  /** Violations per invariant. */
  counts: Record<string, number>;
  pageErrors: number;
  rejections: number;
  consoleErrors: number;
  warnings: number;
  /** Milliseconds spent per action kind (action and the updates it caused), and the slowest actions. */
  timeByKind: Record<string, number>;
  slowest: { label: string; ms: number }[];
  milliseconds: number;
}

const RECENT = 10;
/**
 * An action (with the updates it causes) slower than this is a hang (oversized data once took two minutes), not
 * a speed figure: these machines are shared, so speed is measured by `npm run bench`, never asserted here.
 */
const SLOW_MS = 10_000;

function frames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/** Runs the fuzz session and returns everything it saw; never throws for a broken invariant. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const plan = options.actions ?? planActions(options.seed, options.count ?? 500, options.exclude);
  const started = performance.now();
  const log: string[] = [];
  const violations: Violation[] = [];
  let current = -1;
  const report = (invariant: string, widget: number | undefined, message: string) => {
    violations.push({ invariant, action: current, widget, message, recent: log.slice(-RECENT) });
  };

  const tally = { pageErrors: 0, rejections: 0, consoleErrors: 0, warnings: 0 };
  const onError = (event: ErrorEvent) => {
    tally.pageErrors++;
    report('page-error', undefined, `uncaught ${String(event.error?.stack ?? event.error ?? event.message).split('\n').slice(0, 3).join(' | ')}`);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    tally.rejections++;
    report('unhandled-rejection', undefined, String(event.reason?.stack ?? event.reason).split('\n').slice(0, 3).join(' | '));
    event.preventDefault();
  };
  const { error: consoleError, warn: consoleWarn } = console;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.error = (...args: unknown[]) => {
    // The test runner logs the error and rejection events themselves: those are counted above already.
    if (args.length === 1 && args[0] instanceof Event) return;
    tally.consoleErrors++;
    report('page-error', undefined, `console.error ${args.map((a) => (a instanceof Error ? a.message : describe(a))).join(' ')}`);
  };
  // Bad values warn once each by contract; hostile values make many distinct warnings. Count, don't print.
  console.warn = () => { tally.warnings++; };

  const previousLang = document.documentElement.lang;
  const host = document.createElement('div');
  host.className = 'fuzz-host';
  host.style.cssText = 'display:flex;align-items:flex-start;gap:4px;';
  document.body.append(host);
  const containers = [0, 1, 2].map(() => {
    const box = document.createElement('div');
    box.style.cssText = 'width:420px;flex:none;';
    host.append(box);
    return box;
  });
  const clock = new ManualClock();
  const watches: WidgetWatch[] = [];
  const widgets: JakStatExplorer[] = [];
  let expectations: Expectation[] = [];
  let drawn = false;
  const timeByKind: Record<string, number> = {};
  const slowest: { label: string; ms: number }[] = [];
  const world: FuzzWorld = {
    containers,
    widgets,
    clock,
    createWidget(slot) {
      const el = document.createElement('jak-stat-explorer');
      el.clock = clock;
      watches[slot]?.detach();
      watches[slot] = new WidgetWatch(el, slot, report);
      widgets[slot] = el;
      return el;
    },
    frames,
    expect: (expectation) => { expectations.push(expectation); },
    markDrawn: () => { drawn = true; },
  };
  const slots = Math.min(3, Math.max(1, options.widgets ?? 3));
  for (let slot = 0; slot < slots; slot++) containers[slot]!.append(world.createWidget(slot));

  // A widget whose every update fails counts once per onset, not once per action while it stays broken.
  const failing = new Set<JakStatExplorer>();
  const settle = async () => {
    for (const el of widgets) {
      try {
        await el.updateComplete;
        failing.delete(el);
      } catch (error) {
        if (!failing.has(el)) report('page-error', widgets.indexOf(el), `update failed: ${String(error)}`);
        failing.add(el);
      }
    }
  };

  try {
    await settle();
    await Promise.all(widgets.map((el) => el.rendererReady));
    await frames(2);
    for (let i = 0; i < plan.length; i++) {
      const spec = plan[i]!;
      current = i;
      log.push(`#${i} ${spec.label}`);
      expectations = [];
      drawn = false;
      const actionStarted = performance.now();
      try {
        await performAction(world, spec);
      } catch (error) {
        report('throws', spec.widget, `${spec.label} threw ${error instanceof Error ? `${error.name}: ${error.message}` : describe(error)}`);
      }
      await settle();
      const took = performance.now() - actionStarted;
      timeByKind[spec.kind] = (timeByKind[spec.kind] ?? 0) + took;
      slowest.push({ label: `#${i} ${spec.label}`, ms: Math.round(took) });
      slowest.sort((a, b) => b.ms - a.ms).splice(5);
      if (took > SLOW_MS) report('slow-action', spec.widget, `${spec.label} took ${Math.round(took)} ms`);
      if (drawn) await Promise.all(widgets.map((el) => el.rendererReady.catch(() => undefined)));
      for (const expectation of expectations) {
        const problem = expectation.check();
        if (problem) report(expectation.invariant, expectation.widget, problem);
      }
      for (const watch of watches) {
        try {
          watch.check(drawn);
        } catch (error) {
          report('throws', watch.slot, `reading the widget's public state threw ${error instanceof Error ? error.message : describe(error)}`);
        }
      }
      const injected = (window as { __fuzzInjected?: number }).__fuzzInjected;
      if (injected) {
        report('no-injection', undefined, `hostile markup ran ${injected} time(s)`);
        (window as { __fuzzInjected?: number }).__fuzzInjected = 0;
      }
      if (options.onProgress && (i + 1) % (options.progressEvery ?? 500) === 0) options.onProgress(i + 1, violations.length);
    }
  } finally {
    for (const el of widgets) el.pause();
    for (const watch of watches) watch.detach();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = consoleError;
    console.warn = consoleWarn;
    document.documentElement.lang = previousLang;
    host.remove();
  }

  const counts: Record<string, number> = {};
  for (const v of violations) counts[v.invariant] = (counts[v.invariant] ?? 0) + 1;
  return { seed: options.seed, actions: plan.length, log, violations, counts, ...tally, timeByKind, slowest, milliseconds: Math.round(performance.now() - started) };
}

/** A readable summary: counts per invariant, then the first few examples of each with the actions before them. */
export function formatReport(result: FuzzResult, examplesPerInvariant = 3): string {
  const lines = [
    `fuzz seed ${result.seed}: ${result.actions} actions in ${(result.milliseconds / 1000).toFixed(1)} s, ${result.violations.length} violations`,
    `page errors ${result.pageErrors}, console errors ${result.consoleErrors}, unhandled rejections ${result.rejections}, warnings ${result.warnings}`,
    '',
    `${'invariant'.padEnd(26)} violations`,
  ];
  const byKind = Object.entries(result.timeByKind).sort((a, b) => b[1] - a[1]).map(([kind, ms]) => `${kind} ${(ms / 1000).toFixed(1)} s`);
  lines.splice(2, 0, `time by action kind: ${byKind.join(', ')}`, `slowest: ${result.slowest.map((s) => `${s.label} (${s.ms} ms)`).join('; ')}`);
  const names = Object.keys(result.counts).sort((a, b) => result.counts[b]! - result.counts[a]!);
  for (const name of names) lines.push(`${name.padEnd(26)} ${result.counts[name]}`);
  for (const name of names) {
    lines.push('', `== ${name}`);
    for (const v of result.violations.filter((x) => x.invariant === name).slice(0, examplesPerInvariant)) {
      lines.push(`  after action #${v.action}${v.widget === undefined ? '' : ` (widget ${v.widget})`}: ${v.message}`);
      for (const line of v.recent.slice(-6)) lines.push(`      ${line}`);
    }
  }
  return lines.join('\n');
}
