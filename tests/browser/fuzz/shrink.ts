/**
 * Cuts a failing action list down to a short reproduction: drops chunks (halves, quarters, … single actions)
 * while the named invariant still breaks. Each try is a fresh fuzz run, so a reproduction is self-contained.
 */
import type { ActionSpec } from './actions';
import { runFuzz } from './run-fuzz';

/** Whether these actions still break `invariant` (optionally with a message containing `match`). */
async function stillFails(actions: ActionSpec[], invariant: string, match: string): Promise<boolean> {
  const result = await runFuzz({ seed: 0, actions });
  return result.violations.some((v) => v.invariant === invariant && v.message.includes(match));
}

/** The shortest list found (greedy delta debugging) that still breaks `invariant`. */
export async function shrinkActions(actions: ActionSpec[], invariant: string, match = '', maxRuns = 80): Promise<ActionSpec[]> {
  let current = actions;
  let runs = 0;
  for (let size = Math.ceil(current.length / 2); size >= 1; size = size === 1 ? 0 : Math.ceil(size / 2)) {
    for (let start = current.length - size; start >= 0 && runs < maxRuns; start -= size) {
      const candidate = [...current.slice(0, start), ...current.slice(start + size)];
      runs++;
      if (candidate.length && (await stillFails(candidate, invariant, match))) current = candidate;
    }
    if (runs >= maxRuns) break;
  }
  return current;
}
