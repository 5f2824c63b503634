/**
 * The source registry: every biological or clinical claim the product makes cites ids from here, and the ids
 * come from shared/science/REFERENCE.md (see scripts/import-sources.mjs).
 */
import { SOURCE_DATA } from './sources.data';

/** One cited work: its title as the source gives it, and its address. */
export interface SourceWork {
  readonly title: string;
  readonly url: string;
}

/** A source id with the work(s) it stands for. */
export interface Source {
  readonly id: string;
  readonly works: readonly SourceWork[];
}

/** Whether `id` is a known source id (e.g. "S21b"). */
export function isKnownSource(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(SOURCE_DATA, id);
}

/** Looks up a source; throws on an unknown id, since citing nothing is worse than failing loudly. */
export function getSource(id: string): Source {
  const works = SOURCE_DATA[id];
  if (!works) throw new Error(`Unknown source id "${id}"`);
  return { id, works };
}

/** All known source ids, in the reference's order. */
export function sourceIds(): string[] {
  return Object.keys(SOURCE_DATA);
}
