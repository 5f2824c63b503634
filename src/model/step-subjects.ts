/**
 * What each step is about, as names the stage's labels carry: the actors the step moves, changes or brings in,
 * and the cell structures its role is about (the pore for nuclear import, the DNA and its GAS motif for DNA
 * binding). On a crowded small screen the view keeps these labels and lets others give way.
 */
import type { FrameState } from './actor';
import type { Beat } from './choreography';
import type { StepRole } from './step-role';

/** Names of labelled cell structures (not actors) a step can be about. */
export type StructureSubject = 'pore' | 'dna' | 'gas';

const STRUCTURES_BY_ROLE: Partial<Record<StepRole, readonly StructureSubject[]>> = {
  'nuclear-import': ['pore'],
  'dna-binding': ['dna', 'gas'],
};

/** The state fields the first step's fade-in changes; a beat that changes nothing else only reveals the cell. */
const REVEAL_FIELDS = new Set(['alpha', 'scale']);

/**
 * The subjects of one step: actor ids with a beat that does more than the opening fade-in (which brings in the
 * whole cell, so it singles nothing out), and the structures named by its role.
 */
export function stepSubjects(step: { readonly beats: readonly Beat[] }, role: StepRole | undefined, first: boolean): Set<string> {
  const subjects = new Set<string>(role ? (STRUCTURES_BY_ROLE[role] ?? []) : []);
  for (const beat of step.beats) {
    const fields = Object.keys(beat.to);
    if (first && fields.every((field) => REVEAL_FIELDS.has(field))) continue;
    subjects.add(beat.actor);
  }
  return subjects;
}

/** The subjects of every step of a plan, by 0-based index. */
export function planSubjects(
  steps: readonly { readonly beats: readonly Beat[]; readonly end: FrameState }[],
  roles: readonly (StepRole | undefined)[],
): Set<string>[] {
  return steps.map((step, index) => stepSubjects(step, roles[index], index === 0));
}

/** The 0-based step shown at `time` (seconds): the step whose span (start, end] holds it; time 0 is the first. */
export function stepIndexAt(steps: readonly { readonly duration: number }[], time: number): number {
  let end = 0;
  for (let i = 0; i < steps.length; i++) {
    end += steps[i]!.duration;
    if (time <= end + 1e-9) return i;
  }
  return Math.max(0, steps.length - 1);
}
