/**
 * What must hold for every `<jak-stat-explorer>` after every fuzz action, read through its public contract.
 *
 * Invariant names (the keys of a report):
 * - `page-error`: no uncaught error, no `console.error`; `unhandled-rejection`: no unhandled promise rejection;
 * - `throws`: a public call (attribute, property, method, click, key) threw;
 * - `step-type`: `step` is an integer from 1 to `stepCount`; `step-range`: `range` is whole steps with
 *   1 ≤ from ≤ to ≤ stepCount, and `step` lies in it; `property-types`: the other properties hold honest
 *   types and values (drug one of DRUG_IDS, booleans boolean, exposure and speed finite numbers in range);
 * - `narration`: `.counter` shows "step of stepCount", `.title` and `.text` are those of `steps[step - 1]`;
 * - `step-change-once`: a `step-change` whose step equals the last reported one (a repeat, not a change);
 * - `step-change-missed`: `step` changed and no `step-change` reported it;
 * - `step-change-detail`: the detail disagrees with the element at the moment it fires;
 * - `stage-size`: a visible canvas (`.view canvas`) of a connected widget, not in text mode, has a zero-sized box
 *   (presenter mode included), or after drawing a zero-sized bitmap;
 * - `stage-blank`: after frames were drawn, an on-screen canvas is one flat colour;
 * - `no-injection`: hostile markup in a value or in scene data ran (an `onerror` fired).
 * Actions add their own expectations (e.g. `remove-restores-default`, `oversized-refused`).
 *
 * The rule for `step-change` ("fires only when the step changes"): the step is the scene's step users see,
 * named by the scene id and its number. The element must report every change of either, exactly once: another
 * scene at the same number is another step (it fires once), while another drug, exposure or language keeps
 * the step (it fires nothing). A fresh widget starts at step 1 of its scene without an event.
 */
import { DRUG_IDS } from '../../../scenes/drugs';
import type { JakStatExplorer } from '../../../src/ui/jak-stat-explorer/jak-stat-explorer';
import { describe } from './actions';

/** One broken invariant. */
export interface Violation {
  invariant: string;
  /** Index of the action after which it was seen. */
  action: number;
  widget: number | undefined;
  message: string;
  /** The last actions before it (most recent last). */
  recent: string[];
}

/** Collects violations; the run decides the action index and recent log. */
export type Report = (invariant: string, widget: number | undefined, message: string) => void;

/** Watches one widget's events between checks. */
export class WidgetWatch {
  /** The step last reported by `step-change` (a fresh widget starts at 1), and the scene it belonged to. */
  lastReported = 1;
  lastScene: string;
  /** State invariants broken at the last check, with their message: a state that stays broken counts once. */
  private broken = new Map<string, string>();
  private brokenNow = new Map<string, string>();

  constructor(readonly el: JakStatExplorer, readonly slot: number, private readonly report: Report) {
    this.lastScene = el.scene;
    el.addEventListener('step-change', this.onStepChange);
  }

  /** Stops listening (the widget was replaced). */
  detach(): void {
    this.el.removeEventListener('step-change', this.onStepChange);
  }

  private readonly onStepChange = (event: Event): void => {
    if (event.target !== this.el) return;
    const detail = (event as CustomEvent<{ step: unknown; stepCount: unknown; id: unknown; title: unknown }>).detail;
    const step = detail?.step;
    if (step === this.lastReported && this.el.scene === this.lastScene) {
      this.report('step-change-once', this.slot, `step-change repeated step ${describe(step)} of ${this.lastScene} (no change)`);
    }
    const el = this.el;
    const problems: string[] = [];
    if (step !== el.step) problems.push(`detail.step ${describe(step)} but el.step ${describe(el.step)}`);
    if (detail?.stepCount !== el.stepCount) problems.push(`detail.stepCount ${describe(detail?.stepCount)} but el.stepCount ${el.stepCount}`);
    const shown = typeof step === 'number' ? el.steps[step - 1] : undefined;
    if (!shown || shown.title !== detail?.title || shown.id !== detail?.id) problems.push(`detail ${describe(detail?.id)}/${describe(detail?.title)} is not steps[${describe(step)}]`);
    if (problems.length) this.report('step-change-detail', this.slot, problems.join('; '));
    if (typeof step === 'number') this.lastReported = step;
    this.lastScene = this.el.scene;
  };

  /** Reports a broken state once when it starts (or its description changes), not after every action it lasts. */
  private state(invariant: string, message: string): void {
    const key = `${invariant}:${message.replace(/\d+/g, '#')}`;
    this.brokenNow.set(key, message);
    if (!this.broken.has(key)) this.report(invariant, this.slot, message);
  }

  /** Checks everything that does not need pixels; `pixels` adds the stage pixel checks (after frames). */
  check(pixels: boolean): void {
    this.brokenNow = new Map();
    this.checkState();
    if (pixels) this.checkPixels();
    else for (const [key, message] of this.broken) if (key.startsWith('stage-blank') || key.includes('bitmap')) this.brokenNow.set(key, message);
    this.broken = this.brokenNow;
  }

  private checkState(): void {
    const { el, slot } = this;
    const step = el.step as unknown;
    const count = el.stepCount;
    const stepOk = typeof step === 'number' && Number.isInteger(step) && step >= 1 && step <= count;
    if (!stepOk) this.state('step-type', `el.step is ${describe(step)} (${typeof step}), stepCount ${count}`);
    const { from, to } = el.range;
    const rangeOk = Number.isInteger(from) && Number.isInteger(to) && from >= 1 && from <= to && to <= count;
    if (!rangeOk) this.state('step-range', `range ${describe(from)}..${describe(to)} with stepCount ${count}`);
    else if (stepOk && (step < from || step > to)) this.state('step-range', `step ${step} outside range ${from}..${to}`);

    const types: string[] = [];
    if (typeof el.drug !== 'string' || !DRUG_IDS.includes(el.drug)) types.push(`drug ${describe(el.drug)}`);
    for (const name of ['compare', 'presenter', 'quiz', 'reducedMotion', 'readAloud', 'autoplay', 'playing'] as const) {
      if (typeof el[name] !== 'boolean') types.push(`${name} ${describe(el[name])}`);
    }
    const exposure = el.exposure as unknown;
    if (typeof exposure !== 'number' || !Number.isFinite(exposure) || exposure < 0.1 || exposure > 1000) types.push(`exposure ${describe(exposure)}`);
    const speed = el.speed as unknown;
    if (typeof speed !== 'number' || !Number.isFinite(speed) || speed < 0.25 || speed > 4) types.push(`speed ${describe(speed)}`);
    if (typeof el.scene !== 'string' || el.scene === '') types.push(`scene ${describe(el.scene)}`);
    if (!Number.isInteger(count) || count < 1 || el.steps.length !== count) types.push(`stepCount ${count} with ${el.steps.length} steps`);
    if (types.length) this.state('property-types', types.join(', '));

    const number = stepOk ? step : Number.NaN;
    if (stepOk) {
      const root = el.shadowRoot;
      const counter = root?.querySelector('.counter')?.textContent ?? '';
      const title = root?.querySelector('.title')?.textContent?.trim() ?? '';
      const text = root?.querySelector('.text')?.textContent?.trim() ?? '';
      const numbers = (counter.match(/\d+/g) ?? []).map(Number);
      const wanted = el.steps[number - 1]!;
      const problems: string[] = [];
      if (numbers[0] !== number || numbers[1] !== count) problems.push(`counter "${counter.trim()}" for step ${number} of ${count}`);
      if (title !== wanted.title.trim()) problems.push(`title ${describe(title)} is not steps[${number - 1}].title ${describe(wanted.title)}`);
      else if (text !== wanted.text.trim()) problems.push(`text ${describe(text)} is not steps[${number - 1}].text ${describe(wanted.text)}`);
      if (problems.length) this.state('narration', problems.join('; '));
    }

    if (stepOk && (number !== this.lastReported || el.scene !== this.lastScene)) {
      this.report('step-change-missed', slot, `el shows step ${number} of ${el.scene} but the last step-change reported ${this.lastReported} of ${this.lastScene}`);
      this.lastReported = number;
      this.lastScene = el.scene;
    }

    this.checkStageSize();
  }

  /** The canvases that should be on show: in a connected widget with graphics, in a view that is not hidden. */
  private visibleCanvases(): HTMLCanvasElement[] {
    const el = this.el;
    if (!el.isConnected || el.textOnly || !el.shadowRoot) return [];
    return [...el.shadowRoot.querySelectorAll<HTMLElement>('.view')]
      .filter((view) => !view.hidden)
      .map((view) => view.querySelector('canvas'))
      .filter((canvas): canvas is HTMLCanvasElement => canvas !== null);
  }

  private checkStageSize(): void {
    for (const canvas of this.visibleCanvases()) {
      const box = canvas.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) {
        const view = canvas.closest<HTMLElement>('.view')?.dataset.view;
        this.state('stage-size', `${view} canvas box is ${Math.round(box.width)}×${Math.round(box.height)}${this.el.presenter ? ' (presenter)' : ''}${this.el.compare ? ' (compare)' : ''}`);
      }
    }
  }

  /** After frames were drawn: every on-screen canvas has a bitmap and is not one flat colour. */
  private checkPixels(): void {
    if (document.visibilityState === 'hidden') return;
    for (const canvas of this.visibleCanvases()) {
      const box = canvas.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue; // reported by stage-size
      const onScreen = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      if (!onScreen) continue;
      const view = canvas.closest<HTMLElement>('.view')?.dataset.view;
      if (canvas.width < 1 || canvas.height < 1) {
        this.state('stage-size', `${view} canvas bitmap is ${canvas.width}×${canvas.height} after drawing`);
        continue;
      }
      const context = canvas.getContext('2d');
      if (!context) continue;
      if (isFlat(context.getImageData(0, 0, canvas.width, canvas.height).data)) {
        this.state('stage-blank', `${view} canvas (${canvas.width}×${canvas.height}) is one flat colour${this.el.presenter ? ' (presenter)' : ''}`);
      }
    }
  }
}

/** Whether a grid of samples across the image is all one colour. */
function isFlat(data: Uint8ClampedArray): boolean {
  const pixels = data.length / 4;
  const stride = Math.max(1, Math.floor(pixels / 997));
  const first = (data[0]! << 16) | (data[1]! << 8) | data[2]!;
  for (let p = 0; p < pixels; p += stride) {
    const i = p * 4;
    if (((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!) !== first) return false;
  }
  return true;
}
