/**
 * Upper bounds on authored scene and drug data. A scene comes from anyone who can call `loadSceneData`, so its
 * size must be bounded before it is deep-validated or planned: an unbounded list of steps or actions would cost
 * time and memory in proportion to whatever the caller sends. The bounds leave wide room above the shipped
 * scenes (12 steps, at most 3 actions per step, at most 5 sources per list, ids of at most 24 characters).
 *
 * `sceneSizeIssues` and `drugSizeIssues` look only at the lengths of lists, never into their items, so they
 * answer in constant time however large the input; the schemas repeat the same bounds for anyone who uses
 * them directly.
 */
import type { SceneIssue } from './scene-issue';

/** At most this many steps in a scene (the shipped scenes have 12). */
export const MAX_STEPS = 100;
/** At most this many actions in one step. */
export const MAX_ACTIONS_PER_STEP = 20;
/** At most this many source ids in one `sources` list. */
export const MAX_SOURCE_IDS = 20;
/** At most this many characters in an id (scene, step, actor or gene id, or an actor named by an action). */
export const MAX_ID_LENGTH = 40;
/** At most this many characters in a source id (e.g. "S21b"). */
export const MAX_SOURCE_ID_LENGTH = 12;
/** A receptor has exactly this many chains, and a STAT pair this many ids. */
export const CHAIN_COUNT = 2;
/** At most this many target genes. */
export const MAX_GENES = 3;
/** At most this many actors in a step's camera focus. */
export const MAX_FOCUS_ACTORS = 8;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own field of a record (never one inherited from Object.prototype). */
const field = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;

/** Collects "at most N things, got M" issues for lists that are too long. */
class SizeCheck {
  readonly issues: SceneIssue[] = [];

  /** Checks a list's length; returns the list when it is within bounds (so its items may be looked at). */
  list(value: unknown, path: string, max: number, noun: string): readonly unknown[] | undefined {
    if (!Array.isArray(value)) return undefined;
    if (value.length > max) {
      this.issues.push({ path, message: `at most ${max} ${noun}, got ${value.length}` });
      return undefined;
    }
    return value;
  }

  exactly(value: unknown, path: string, count: number, noun: string): void {
    if (Array.isArray(value) && value.length !== count) {
      this.issues.push({ path, message: `exactly ${count} ${noun}, got ${value.length}` });
    }
  }

  sources(value: unknown, path: string): void {
    this.list(value, path, MAX_SOURCE_IDS, 'source ids');
  }
}

/**
 * Problems with the size of scene data: too many steps, actions, sources, genes, or the wrong number of
 * chains. Empty when every list is within bounds. Looks at no more than `MAX_STEPS` steps, so it is cheap for
 * any input.
 */
export function sceneSizeIssues(data: unknown): SceneIssue[] {
  const check = new SizeCheck();
  const steps = check.list(field(data, 'steps'), 'steps', MAX_STEPS, 'steps');
  steps?.forEach((step, s) => {
    check.list(field(step, 'actions'), `steps[${s}].actions`, MAX_ACTIONS_PER_STEP, 'actions');
    check.sources(field(step, 'sources'), `steps[${s}].sources`);
    check.list(field(field(step, 'focus'), 'actors'), `steps[${s}].focus.actors`, MAX_FOCUS_ACTORS, 'actors');
  });
  for (const part of ['cell', 'receptor', 'stat', 'outcome']) {
    check.sources(field(field(data, part), 'sources'), `${part}.sources`);
  }
  check.exactly(field(field(data, 'receptor'), 'chains'), 'receptor.chains', CHAIN_COUNT, 'chains');
  check.exactly(field(field(data, 'stat'), 'ids'), 'stat.ids', CHAIN_COUNT, 'ids');
  check.list(field(data, 'genes'), 'genes', MAX_GENES, 'genes');
  return check.issues;
}

/** The fields of a drug that carry sources, directly or (potency) per JAK. */
const DRUG_SOURCED = ['dosing', 'approval', 'mechanism', 'selectivityNote', 'commonSideEffects', 'boxedWarning'];
const DRUG_JAKS = ['JAK1', 'JAK2', 'JAK3', 'TYK2'];

/** Problems with the size of drug data: too many source ids in a list. Cheap for any input. */
export function drugSizeIssues(data: unknown): SceneIssue[] {
  const check = new SizeCheck();
  for (const part of DRUG_SOURCED) check.sources(field(field(data, part), 'sources'), `${part}.sources`);
  for (const jak of DRUG_JAKS) {
    check.sources(field(field(field(data, 'potency'), jak), 'sources'), `potency.${jak}.sources`);
  }
  return check.issues;
}
