/** What the describer needs from a plan: the names of its molecules, in the plan's language. */
import type { DescribedScene } from './describe-frame';
import type { ScenePlan } from './plan-scene';

export function describedScene(plan: ScenePlan): DescribedScene {
  const { scene } = plan;
  return {
    cytokine: scene.cytokine.label,
    chains: scene.receptor.chains.map((c) => ({ id: c.id, label: c.label, jak: c.jak.id, jakLabel: c.jak.name })),
    stat: scene.stat.label,
    socs: scene.socs.label,
    genes: scene.genes,
    drug: plan.actors.find((actor) => actor.kind === 'drug')?.label,
    names: new Map(plan.actors.map((actor) => [actor.id, actor.label])),
  };
}
