/**
 * A step asked for by attribute or property, held until the scene it belongs to is known: `step="7"` may
 * arrive before `scene="il4"` in the same update, and the step must be checked against that scene.
 */
import { checkStep, checkStepNumber } from '../attribute-values';

export class StepRequest {
  private wanted: number | undefined;

  constructor(private readonly refuse: (reason: string) => void) {}

  /** The step asked for and not yet shown, if any. */
  get pending(): number | undefined {
    return this.wanted;
  }

  /** Takes a value from the attribute or property: a whole number ≥ 1; removing it asks for step 1. */
  ask(raw: unknown): void {
    const checked = raw === null || raw === undefined ? checkStep(1, 1) : checkStepNumber(raw);
    if (checked.ok) this.wanted = checked.value;
    else this.refuse(checked.reason);
  }

  /** Drops a request (a move made since it was asked wins over it). */
  cancel(): void {
    this.wanted = undefined;
  }

  /** The step asked for, if the shown scene has it (else refused); the request is used up either way. */
  take(stepCount: number): number | undefined {
    const wanted = this.wanted;
    this.wanted = undefined;
    if (wanted === undefined) return undefined;
    const checked = checkStep(wanted, stepCount);
    if (checked.ok) return checked.value;
    this.refuse(checked.reason);
    return undefined;
  }
}
