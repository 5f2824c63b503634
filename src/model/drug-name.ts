/**
 * A drug's generic name as narration uses it mid-sentence: without its formulation ("Ruxolitinib cream" →
 * "ruxolitinib", "Ruxolitinib en crema" → "ruxolitinib") and in lower case, since generic names are common nouns.
 */
export function genericDrugName(name: string): string {
  return name.replace(/ (cream|en crema)$/i, '').toLowerCase();
}
