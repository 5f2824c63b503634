/**
 * A drug's generic name as narration uses it mid-sentence: without its formulation and in lower case, since
 * generic names are common nouns ("Ruxolitinib cream" → "ruxolitinib"). The formulation words belong to the
 * language (each locale's `TreatmentPhrases.formulations`), so the model knows none of them.
 */
export function genericDrugName(name: string, formulations: readonly string[]): string {
  const lower = name.toLowerCase();
  const suffix = formulations.map((word) => ` ${word.toLowerCase()}`).find((word) => lower.endsWith(word));
  return (suffix ? name.slice(0, -suffix.length) : name).toLowerCase();
}
