/**
 * What a handout shows, from its URL: `handout.html#scene=il4&drug=abrocitinib&exposure=1&lang=es` (the app's
 * hash shape, read by the same parser; `step` and `compare` are ignored: a handout has every step). Bad values
 * never stop the page: each falls back to the widget's default and is reported, as the widget's attributes are.
 */
import { DEFAULT_SCENE_ID, SCENES } from '../../../scenes';
import { DRUG_IDS } from '../../../scenes/drugs';
import { checkDrugId, checkExposure, checkLang, checkSceneId } from '../../ui/attribute-values';
import { EXPLORER_INPUTS } from '../../ui/jak-stat-explorer/explorer-inputs';
import { parseHash } from '../hash-state';

export interface HandoutOptions {
  readonly scene: string;
  /** A drug id, or `none`. */
  readonly drug: string;
  /** Multiple of the drug's JAK1 IC50 (meaningful only with a drug). */
  readonly exposure: number;
  /** A language tag; English when the hash names none. */
  readonly lang: string;
}

/** The options a hash asks for, and the reasons any value in it was refused. */
export function handoutOptions(hash: string): { readonly options: HandoutOptions; readonly refused: readonly string[] } {
  const state = parseHash(hash);
  const refused: string[] = [];
  const pick = <T>(value: string | undefined, check: (v: string) => { ok: true; value: T } | { ok: false; reason: string }, fallback: T): T => {
    if (value === undefined) return fallback;
    const checked = check(value);
    if (checked.ok) return checked.value;
    refused.push(checked.reason);
    return fallback;
  };
  const options: HandoutOptions = {
    scene: pick(state.scene, (v) => checkSceneId(v, Object.keys(SCENES)), DEFAULT_SCENE_ID),
    drug: pick(state.drug, (v) => checkDrugId(v, DRUG_IDS), EXPLORER_INPUTS.drug.default),
    exposure: pick(state.exposure, checkExposure, EXPLORER_INPUTS.exposure.default),
    lang: pick(state.lang, checkLang, '') || 'en',
  };
  return { options, refused };
}

/** The handout's address for a view (shared with the widget's export menu). */
export { handoutHref } from '../../ui/handout-link';
