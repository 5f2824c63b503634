/**
 * JAK-STAT Explorer: the `<jak-stat-explorer>` element and its pure model.
 * Importing this module defines the element.
 */
import { defineJakStatExplorer } from './ui/define';

export { JakStatExplorer } from './ui/jak-stat-explorer/jak-stat-explorer';
export type { CheckpointDetail, DrugChangeDetail, ExplorerEventMap, SceneErrorDetail, StepChangeDetail } from './ui/jak-stat-explorer/events';
export { defineJakStatExplorer, TAG_NAME, OVERVIEW_TAG_NAME } from './ui/define';
export { JakStatOverview, type SceneSelectDetail } from './ui/jak-stat-overview/jak-stat-overview';
export { buildOverview, JAK_NAMES, type OverviewRow } from './model/overview';
export { loadScene, validateScene, SceneValidationError, type SceneIssue } from './model/load-scene';
export { planScene, type ScenePlan, type StepPlan } from './model/plan-scene';
export type { SceneData, Scene } from './model/scene-schema';
export { SCENES, DEFAULT_SCENE_ID } from '../scenes';

defineJakStatExplorer();
export { simulatePathway, type PathwayQuery } from './simulate';
export type { PathwaySimulation, JakOccupancy } from './model/simulate-pathway';
export { EXPOSURES } from './model/simulate-pathway';
export { loadDrug, DrugValidationError } from './model/load-drug';
export type { Drug, DrugData } from './model/drug-schema';
export { DRUGS, DRUG_IDS } from '../scenes/drugs';
