/** What the describer needs from a plan: its actors and which chain carries each JAK. */
import type { DescribedScene } from './describe-frame';
import type { ScenePlan } from './plan-scene';

export function describedScene(plan: ScenePlan): DescribedScene {
  return {
    actors: plan.actors,
    jakChain: new Map(plan.scene.receptor.chains.map((chain) => [chain.jak.id, chain.id])),
  };
}
