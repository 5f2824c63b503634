/**
 * The actors a scene declares (cytokine, receptor chains and their JAKs, STATs, SOCS, genes), derived from
 * its structure so that authors never list a molecule twice.
 */
import type { ActorDef } from './actor';
import type { Scene } from './scene-schema';

/** An actor the scene declares, with the path of the field that declares it (for error messages). */
export interface DeclaredActor {
  readonly def: ActorDef;
  readonly path: string;
}

/** Every actor declared by a scene, in declaration order. ATP molecules are added by the planner. */
export function declaredActors(scene: Scene): DeclaredActor[] {
  const actors: DeclaredActor[] = [
    { def: { id: scene.cytokine.id, kind: 'cytokine', label: scene.cytokine.label }, path: 'cytokine.id' },
  ];
  scene.receptor.chains.forEach((chain, i) => {
    const side = i as 0 | 1;
    actors.push({ def: { id: chain.id, kind: 'receptor', label: chain.label, side }, path: `receptor.chains[${i}].id` });
    actors.push({ def: { id: chain.jak.id, kind: 'jak', label: chain.jak.name, side }, path: `receptor.chains[${i}].jak.id` });
  });
  scene.stat.ids.forEach((id, i) => {
    actors.push({ def: { id, kind: 'stat', label: scene.stat.label, side: i as 0 | 1 }, path: `stat.ids[${i}]` });
  });
  actors.push({ def: { id: scene.socs.id, kind: 'socs', label: scene.socs.label }, path: 'socs.id' });
  scene.genes.forEach((gene, i) => {
    actors.push({ def: { id: gene.id, kind: 'gene', label: gene.label, change: gene.change }, path: `genes[${i}].id` });
  });
  return actors;
}
