/**
 * A drug applied to a scene, as the planner needs it: the drug, its simulated effect, and which JAKs on stage
 * hold a drug molecule in their ATP pocket.
 *
 * The stage shows one typical receptor: a JAK is drawn with the drug in its pocket when the drug fills at
 * least half of that JAK's pockets, and the receptor's cascade on stage stops when either of its JAKs is
 * filled. The whole-cell effect (how far the target genes move) follows the simulated `signal`, so partial
 * inhibition shows as a weaker transcription change even where the typical receptor still signals.
 */
import type { Drug } from './drug-schema';
import type { Scene } from './scene-schema';
import { simulatePathway, type PathwaySimulation } from './simulate-pathway';

/** A JAK is drawn as drug-filled from this occupancy on. */
export const DRAWN_BOUND_FROM = 0.5;

export interface Treatment {
  readonly drug: Drug;
  readonly exposure: number;
  readonly simulation: PathwaySimulation;
  /** JAK actor ids whose ATP pocket holds the drug on stage. */
  readonly boundJaks: ReadonlySet<string>;
  /** Whether the receptor on stage is stopped at JAK activation. */
  readonly blocksStage: boolean;
}

/** Works out what a drug at an exposure does to a scene. */
export function createTreatment(scene: Scene, drug: Drug, exposure: number): Treatment {
  const simulation = simulatePathway({ scene, drug, exposure });
  const boundJaks = new Set<string>();
  for (const chain of scene.receptor.chains) {
    if ((simulation.occupancy[chain.jak.name] ?? 0) >= DRAWN_BOUND_FROM) boundJaks.add(chain.jak.id);
  }
  return { drug, exposure, simulation, boundJaks, blocksStage: boundJaks.size > 0 };
}
