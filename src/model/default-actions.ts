/**
 * What each step role does by default, derived from a scene's molecules, so a scene states its pathway's
 * parts once and its steps give actions only where their story differs (e.g. a cytokine that binds the second
 * chain first).
 */
import type { AuthoredScene, SceneAction } from './scene-schema';
import type { StepRole } from './step-role';

/** The parts of a scene the default actions are made from. */
export type PathwayParts = Pick<AuthoredScene, 'cytokine' | 'receptor' | 'stat' | 'socs' | 'genes'>;

/** Seconds between the two JAKs' phosphorylations, the two STATs' docking, the two STATs' phosphorylation, and the genes. */
const STAGGER = { jaks: 0.3, docks: 0.4, stats: 0.5, genes: 0.3 } as const;

/** `action` starting `delay` seconds into its step; no `delay` field at 0, as authors write it. */
function after<A extends SceneAction>(delay: number, action: A): A {
  return delay > 0 ? { ...action, delay } : action;
}

/**
 * The actions a step of `role` performs in a scene, in the canonical pathway: the cytokine binds the first
 * chain, the chains come together (or, pre-assembled, change shape), the JAKs phosphorylate each other, the
 * first chain's JAK phosphorylates its chain and both STATs, which dock on the first chain, pair up, enter the
 * nucleus and bind DNA; every gene changes; SOCS binds the first chain's JAK.
 */
export function defaultActions(role: StepRole, scene: PathwayParts): SceneAction[] {
  const [first, second] = scene.receptor.chains;
  const [a, b] = scene.stat.ids;
  const chains: [string, string] = [first.id, second.id];
  const stats: [string, string] = [a, b];
  switch (role) {
    case 'resting':
      return [];
    case 'ligand-binding':
      return [{ do: 'bind', actor: scene.cytokine.id, to: first.id }];
    case 'receptor-assembly':
      return [{ do: scene.receptor.preassembled ? 'shift' : 'assemble', actors: chains }];
    case 'jak-activation':
      return [
        { do: 'phosphorylate', actor: second.jak.id, by: first.jak.id },
        after(STAGGER.jaks, { do: 'phosphorylate', actor: first.jak.id, by: second.jak.id }),
      ];
    case 'receptor-phosphorylation':
      return [{ do: 'phosphorylate', actor: first.id, by: first.jak.id }];
    case 'stat-docking':
      return [{ do: 'dock', actor: a, to: first.id }, after(STAGGER.docks, { do: 'dock', actor: b, to: first.id })];
    case 'stat-phosphorylation':
      return [
        { do: 'phosphorylate', actor: a, by: first.jak.id },
        after(STAGGER.stats, { do: 'phosphorylate', actor: b, by: first.jak.id }),
      ];
    case 'dimerization':
      return [{ do: 'dimerize', actors: stats }];
    case 'nuclear-import':
      return [{ do: 'enter-nucleus', actors: stats }];
    case 'dna-binding':
      return [{ do: 'bind-dna', actors: stats }];
    case 'transcription':
      return scene.genes.map((gene, i) => after(i * STAGGER.genes, { do: 'express', actor: gene.id }));
    case 'negative-feedback':
      return [{ do: 'feedback', actor: scene.socs.id, on: first.jak.id }];
  }
}
