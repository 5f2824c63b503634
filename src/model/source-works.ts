/**
 * The works behind each source id (titles and addresses). A module of its own so that the widget's core carries
 * only the ids (sources.ts) and loads the works the first time a reader opens a step's sources.
 */
import type { Source } from './source-types';
import { SOURCE_DATA } from './sources.data';

/** Looks up a source; throws on an unknown id, since citing nothing is worse than failing loudly. */
export function getSource(id: string): Source {
  // Own keys only: "constructor" must not find Object.prototype's.
  const works = Object.hasOwn(SOURCE_DATA, id) ? SOURCE_DATA[id] : undefined;
  if (!works) throw new Error(`Unknown source id "${id}"`);
  return { id, works };
}
