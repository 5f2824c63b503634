/**
 * A drug applied to a scene, as the planner needs it: the drug, its simulated effect, the receptor population
 * it acts on, and which JAKs of the featured pair on stage hold a drug molecule in their ATP pocket.
 *
 * The stage features one receptor pair and draws the whole population beside it. The featured pair shows the
 * population's typical case (the most common one): its cascade stops where the drug fills one of its JAKs'
 * pockets. How many pairs still signal, how many STAT dimers reach the nucleus and how far the target genes
 * move all follow the simulated `signal`, so partial inhibition is drawn as partial.
 */
import type { Drug } from './drug-schema';
import { receptorPopulation, type ReceptorPopulation } from './receptor-population';
import type { Scene } from './scene-schema';
import { simulatePathway, type PathwaySimulation } from './simulate-pathway';

export interface Treatment {
  readonly drug: Drug;
  readonly exposure: number;
  readonly simulation: PathwaySimulation;
  /** The cell's receptor pairs under the drug. */
  readonly population: ReceptorPopulation;
  /** JAK actor ids of the featured pair whose ATP pocket holds the drug on stage. */
  readonly boundJaks: ReadonlySet<string>;
  /** Whether the featured pair on stage is stopped at JAK activation. */
  readonly blocksStage: boolean;
}

/** The id of the drug molecule drawn for a JAK of the featured pair (in its pocket or waiting beside it). */
export function drugActorId(jakId: string): string {
  return `drug-${jakId}`;
}

/** Works out what a drug at an exposure does to a scene. */
export function createTreatment(scene: Scene, drug: Drug, exposure: number): Treatment {
  const simulation = simulatePathway({ scene, drug, exposure });
  const population = receptorPopulation(scene, simulation);
  const boundJaks = new Set<string>();
  scene.receptor.chains.forEach((chain, i) => {
    if (population.featured.plugged[i as 0 | 1]) boundJaks.add(chain.jak.id);
  });
  return { drug, exposure, simulation, population, boundJaks, blocksStage: boundJaks.size > 0 };
}
