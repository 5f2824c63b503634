/**
 * The source registry's ids: every biological or clinical claim the product makes cites ids from here. The
 * works behind each id (source-works.ts, data in sources.data.ts) are listed for readers in docs/sources.md.
 */
import { SOURCE_IDS } from './source-ids';

export type { Source, SourceWork } from './source-types';

const KNOWN = new Set(SOURCE_IDS);

/** Whether `id` is a known source id (e.g. "S21b"). */
export function isKnownSource(id: string): boolean {
  return KNOWN.has(id);
}

/** All known source ids, in the reference's order. */
export function sourceIds(): string[] {
  return [...SOURCE_IDS];
}
