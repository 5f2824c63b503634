/**
 * The step range: the `from` and `to` attributes, like an animation player's segment, that keep Play, Next,
 * Previous, Home/End and the progress bar to steps `from`..`to` (1-based, inclusive) of the scene.
 *
 * Both ends are held until the next update and checked there, together and against the scene shown then:
 * `from="9" to="12"` replacing `from="4" to="8"` must not be refused for the moment when from (9) > to (8), and
 * `to` may arrive before `scene`. A bad pair (not whole numbers, outside 1..stepCount, from > to) is refused
 * with one warning and the last good range stays. Removing an attribute opens that end to the scene's own.
 *
 * A scene with fewer steps (author data) cuts `to` down to its last step, and drops the range when `from` is
 * past it, with a warning either way; the attributes keep what was asked, so a later scene that has the steps
 * gets the range back.
 */
import { checkStepNumber } from '../attribute-values';

/** A step range, 1-based and inclusive. */
export interface StepRangeValue {
  readonly from: number;
  readonly to: number;
}

export type RangeEnd = 'from' | 'to';

/** Not asked (the attribute is absent): that end is the scene's own. */
const OPEN = null;

export class StepRange {
  /** The ends last accepted: a step number, or OPEN. */
  private accepted: Record<RangeEnd, number | null> = { from: OPEN, to: OPEN };
  /** Ends asked for since the last update (undefined: not asked). */
  private asked: Partial<Record<RangeEnd, number | null>> = {};

  constructor(
    /** Refuses the value just given for an end: warn once and put the kept value back on its attribute. */
    private readonly refuse: (end: RangeEnd, reason: string) => void,
    private readonly warn: (message: string) => void,
  ) {}

  /** The end as an attribute shows it: asked for, else accepted; undefined when open. */
  get(end: RangeEnd): number | undefined {
    const value = end in this.asked ? this.asked[end] : this.accepted[end];
    return value ?? undefined;
  }

  /** Takes a value from the attribute or property: a whole number ≥ 1, or null/undefined to open that end. */
  ask(end: RangeEnd, raw: unknown): void {
    if (raw === null || raw === undefined) {
      this.asked[end] = OPEN;
      return;
    }
    const checked = checkStepNumber(raw);
    if (checked.ok) this.asked[end] = checked.value;
    else this.refuse(end, `${end}: ${checked.reason.replace(/^step /, '')}`);
  }

  /** Checks what was asked against a scene of `stepCount` steps, and returns the range in force for it. */
  resolve(stepCount: number): StepRangeValue {
    const asked = this.asked;
    this.asked = {};
    const ends = Object.keys(asked) as RangeEnd[];
    if (ends.length > 0) {
      const candidate = { ...this.accepted, ...asked };
      const reason = problemOf(candidate, stepCount);
      if (reason === undefined) this.accepted = candidate;
      else for (const end of ends) this.refuse(end, reason);
    }
    return this.fit(stepCount);
  }

  /** The accepted range on a scene of `stepCount` steps: cut to its last step, or dropped (warning once). */
  private fit(stepCount: number): StepRangeValue {
    const from = this.accepted.from ?? 1;
    const to = this.accepted.to ?? stepCount;
    if (to <= stepCount) return { from, to };
    const fitted = from > stepCount ? { from: 1, to: stepCount } : { from, to: stepCount };
    this.warn(`step range ${from}–${to} goes past this scene's ${stepCount} steps; using ${fitted.from}–${fitted.to}`);
    return fitted;
  }
}

function problemOf(range: Record<RangeEnd, number | null>, stepCount: number): string | undefined {
  for (const end of ['from', 'to'] as const) {
    const value = range[end];
    if (value !== OPEN && value > stepCount) return `${end} must be from 1 to ${stepCount}, got ${value}`;
  }
  const from = range.from ?? 1;
  const to = range.to ?? stepCount;
  return from <= to ? undefined : `from must not be after to, got from ${from}, to ${to}`;
}
