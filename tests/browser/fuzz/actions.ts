/**
 * The fuzz action catalogue: everything a page, a host script or a user can do to `<jak-stat-explorer>` through
 * its public contract (attributes, properties, methods, clicks and keys in its shadow DOM, loadSceneData, the
 * page's language, moving it around the page), over three widgets.
 *
 * Choosing is separate from doing: `planActions(seed, n)` is a pure function of the seed, so the action log
 * replays exactly and a failing sequence can be cut down and replayed as a list of specs (`ActionSpec`).
 */
import { SCENES } from '../../../scenes';
import { DRUG_IDS } from '../../../scenes/drugs';
import type { JakStatExplorer } from '../../../src/ui/jak-stat-explorer/jak-stat-explorer';
import type { ManualClock } from './manual-clock';
import { integer, pick, seededRandom, type Random } from './prng';

/** One planned action: serialisable, so a reproduction can be printed and replayed. */
export interface ActionSpec {
  kind: string;
  /** Which widget slot (0–2) it acts on. */
  widget: number;
  args: (string | number)[];
  /** What it does, as a line of the action log. */
  label: string;
}

/** A check an action asks for once the widgets have settled (e.g. "removing restores the default"). */
export interface Expectation {
  invariant: string;
  widget: number;
  /** A description of what is wrong, or undefined when all is well. */
  check(): string | undefined;
}

/** The page a fuzz run acts on. */
export interface FuzzWorld {
  readonly containers: HTMLElement[];
  /** The widget in each slot (a replaced widget's slot holds the fresh one). */
  readonly widgets: JakStatExplorer[];
  readonly clock: ManualClock;
  /** A fresh widget driven by the manual clock and watched by the invariants, not yet on the page. */
  createWidget(slot: number): JakStatExplorer;
  /** Waits for the browser to draw. */
  frames(n: number): Promise<void>;
  /** Checks to run after this action settles. */
  expect(expectation: Expectation): void;
  /** Asks for the stage pixel checks after this action (it waited for frames). */
  markDrawn(): void;
}

interface ActionKind {
  kind: string;
  weight: number;
  choose(rand: Random): { args: (string | number)[]; label: string };
  perform(world: FuzzWorld, el: JakStatExplorer, slot: number, args: (string | number)[]): void | Promise<void>;
}

const INJECTION = '<img src=x onerror="window.__fuzzInjected=(window.__fuzzInjected||0)+1">';

/** Values no attribute should choke on. */
export const HOSTILE_VALUES: readonly string[] = [
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'x'.repeat(20_000), INJECTION,
  'NaN', 'Infinity', '-Infinity', '-0', '1e3', '0x10', 'null', 'undefined', 'true', 'false', '\u0000', '１２',
];

const SCENE_IDS = Object.keys(SCENES);

/** Good values per attribute; booleans are present-or-absent. */
const GOOD_VALUES: Record<string, readonly string[]> = {
  scene: SCENE_IDS,
  step: ['1', '2', '3', '5', '7', '11', '12', ' 4 '],
  speed: ['0.25', '0.5', '1', '2', '4'],
  drug: DRUG_IDS,
  exposure: ['0.1', '0.3', '1', '10', '100', '1000'],
  compare: [''],
  'reduced-motion': [''],
  presenter: [''],
  quiz: [''],
  'read-aloud': [''],
  lang: ['en', 'es', 'fr', 'es-MX', 'EN', ''],
  autoplay: [''],
  from: ['1', '2', '4', '6', '9', '12'],
  to: ['3', '4', '8', '10', '12'],
  handout: ['handout.html', '/lessons/handout.html', 'https://example.org/h.html', 'javascript:alert(1)'],
  'whole-cell': [''],
};
const ATTRIBUTES = Object.keys(GOOD_VALUES);

/**
 * What `removeAttribute(name)` must restore (platform convention); undefined where the default is the environment's.
 * A value computed from the widget is its default there (the first step is the step range's first).
 */
export const ATTRIBUTE_DEFAULTS: Record<string, { property: keyof JakStatExplorer; value: unknown } | undefined> = {
  scene: { property: 'scene', value: 'il13' },
  step: { property: 'step', value: (el: JakStatExplorer) => el.range.from },
  speed: { property: 'speed', value: 1 },
  drug: { property: 'drug', value: 'none' },
  exposure: { property: 'exposure', value: 10 },
  compare: { property: 'compare', value: false },
  'reduced-motion': undefined,
  presenter: { property: 'presenter', value: false },
  quiz: { property: 'quiz', value: false },
  'read-aloud': { property: 'readAloud', value: false },
  lang: undefined,
  autoplay: { property: 'autoplay', value: false },
  from: { property: 'from', value: undefined },
  to: { property: 'to', value: undefined },
  handout: { property: 'handout', value: '' },
  'whole-cell': { property: 'wholeCell', value: false },
};

/** Wrong-typed property values, built fresh each time (arrays and objects must not be shared between actions). */
const PROPERTY_VALUES: Record<string, () => unknown> = {
  '["x"]': () => ['x'],
  '{}': () => ({}),
  'null': () => null,
  'undefined': () => undefined,
  '"12"': () => '12',
  '"3"': () => '3',
  '""': () => '',
  '"abc"': () => 'abc',
  '"__proto__"': () => '__proto__',
  'NaN': () => Number.NaN,
  'Infinity': () => Number.POSITIVE_INFINITY,
  '-1': () => -1,
  '0': () => 0,
  '3': () => 3,
  '3.5': () => 3.5,
  '1000000': () => 1_000_000,
  'true': () => true,
  'false': () => false,
  '"upadacitinib"': () => 'upadacitinib',
  '"il31"': () => 'il31',
  'Symbol()': () => Symbol('fuzz'),
  '{ toString() { throw } }': () => ({ toString() { throw new Error('hostile toString'); } }),
};
const PROPERTY_NAMES = ['step', 'speed', 'drug', 'exposure', 'compare', 'scene', 'presenter', 'quiz', 'reducedMotion', 'readAloud', 'autoplay', 'lang', 'from', 'to', 'handout', 'wholeCell'];

const BUTTONS = ['next', 'previous', 'play', 'restart', 'motion', 'whole-cell', 'presenter-toggle', 'shortcuts-toggle', 'close-shortcuts', 'dismiss', 'read-aloud', 'export-toggle', 'save-picture'];
const KEYS = [' ', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'PageUp', 'PageDown', 'f', 'F', 'w', 'W', 'Escape', '?', 'x'];
const GO_TO = ['1', '5', '12', '0', '-1', '13', '2.5', 'NaN', 'Infinity', '"3"', 'null', 'undefined', '"__proto__"'];
const GO_TO_VALUES: Record<string, unknown> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '"3"': '3', null: null, undefined, '"__proto__"': '__proto__' };
const PAGE_LANGS = ['es', 'en', 'fr', ''];
const TIME_STEPS = [0.05, 0.3, 1, 3, 10, 30];
const LOADS = [
  'valid', 'valid', 'valid', 'malformed-null', 'malformed-number', 'malformed-string', 'malformed-empty', 'malformed-steps',
  'malformed-no-steps', 'step-id-constructor', 'step-id-proto', 'own-proto-key', 'hostile-text', 'oversized', 'mutate-after',
  'valid-then-page-lang',
];

/** A deep copy of a registered scene, as an author would pass it. */
function sceneCopy(id: string): Record<string, unknown> & { steps: Record<string, unknown>[] } {
  return structuredClone(SCENES[id]) as never;
}

function shadowQuery<T extends Element>(el: JakStatExplorer, selector: string): T | null {
  return el.shadowRoot?.querySelector<T>(selector) ?? null;
}

function pressKey(el: JakStatExplorer, key: string): void {
  const stage = shadowQuery<HTMLElement>(el, '.stage') ?? el;
  stage.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

/** Builds the scene data of a `loadSceneData` variant; the second value is what to do after loading. */
function sceneDataFor(variant: string, sceneId: string): unknown {
  const data = sceneCopy(sceneId);
  switch (variant) {
    case 'malformed-null': return null;
    case 'malformed-number': return 42;
    case 'malformed-string': return sceneId;
    case 'malformed-empty': return {};
    case 'malformed-steps': return { ...data, steps: 'nope' };
    case 'malformed-no-steps': return { ...data, steps: [] };
    case 'step-id-constructor': data.steps[1]!.id = 'constructor'; return data;
    case 'step-id-proto': data.steps[2]!.id = '__proto__'; return data;
    case 'own-proto-key': return JSON.parse(JSON.stringify(data).replace('{', '{"__proto__":{"polluted":true},'));
    case 'hostile-text':
      data.title = INJECTION;
      data.steps[0]!.title = INJECTION;
      data.steps[0]!.text = `${INJECTION} ${'word '.repeat(2000)}`;
      data.steps[1]!.title = '{{constructor}} ${x} %s';
      return data;
    case 'oversized': {
      const template = data.steps;
      data.steps = Array.from({ length: 5000 }, (_, i) => ({ ...structuredClone(template[i % template.length]!), id: `step-${i}` }));
      return data;
    }
    default: return data;
  }
}

const ACTION_KINDS: ActionKind[] = [
  {
    kind: 'click',
    weight: 10,
    choose: (rand) => { const b = pick(rand, BUTTONS); return { args: [b], label: `click button.${b}` }; },
    perform: (_w, el, _s, [b]) => { shadowQuery<HTMLButtonElement>(el, `button.${b}`)?.click(); },
  },
  {
    kind: 'checkpoint',
    weight: 2,
    choose: (rand) => { const i = integer(rand, 0, 3); return { args: [i], label: `answer checkpoint ${i} and submit` }; },
    perform: (_w, el, _s, [i]) => {
      const radios = el.shadowRoot?.querySelectorAll<HTMLInputElement>('.checkpoint input[type=radio]') ?? [];
      radios[Number(i) % Math.max(1, radios.length)]?.click();
      shadowQuery<HTMLButtonElement>(el, '.checkpoint-action')?.click();
    },
  },
  {
    kind: 'drug-picker',
    weight: 3,
    choose: (rand) => {
      const which = pick(rand, ['drug-picker', 'exposure-picker', 'compare-toggle']);
      const i = integer(rand, 0, 5);
      return { args: [which, i], label: which === 'compare-toggle' ? 'click compare checkbox' : `choose option ${i} of select.${which}` };
    },
    perform: (_w, el, _s, [which, i]) => {
      if (which === 'compare-toggle') {
        shadowQuery<HTMLInputElement>(el, 'input.compare-toggle')?.click();
        return;
      }
      const select = shadowQuery<HTMLSelectElement>(el, `select.${which}`);
      if (!select || select.disabled || select.options.length === 0) return;
      select.selectedIndex = Number(i) % select.options.length;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
  },
  {
    kind: 'exposure-slider',
    weight: 2,
    choose: (rand) => {
      // Any position the slider can take (log10 of 0.1 … 1000), sometimes dragged through several at once.
      const to = Math.round((rand() * 4 - 1) * 20) / 20;
      const drag = integer(rand, 1, 4);
      return { args: [to, drag], label: `drag the exposure slider to 10^${to} in ${drag} input event(s)` };
    },
    perform: (_w, el, _s, [to, drag]) => {
      const slider = shadowQuery<HTMLInputElement>(el, 'input.exposure-slider');
      if (!slider || slider.disabled) return;
      const from = Number(slider.value);
      for (let i = 1; i <= Number(drag); i++) {
        slider.value = String(from + ((Number(to) - from) * i) / Number(drag));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    },
  },
  {
    kind: 'key',
    weight: 10,
    choose: (rand) => { const k = pick(rand, KEYS); return { args: [k], label: `key "${k}"` }; },
    perform: (_w, el, _s, [k]) => pressKey(el, String(k)),
  },
  {
    kind: 'set-attribute',
    weight: 14,
    choose: (rand) => {
      const name = pick(rand, ATTRIBUTES);
      const value = rand() < 0.6 ? pick(rand, GOOD_VALUES[name]!) : pick(rand, HOSTILE_VALUES);
      const shown = value.length > 40 ? `${value.slice(0, 12)}…(${value.length} chars)` : value;
      return { args: [name, value], label: `setAttribute("${name}", ${JSON.stringify(shown)})` };
    },
    perform: (_w, el, _s, [name, value]) => el.setAttribute(String(name), String(value)),
  },
  {
    kind: 'remove-attribute',
    weight: 5,
    choose: (rand) => { const name = pick(rand, ATTRIBUTES); return { args: [name], label: `removeAttribute("${name}")` }; },
    perform: (world, el, slot, [name]) => {
      el.removeAttribute(String(name));
      const expected = ATTRIBUTE_DEFAULTS[String(name)];
      if (!expected) return;
      world.expect({
        invariant: 'remove-restores-default',
        widget: slot,
        check: () => {
          const actual = el[expected.property];
          const value = typeof expected.value === 'function' ? (expected.value as (el: JakStatExplorer) => unknown)(el) : expected.value;
          return Object.is(actual, value) ? undefined : `after removeAttribute("${name}") ${String(expected.property)} is ${describe(actual)}, expected ${describe(value)}`;
        },
      });
    },
  },
  {
    kind: 'set-property',
    weight: 8,
    choose: (rand) => {
      const name = pick(rand, PROPERTY_NAMES);
      const value = pick(rand, Object.keys(PROPERTY_VALUES));
      return { args: [name, value], label: `el.${name} = ${value}` };
    },
    perform: (_w, el, _s, [name, value]) => {
      (el as unknown as Record<string, unknown>)[String(name)] = PROPERTY_VALUES[String(value)]!();
    },
  },
  {
    kind: 'method',
    weight: 12,
    choose: (rand) => {
      const m = pick(rand, ['play', 'play', 'pause', 'next', 'previous', 'restart', 'goToStep']);
      if (m !== 'goToStep') return { args: [m], label: `${m}()` };
      const n = pick(rand, GO_TO);
      return { args: [m, n], label: `goToStep(${n})` };
    },
    perform: (_w, el, _s, [m, n]) => {
      if (m === 'goToStep') el.goToStep((String(n) in GO_TO_VALUES ? GO_TO_VALUES[String(n)] : Number(n)) as number);
      else el[m as 'play' | 'pause' | 'next' | 'previous' | 'restart']();
    },
  },
  {
    kind: 'seek',
    weight: 4,
    choose: (rand) => { const f = Math.round((rand() * 1.4 - 0.2) * 1000) / 1000; return { args: [f], label: `seek slider to ${f} of its range` }; },
    perform: (_w, el, _s, [f]) => {
      const seek = shadowQuery<HTMLInputElement>(el, 'input.seek');
      if (!seek) return;
      seek.value = String(Number(f) * Number(seek.max));
      seek.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
  },
  {
    kind: 'load-scene-data',
    weight: 4,
    choose: (rand) => {
      const variant = pick(rand, LOADS);
      const scene = pick(rand, SCENE_IDS);
      const lang = pick(rand, PAGE_LANGS);
      const extra = variant === 'valid-then-page-lang' ? `, then page lang "${lang}"` : '';
      return { args: [variant, scene, lang], label: `loadSceneData(${variant} ${scene})${extra}` };
    },
    perform: (world, el, slot, [variant, scene, lang]) => {
      const data = sceneDataFor(String(variant), String(scene));
      const errors: Event[] = [];
      const onError = (event: Event) => errors.push(event);
      el.addEventListener('scene-error', onError);
      const countBefore = el.stepCount;
      const started = performance.now();
      let accepted: unknown;
      try {
        accepted = el.loadSceneData(data);
      } finally {
        el.removeEventListener('scene-error', onError);
      }
      const took = performance.now() - started;
      if (variant === 'oversized') {
        world.expect({
          invariant: 'oversized-refused',
          widget: slot,
          check: () => {
            const problems = [];
            if (took > 500) problems.push(`took ${Math.round(took)} ms`);
            if (accepted !== false) problems.push(`returned ${describe(accepted)}`);
            if (errors.length === 0) problems.push('no scene-error');
            if (el.stepCount !== countBefore) problems.push(`stepCount ${countBefore} → ${el.stepCount}`);
            return problems.length ? `5,000-step scene: ${problems.join(', ')}` : undefined;
          },
        });
        // Accepted anyway: put a normal scene back, so one defect does not slow down every later action.
        if (accepted !== false) el.loadSceneData(sceneCopy(String(scene)));
      }
      if (String(variant).startsWith('malformed')) {
        world.expect({
          invariant: 'malformed-refused',
          widget: slot,
          check: () => (accepted === false && errors.length === 1 ? undefined : `malformed data returned ${describe(accepted)} with ${errors.length} scene-error event(s)`),
        });
      }
      if (variant === 'mutate-after' && accepted === true) {
        const before = JSON.stringify(el.steps);
        const steps = (data as { steps: Record<string, unknown>[] }).steps;
        steps[0]!.title = 'MUTATED AFTER LOAD';
        steps[0]!.text = 'MUTATED AFTER LOAD';
        steps.length = 3;
        (data as Record<string, unknown>).id = 'mutated';
        world.expect({
          invariant: 'loaded-data-isolated',
          widget: slot,
          check: () => (JSON.stringify(el.steps) === before ? undefined : 'mutating the object passed to loadSceneData changed the widget\'s steps'),
        });
      }
      if (variant === 'valid-then-page-lang') document.documentElement.lang = String(lang);
    },
  },
  {
    kind: 'page-lang',
    weight: 3,
    choose: (rand) => { const lang = pick(rand, PAGE_LANGS); return { args: [lang], label: `document.documentElement.lang = "${lang}"` }; },
    perform: (_w, _el, _s, [lang]) => { document.documentElement.lang = String(lang); },
  },
  {
    kind: 'move',
    weight: 3,
    choose: (rand) => { const to = integer(rand, 0, 2); return { args: [to], label: `append widget to container ${to}` }; },
    perform: (world, el, _s, [to]) => { world.containers[Number(to)]!.append(el); },
  },
  {
    kind: 'remove',
    weight: 1,
    choose: () => ({ args: [], label: 'remove widget from the page' }),
    perform: (_w, el) => { el.remove(); },
  },
  {
    kind: 'remove-readd',
    weight: 2,
    choose: (rand) => {
      const to = integer(rand, 0, 2);
      const t = pick(rand, TIME_STEPS);
      return { args: [to, t], label: `play(), remove, advance ${t}s, re-add to container ${to}` };
    },
    perform: (world, el, _s, [to, t]) => {
      el.play();
      el.remove();
      world.clock.advance(Number(t));
      world.containers[Number(to)]!.append(el);
    },
  },
  {
    kind: 'replace',
    weight: 1,
    choose: (rand) => { const attrs = pick(rand, ['', 'step=5', 'autoplay', 'drug=abrocitinib compare', 'presenter', 'scene=il31 step=12']); return { args: [attrs], label: `replace widget with a fresh one [${attrs}]` }; },
    perform: (world, el, slot, [attrs]) => {
      const fresh = world.createWidget(slot);
      for (const pair of String(attrs).split(' ').filter(Boolean)) {
        const [name, value = ''] = pair.split('=');
        fresh.setAttribute(name!, value);
      }
      if (el.isConnected) el.replaceWith(fresh);
      else world.containers[slot]!.append(fresh);
    },
  },
  {
    kind: 'presenter-compare',
    weight: 2,
    choose: (rand) => { const drug = pick(rand, DRUG_IDS.filter((d) => d !== 'none')); return { args: [drug], label: `drug="${drug}", compare, presenter` }; },
    perform: (_w, el, _s, [drug]) => {
      el.setAttribute('drug', String(drug));
      el.setAttribute('compare', '');
      el.setAttribute('presenter', '');
    },
  },
  {
    kind: 'resize',
    weight: 2,
    choose: (rand) => { const w = integer(rand, 280, 700); const c = integer(rand, 0, 2); return { args: [c, w], label: `container ${c} width ${w}px` }; },
    perform: (world, _el, _s, [c, w]) => { world.containers[Number(c)]!.style.width = `${w}px`; },
  },
  {
    kind: 'advance-time',
    weight: 9,
    choose: (rand) => { const t = pick(rand, TIME_STEPS); return { args: [t], label: `advance time ${t}s` }; },
    perform: (world, _el, _s, [t]) => { world.clock.advance(Number(t)); },
  },
  {
    // Waiting for frames costs real time: fewer of these, each followed by the stage pixel checks.
    kind: 'draw',
    weight: 4,
    choose: (rand) => { const t = pick(rand, TIME_STEPS); return { args: [t], label: `advance time ${t}s and draw` }; },
    perform: async (world, _el, _s, [t]) => {
      world.clock.advance(Number(t));
      // Resize observers, intersection observers and the draw scheduler each take a frame.
      await world.frames(3);
      world.markDrawn();
    },
  },
];

const TOTAL_WEIGHT = ACTION_KINDS.reduce((sum, k) => sum + k.weight, 0);
const KINDS = new Map(ACTION_KINDS.map((k) => [k.kind, k]));

/**
 * The actions of a run: a pure function of the seed (and of `exclude`: actions whose label contains one of
 * these words are drawn again, e.g. `oversized` while a known hang is being fixed).
 */
export function planActions(seed: number, count: number, exclude: readonly string[] = []): ActionSpec[] {
  const rand = seededRandom(seed);
  const plan: ActionSpec[] = [];
  while (plan.length < count) {
    let r = rand() * TOTAL_WEIGHT;
    const kind = ACTION_KINDS.find((k) => (r -= k.weight) < 0) ?? ACTION_KINDS.at(-1)!;
    const widget = integer(rand, 0, 2);
    const { args, label } = kind.choose(rand);
    if (exclude.some((word) => word && label.includes(word))) continue;
    plan.push({ kind: kind.kind, widget, args, label: `w${widget}: ${label}` });
  }
  return plan;
}

/** Does one planned action. */
export async function performAction(world: FuzzWorld, spec: ActionSpec): Promise<void> {
  const kind = KINDS.get(spec.kind);
  if (!kind) throw new Error(`unknown fuzz action kind ${spec.kind}`);
  await kind.perform(world, world.widgets[spec.widget]!, spec.widget, spec.args);
}

/** A short printable form of any value (symbols and hostile objects included). */
export function describe(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);
    if (typeof value === 'symbol') return value.toString();
    if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
    if (value && typeof value === 'object') return `{${Object.keys(value).join(', ')}}`;
    return String(value);
  } catch {
    return '(unprintable)';
  }
}
