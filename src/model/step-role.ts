/**
 * The canonical JAK-STAT pathway as typed step roles: what each step of a scene stands for. Code that treats a
 * step by what it is (the drug narration, the describer, checkpoints, the ATP-pocket close-up) reads its role,
 * never its free-text id, so a typo in an id cannot silently switch a behaviour off.
 */

/** The roles, in pathway order. */
export const STEP_ROLES = [
  'resting',
  'ligand-binding',
  'receptor-assembly',
  'jak-activation',
  'receptor-phosphorylation',
  'stat-docking',
  'stat-phosphorylation',
  'dimerization',
  'nuclear-import',
  'dna-binding',
  'transcription',
  'negative-feedback',
] as const;

/** What a step of a scene stands for in the canonical pathway. */
export type StepRole = (typeof STEP_ROLES)[number];

/** Whether a string names a role. */
export function isStepRole(value: unknown): value is StepRole {
  return typeof value === 'string' && (STEP_ROLES as readonly string[]).includes(value);
}

/** The role of a scene step: every loaded step states one (load-scene.ts refuses a step without it). */
export function roleOf(step: { readonly role: StepRole }): StepRole {
  return step.role;
}

/** A step's id: the one it gives, or else its role's name (as load-scene.ts fills it in). */
export function stepIdOf(step: { readonly id?: string | undefined; readonly role: StepRole }): string {
  return step.id ?? step.role;
}
