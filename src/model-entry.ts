/**
 * `jak-stat-explorer/model`: the pure model, with no DOM, Lit, Pixi or GSAP in its import graph, so it runs
 * in Node (a test walks the graph: tests/unit/model-entry.test.ts). Simulate a scene under a drug, check
 * scene and drug data, and read the bundled scenes and drugs.
 */
export { simulatePathway, resolveScene, resolveDrug, type PathwayQuery } from './simulate';
export type { PathwaySimulation, JakOccupancy, OccupancyCertainty, SignalBound } from './model/simulate-pathway';
export { EXPOSURES } from './model/simulate-pathway';
export { loadScene, validateScene, SceneValidationError, type SceneIssue } from './model/load-scene';
export { loadDrug, DrugValidationError } from './model/load-drug';
export { planScene, type ScenePlan, type StepPlan } from './model/plan-scene';
export { buildOverview, JAK_NAMES, type OverviewRow } from './model/overview';
export type { SceneData, Scene } from './model/scene-schema';
export type { Drug, DrugData } from './model/drug-schema';
export { SCENES, DEFAULT_SCENE_ID, sceneDataById } from '../scenes';
export { DRUGS, DRUG_IDS, drugDataById } from '../scenes/drugs';
