/**
 * The shape of translated content. English content lives in the scene and drug data itself (scenes/); every
 * other language supplies the same texts, keyed by the same ids, in its one locale file.
 */
import type { JakName } from '../model/scene-schema';

/** One step's narration. */
export interface StepText {
  readonly title: string;
  readonly text: string;
  /** Present exactly when the English step has a `simplified` note. */
  readonly simplified?: string;
}

/** One scene's texts. */
export interface SceneText {
  readonly title: string;
  readonly summary: string;
  readonly cellLabel: string;
  readonly outcome: string;
  /** On-stage gene labels by gene id (e.g. flg → "Filagrina"). */
  readonly genes: Readonly<Record<string, string>>;
  /** By step id. */
  readonly steps: Readonly<Record<string, StepText>>;
}

/** One drug's texts (figures and source ids stay in the drug data). */
export interface DrugText {
  readonly name: string;
  readonly dosing: string;
  readonly approval: string;
  readonly mechanism: string;
  readonly selectivityNote: string;
  readonly commonSideEffects: string;
  readonly boxedWarning: string;
  /** The note of each JAK whose potency is "not established" or a modelling assumption. */
  readonly potencyNotes: Readonly<Partial<Record<JakName, string>>>;
}

/** All translated scene and drug content of one language. */
export interface ContentTranslation {
  readonly scenes: Readonly<Record<string, SceneText>>;
  readonly drugs: Readonly<Record<string, DrugText>>;
}

/** A glossary entry: a term as it appears in narration, and a short definition a 15-year-old understands. */
export interface GlossaryEntry {
  /** Stable id, the same in every language (e.g. "phosphorylation"). */
  readonly id: string;
  /** The forms that mark the term in narration, matched whole-word and case-insensitively (e.g. ["phosphorylation", "phosphorylated", "phosphate"]). */
  readonly terms: readonly string[];
  readonly definition: string;
  /** Source ids behind the definition (listed with titles and links in docs/sources.md). */
  readonly sources: readonly string[];
}

/** A "what happens next?" checkpoint, shown at the end of a canonical step. */
export interface Checkpoint {
  /** Stable id, the same in every language (sent in the `checkpoint` event). */
  readonly id: string;
  /** The step id (canonical, shared by every scene) at whose end the question is asked. */
  readonly afterStep: string;
  readonly question: string;
  /** Exactly one answer is right; every wrong answer is a common misconception (or a shortcut often drawn wrong), and its feedback says why, citing `sources`. */
  readonly answers: readonly { readonly text: string; readonly correct: boolean; readonly feedback: string }[];
  readonly sources: readonly string[];
  /**
   * The question asked instead where a drug means its premise did not happen: `pair-stopped` when the drug
   * stopped the step in the receptor pair shown, `little-signal` when little signal is left across the cell.
   */
  readonly underDrug?: { readonly when: 'pair-stopped' | 'little-signal'; readonly question: string };
}
