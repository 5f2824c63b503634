/**
 * A language: everything the widget says in it. Adding a language is one locale file exporting a `Locale`,
 * plus one `registerLocale` line in `src/i18n/locales/index.ts`.
 */
import type { DescriberPhrases } from '../model/describe-frame';
import type { TreatmentPhrases } from '../model/treatment-narration';
import type { Checkpoint, ContentTranslation, GlossaryEntry } from './content-types';
import type { UiStrings } from './locales/en';

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
