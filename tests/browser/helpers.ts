/** Shared set-up for browser tests: a fresh widget per test, frames, pixels and event recording. */
import '../../src/index';
import type { JakStatExplorer } from '../../src/ui/jak-stat-explorer/jak-stat-explorer';
import { loadLocale } from '../../src/i18n/registry';

/** Mounts a fresh widget in a container of the given width and waits until it has drawn. */
export async function mount(attributes: Record<string, string> = {}, width = 960): Promise<JakStatExplorer> {
  document.body.replaceChildren();
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  const explorer = document.createElement('jak-stat-explorer');
  for (const [name, value] of Object.entries(attributes)) explorer.setAttribute(name, value);
  box.append(explorer);
  // A language other than English is a module of its own, loaded on demand: wait for it as a reader would.
  await loadLocale(explorer.lang || document.documentElement.lang || navigator.language);
  await explorer.updateComplete;
  await explorer.rendererReady;
  await frames(2);
  return explorer;
}

/** Waits for n animation frames (drawing is batched into the next frame). */
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

/** What the canvas shows now: its pixels, a count of distinct colours and a cheap fingerprint. */
export function readCanvas(explorer: JakStatExplorer) {
  const canvas = shadow<HTMLCanvasElement>(explorer, 'canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas has no 2D context');
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const colours = new Set<number>();
  let hash = 0;
  for (let i = 0; i < data.length; i += 4) {
    const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    if (i % 64 === 0) colours.add(rgb);
    hash = (Math.imul(hash, 31) + rgb + data[i + 3]!) | 0;
  }
  return { data, width: canvas.width, height: canvas.height, distinctColours: colours.size, hash };
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
