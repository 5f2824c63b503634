/**
 * A step asked for by attribute or property, held until the scene it belongs to is known: `step="7"` may
 * arrive before `scene="il4"` in the same update, and the step must be checked against that scene.
 */
import { checkStep, checkStepNumber } from '../attribute-values';

/** "The first step of the range": what removing the attribute asks for. */
const FIRST = 0;

export class StepRequest {
  private wanted: number | undefined;

  constructor(private readonly refuse: (reason: string) => void) {}

  /** The step asked for and not yet shown, if any. */
  get pending(): number | undefined {
    return this.wanted === FIRST ? undefined : this.wanted;
  }

  /** Takes a value from the attribute or property: a whole number ≥ 1; removing it asks for the range's first step. */
  ask(raw: unknown): void {
    if (raw === null || raw === undefined) {
      this.wanted = FIRST;
      return;
    }
    const checked = checkStepNumber(raw);
    if (checked.ok) this.wanted = checked.value;
    else this.refuse(checked.reason);
  }

  /** Drops a request (a move made since it was asked wins over it). */
  cancel(): void {
    this.wanted = undefined;
  }

  /**
   * The step asked for, if the shown scene has it and it lies in the step range `first`..`last` (else refused);
   * the request is used up either way.
   */
  take(stepCount: number, first = 1, last = stepCount): number | undefined {
    const wanted = this.wanted;
    this.wanted = undefined;
    if (wanted === undefined) return undefined;
    if (wanted === FIRST) return first;
    const checked = checkStep(wanted, stepCount, { from: first, to: last });
    if (checked.ok) return checked.value;
    this.refuse(checked.reason);
    return undefined;
  }
}
