/**
 * The source registry: every biological or clinical claim the product makes cites ids from here. The works
 * behind each id are in sources.data.ts, listed for readers in docs/sources.md.
 */
import type { Source } from './source-types';
import { SOURCE_DATA } from './sources.data';

export type { Source, SourceWork } from './source-types';

/** Whether `id` is a known source id (e.g. "S21b"). */
export function isKnownSource(id: string): boolean {
  return Object.hasOwn(SOURCE_DATA, id);
}

/** Looks up a source; throws on an unknown id, since citing nothing is worse than failing loudly. */
export function getSource(id: string): Source {
  // Own keys only: "constructor" must not find Object.prototype's.
  const works = Object.hasOwn(SOURCE_DATA, id) ? SOURCE_DATA[id] : undefined;
  if (!works) throw new Error(`Unknown source id "${id}"`);
  return { id, works };
}

/** All known source ids, in the reference's order. */
export function sourceIds(): string[] {
  return Object.keys(SOURCE_DATA);
}
