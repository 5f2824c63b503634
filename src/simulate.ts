/**
 * The public, id-friendly entry to the pure model: `simulatePathway({ scene: 'il13', drug: 'abrocitinib',
 * exposure: 10 })`. Resolves ids through the scene and drug registries; the model itself takes checked data.
 */
import { DRUGS } from '../scenes/drugs';
import { SCENES } from '../scenes';
import type { Drug, DrugData } from './model/drug-schema';
import { loadDrug } from './model/load-drug';
import { loadScene } from './model/load-scene';
import type { Scene, SceneData } from './model/scene-schema';
import { simulatePathway as simulateChecked, type PathwaySimulation } from './model/simulate-pathway';

/** Input of the public `simulatePathway`: ids or data. */
export interface PathwayQuery {
  /** A scene id (`il13`, `il4`, `il31`, `il22`, `tslp`, `ifng`) or scene data. */
  readonly scene: string | SceneData;
  /** A drug id (`none`, `abrocitinib`, `upadacitinib`, `ruxolitinib`) or drug data. */
  readonly drug: string | DrugData;
  /** Exposure as a multiple of the drug's own JAK1 IC50 (e.g. 1, 10, 100). */
  readonly exposure: number;
}

/**
 * Simulates a scene under a drug: per-JAK `occupancy` (0..1), `signal` (pathway output relative to no drug,
 * 0..1) and, for each step, the fraction in which it proceeds. Throws on an unknown id or invalid data.
 * An illustration from assay ratios, not a dosing tool.
 */
export function simulatePathway(query: PathwayQuery): PathwaySimulation {
  return simulateChecked({ scene: resolveScene(query.scene), drug: resolveDrug(query.drug), exposure: query.exposure });
}

/** A checked scene from an id or data. */
export function resolveScene(scene: string | SceneData): Scene {
  if (typeof scene !== 'string') return loadScene(scene);
  const data = SCENES[scene];
  if (!data) throw new Error(`Unknown scene "${scene}"; available: ${Object.keys(SCENES).join(', ')}`);
  return loadScene(data);
}

/** A checked drug (or undefined for `none`) from an id or data. */
export function resolveDrug(drug: string | DrugData): Drug | undefined {
  if (typeof drug !== 'string') return loadDrug(drug);
  if (drug === 'none') return undefined;
  const data = DRUGS[drug];
  if (!data) throw new Error(`Unknown drug "${drug}"; available: none, ${Object.keys(DRUGS).join(', ')}`);
  return loadDrug(data);
}
