/** The checked inputs of `<jak-stat-explorer>` besides the scene and step: their defaults and checks. */
import { DRUG_IDS } from '../../../scenes/drugs';
import { checkBoolean, checkDrugId, checkExposure, checkLang, checkPageAddress, checkSpeed } from '../attribute-values';
import type { InputSpecs } from '../controllers/attribute-guard';
import { prefersReducedMotion } from '../prefers-reduced-motion';

export interface ExplorerInputs {
  autoplay: boolean;
  speed: number;
  drug: string;
  exposure: number;
  compare: boolean;
  reducedMotion: boolean;
  presenter: boolean;
  wholeCell: boolean;
  quiz: boolean;
  readAloud: boolean;
  /** A language tag, or '' for the page's language. */
  lang: string;
  /** The address of a handout page (handout.html), or '' for none. */
  handout: string;
}

const flag = (fallback = false) => ({ default: fallback, check: checkBoolean });

export const EXPLORER_INPUTS: InputSpecs<ExplorerInputs> = {
  autoplay: flag(),
  speed: { default: 1, check: checkSpeed },
  drug: { default: 'none', check: (v) => checkDrugId(v, DRUG_IDS) },
  exposure: { default: 10, check: checkExposure },
  compare: flag(),
  // Removing the attribute goes back to what the system asks for.
  reducedMotion: { get default() { return prefersReducedMotion(); }, check: checkBoolean },
  presenter: flag(),
  wholeCell: flag(),
  quiz: flag(),
  readAloud: flag(),
  lang: { default: '', check: checkLang },
  handout: { default: '', check: checkPageAddress },
};

