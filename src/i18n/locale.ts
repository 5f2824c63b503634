/**
 * A language: everything the widget says in it. Types only, shared by the registry and every locale file
 * (none of which imports another). Adding a language: see `src/i18n/locale-codes.ts`.
 */
import type { DescriberPhrases } from '../model/describe-frame';
import type { TreatmentPhrases } from '../model/treatment-narration';
import type { Checkpoint, ContentTranslation, GlossaryEntry } from './content-types';
import type { UiStrings } from './ui-strings';

export type { UiStrings } from './ui-strings';

export interface Locale {
  /** BCP 47 language code, e.g. "es". */
  readonly code: string;
  /** The language's own name, e.g. "Español". */
  readonly name: string;
  readonly ui: UiStrings;
  readonly describer: DescriberPhrases;
  readonly treatment: TreatmentPhrases;
  /** Scene and drug texts; absent for English, whose texts are the scene data itself. */
  readonly content?: ContentTranslation;
  readonly glossary: readonly GlossaryEntry[];
  readonly checkpoints: readonly Checkpoint[];
}
