/** Shared set-up for browser tests: a fresh widget per test, frames, pixels and event recording. */
import '../../src/index';
import { JakStatExplorer } from '../../src/ui/jak-stat-explorer/jak-stat-explorer';
import type { Clock } from '../../src/timeline/playhead';
import { readCanvasPixels } from '../../scripts/canvas-fingerprint.mjs';
import { manualClock, type ManualClock as ManualClockType } from '../support/manual-clock';

export { manualClock, FRAME, type ManualClock } from '../support/manual-clock';

export interface MountOptions {
  /**
   * What moves the animation. Default: a manual clock nobody advances, so that nothing moves unless the test
   * says so; pass your own `manualClock()` to advance it, or `'real'` for GSAP's ticker (real time).
   */
  clock?: Clock | 'real';
}

/**
 * Mounts a fresh widget in a container of the given width and waits until it has drawn its first frame (or,
 * in text mode, rendered). Its resize observer reports in the next animation frame and draws again then; tests
 * that count frames let that pass first (`await frames(2)`).
 */
export async function mount(attributes: Record<string, string> = {}, width = 960, options: MountOptions = {}): Promise<JakStatExplorer> {
  const before = framesDrawn();
  document.body.replaceChildren();
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  const explorer = document.createElement('jak-stat-explorer');
  const clock = options.clock ?? manualClock();
  if (clock !== 'real') explorer.clock = clock;
  for (const [name, value] of Object.entries(attributes)) explorer.setAttribute(name, value);
  box.append(explorer);
  await explorer.updateComplete;
  await explorer.rendererReady;
  if (!explorer.textOnly) await drawn(before);
  return explorer;
}

/** How many frames all widgets on the page have drawn so far. */
export function framesDrawn(): number {
  return JakStatExplorer.framesDrawn;
}

/**
 * Waits until a frame has been drawn since `since` (a `framesDrawn()` reading): at once when drawing is batched
 * into a microtask, or within a few animation frames; fails if none comes.
 */
export async function drawn(since: number, maxFrames = 10): Promise<void> {
  await Promise.resolve();
  for (let frame = 0; framesDrawn() <= since; frame++) {
    if (frame >= maxFrames) throw new Error(`no frame drawn within ${maxFrames} animation frames`);
    await frames(1);
  }
}

/** Shows step n (goToStep) and waits until it is rendered and drawn. */
export async function showStep(explorer: JakStatExplorer, step: number): Promise<void> {
  const before = framesDrawn();
  explorer.goToStep(step);
  await explorer.updateComplete;
  await drawn(before);
}

/** Advances a manual clock and waits until the frame it moved to is drawn. */
export async function advanceAndDraw(clock: ManualClockType, seconds: number): Promise<void> {
  const before = framesDrawn();
  clock.advance(seconds);
  await drawn(before);
}

/** Waits for n animation frames. */
export function frames(n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/** The element's shadow root part or element, failing loudly if absent. */
export function shadow<T extends Element = HTMLElement>(explorer: JakStatExplorer, selector: string): T {
  const found = explorer.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No "${selector}" in the widget`);
  return found;
}

/** What the (main) canvas shows now: its pixels, a count of distinct colours and a fingerprint. */
export function readCanvas(explorer: JakStatExplorer, selector = 'canvas') {
  return readCanvasPixels(shadow<HTMLCanvasElement>(explorer, selector));
}

/** The fraction of pixels that differ between two readings of the same canvas size. */
export function differingFraction(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 24) differing++;
  }
  return differing / (a.length / 4);
}

/** Records the widget's events by type. */
export function recordEvents(explorer: EventTarget, types = ['step-change', 'play', 'pause', 'ended', 'scene-error']) {
  const events: CustomEvent[] = [];
  for (const type of types) explorer.addEventListener(type, (event) => events.push(event as CustomEvent));
  return {
    events,
    of: (type: string) => events.filter((event) => event.type === type),
    clear: () => { events.length = 0; },
  };
}

/** The narration's step title and text as shown. */
export function narration(explorer: JakStatExplorer) {
  return {
    counter: shadow(explorer, '.counter').textContent?.trim(),
    title: shadow(explorer, '.title').textContent?.trim(),
    text: shadow(explorer, '.text').textContent?.trim(),
  };
}

/**
 * Mounts a widget that cannot draw (no canvas 2D context: canvas disabled or unsupported), so that it shows
 * its steps as text. The element decides this when it is created; the stub is removed once it is mounted.
 */
export async function mountTextOnly(attributes: Record<string, string> = {}, width = 960, options: MountOptions = {}): Promise<JakStatExplorer> {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof original;
  try {
    return await mount(attributes, width, options);
  } finally {
    HTMLCanvasElement.prototype.getContext = original;
  }
}
