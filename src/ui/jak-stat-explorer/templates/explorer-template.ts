/** The whole widget: stage, screen-reader text, narration, controls and the drug's panels. */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Ref } from 'lit/directives/ref.js';
import type { UiStrings } from '../../../i18n/locales/en';
import type { SceneSession } from '../../../session/scene-session';
import { describeSessionStep } from '../../../session/step-description';
import type { CheckpointActions, CheckpointState } from '../checkpoint-panel';
import { drugControls, type DrugControlsModel } from '../drug-panels';
import type { GlossaryView } from '../glossary-text';
import { LazyParts, lazyModule } from '../../controllers/lazy-parts';
import type { PlaybackSpan } from '../../controllers/playback-controller';
import { controlsTemplate, type ControlsActions } from './controls-template';
import type { ExportMenu } from './export-menu-template';
import { narrationTemplate } from './narration-template';
import { errorTemplate, shortcutsTemplate, stageTemplate } from './stage-template';

/** The drug's panels and plot: a module of their own (dist/chunks/treatment-panels.js), loaded when first shown. */
export const TREATMENT_PANELS = lazyModule(() => import('./treatment-panels'));

/** A widget's loader of the parts it shows on demand. */
export const explorerParts = (host: ReactiveControllerHost) => new LazyParts(host);

/** Everything the widget shows, read from its controllers. */
export interface ExplorerView {
  readonly t: UiStrings;
  readonly main: SceneSession;
  readonly baseline: SceneSession | undefined;
  readonly step: number;
  readonly time: number;
  readonly playing: boolean;
  readonly textMode: boolean;
  readonly fadeClass: string;
  readonly announcement: string;
  readonly errorMessage: string | undefined;
  readonly shortcutsOpen: boolean;
  readonly reducedMotion: boolean;
  /** Undefined where this browser cannot speak. */
  readonly readAloud: boolean | undefined;
  readonly presenter: boolean;
  readonly wholeCell: boolean;
  readonly glossary: GlossaryView;
  readonly asking: CheckpointState | undefined;
  readonly quizActions: CheckpointActions;
  readonly seekRef: Ref<HTMLInputElement>;
  /** The step range in force and its time span. */
  readonly span: PlaybackSpan;
  readonly actions: ControlsActions & { dismissError(): void };
  readonly drug: Omit<DrugControlsModel, 't'>;
  readonly exportMenu: ExportMenu;
  /** Loads the parts shown on demand (the drug's panels). */
  readonly parts: LazyParts;
}

export function explorerTemplate(v: ExplorerView) {
  const { t, main, step } = v;
  const description = describeSessionStep(main, step - 1);
  const now = `${description.now} ${v.wholeCell ? description.wholeView : description.view}`;
  const panels = main.plan.treatment ? v.parts.use(TREATMENT_PANELS) : undefined;
  return html`
    ${stageTemplate({
      t, session: main, baseline: v.baseline, step, textMode: v.textMode, description: now, fadeClass: v.fadeClass,
      overlays: html`${v.shortcutsOpen ? shortcutsTemplate(t, () => v.actions.toggle('shortcutsOpen')) : nothing}
        ${v.errorMessage ? errorTemplate(t, v.errorMessage, v.actions.dismissError) : nothing}`,
    })}
    <p id="stage-description" class="sr-only">${now} ${description.changed}</p>
    <p class="sr-only" role="status" aria-live="polite" aria-atomic="true">${v.announcement}</p>
    <div class="panel">
      ${narrationTemplate({ t, session: main, step, glossary: v.glossary, asking: v.asking, quizActions: v.quizActions, parts: v.parts })}
      ${controlsTemplate({
        t, compiled: main.compiled, step, stepCount: main.stepCount, time: v.time, playing: v.playing, reducedMotion: v.reducedMotion,
        readAloud: v.readAloud, presenter: v.presenter, wholeCell: v.wholeCell, shortcutsOpen: v.shortcutsOpen, seekRef: v.seekRef, span: v.span,
        exportMenu: v.textMode ? undefined : v.exportMenu,
      }, v.actions)}
      ${drugControls({ t, ...v.drug })}
      ${panels ? panels.treatmentPanels(t, main) : nothing}
    </div>
  `;
}
