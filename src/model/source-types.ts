/**
 * The shapes of the source registry, in a file of their own so that the registry's data (sources.data.ts) and
 * its lookups (sources.ts) both import them without importing each other.
 */

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
