/**
 * The cytokine × JAK overview: which JAKs and which STAT each scene's cytokine uses, derived from the scene
 * data so that the table can never disagree with the animations.
 */
import type { JakName, Scene } from './scene-schema';

/** The JAK columns, in the usual order. */
export const JAK_NAMES: readonly JakName[] = ['JAK1', 'JAK2', 'JAK3', 'TYK2'];

/** One row of the overview. */
export interface OverviewRow {
  readonly sceneId: string;
  readonly cytokine: string;
  readonly cell: string;
  readonly receptor: string;
  /** Receptor chains, each with its JAK. */
  readonly chains: readonly { readonly label: string; readonly jak: JakName }[];
  /** For each JAK, the chains that carry it (empty: the cytokine does not use that JAK). */
  readonly jaks: Readonly<Record<JakName, readonly string[]>>;
  readonly stat: string;
  readonly outcome: string;
  /** Sources behind the row's receptor, STAT and outcome. */
  readonly sources: readonly string[];
}

/** Builds one overview row per scene, in the order given. */
export function buildOverview(scenes: readonly Scene[]): OverviewRow[] {
  return scenes.map((scene) => {
    const jaks = Object.fromEntries(JAK_NAMES.map((name) => [name, [] as string[]])) as Record<JakName, string[]>;
    for (const chain of scene.receptor.chains) jaks[chain.jak.name].push(chain.label);
    const sources = [...new Set([...scene.receptor.sources, ...scene.stat.sources, ...scene.outcome.sources])];
    return {
      sceneId: scene.id,
      cytokine: scene.cytokine.label,
      cell: scene.cell.label,
      receptor: scene.receptor.name,
      chains: scene.receptor.chains.map((chain) => ({ label: chain.label, jak: chain.jak.name })),
      jaks,
      stat: scene.stat.label,
      outcome: scene.outcome.text,
      sources,
    };
  });
}
