/**
 * The events `<jak-stat-explorer>` fires: their detail types, one typed way to fire them, and their entries in
 * `HTMLElementEventMap` so that `addEventListener('step-change', e => e.detail.step)` type-checks in hosts.
 * Every event bubbles and is composed (it crosses shadow roots).
 */

/** Detail of the `step-change` event: fired once per change of the shown step number. */
export interface StepChangeDetail {
  /** 1-based step now shown. */
  step: number;
  stepCount: number;
  id: string;
  title: string;
}

/** Detail of the `checkpoint` event: which question, and whether the answer was right. No personal data. */
export interface CheckpointDetail {
  questionId: string;
  correct: boolean;
}

/** Detail of the `drug-change` event. */
export interface DrugChangeDetail {
  drug: string;
  exposure: number;
  compare: boolean;
}

/** Detail of the `scene-error` event. */
export interface SceneErrorDetail {
  /** The scene id or data that was refused. */
  scene: string;
  message: string;
  /** Field-level problems, when the scene data itself was invalid. */
  issues: readonly { path: string; message: string }[];
}

/** Detail of the `export-progress` event: video frames encoded so far, of the clip's total. */
export interface ExportProgressDetail {
  done: number;
  total: number;
}

/** Every event of the element, by type. */
export interface ExplorerEventMap {
  'step-change': CustomEvent<StepChangeDetail>;
  play: CustomEvent<undefined>;
  pause: CustomEvent<undefined>;
  ended: CustomEvent<undefined>;
  checkpoint: CustomEvent<CheckpointDetail>;
  'drug-change': CustomEvent<DrugChangeDetail>;
  'scene-error': CustomEvent<SceneErrorDetail>;
  'export-progress': CustomEvent<ExportProgressDetail>;
}

type DetailOf<K extends keyof ExplorerEventMap> = ExplorerEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires one of the element's events from `target`. */
export function fire<K extends keyof ExplorerEventMap>(target: EventTarget, type: K, ...detail: DetailOf<K> extends undefined ? [] : [DetailOf<K>]): void {
  target.dispatchEvent(new CustomEvent(type, { detail: detail[0], bubbles: true, composed: true }));
}

declare global {
  // Typed listeners on any element (the events bubble to ancestors). `play`, `pause` and `ended` are in the
  // DOM's own map already, as plain events, which is what they are here too.
  interface HTMLElementEventMap {
    'step-change': CustomEvent<StepChangeDetail>;
    checkpoint: CustomEvent<CheckpointDetail>;
    'drug-change': CustomEvent<DrugChangeDetail>;
    'scene-error': CustomEvent<SceneErrorDetail>;
    'export-progress': CustomEvent<ExportProgressDetail>;
  }
}
