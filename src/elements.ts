/**
 * `jak-stat-explorer/elements`: the element classes, the pure model and `defineJakStatExplorer()`, without
 * defining anything. For a host that decides when, or whether, the elements are registered: call
 * `defineJakStatExplorer()` for the usual tag names, or define a subclass under a name of its own.
 * The package's main entry (`index.ts`) is this module plus the definition.
 */
export { JakStatExplorer } from './ui/jak-stat-explorer/jak-stat-explorer';
export type { CheckpointDetail, DrugChangeDetail, ExplorerEventMap, ExportProgressDetail, SceneErrorDetail, StepChangeDetail } from './ui/jak-stat-explorer/events';
export type { ExportClipOptions, ExportedClip, ExportImageOptions } from './ui/export/export-context';
export { defineJakStatExplorer, TAG_NAME, OVERVIEW_TAG_NAME } from './ui/define';
export { JakStatOverview, type SceneSelectDetail } from './ui/jak-stat-overview/jak-stat-overview';
export * from './model-entry';
