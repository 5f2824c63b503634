/** The stage: the picture (one view, or two in compare mode), its captions, and the text stage without canvas. */
import { html, nothing } from 'lit';
import type { UiStrings } from '../../../i18n/locales/en';
import type { SceneSession } from '../../../session/scene-session';
import { atpInsetTemplate } from './atp-inset-template';

/** What the stage shows. */
export interface StageModel {
  readonly t: UiStrings;
  readonly session: SceneSession;
  /** The untreated run, in compare mode. */
  readonly baseline: SceneSession | undefined;
  readonly step: number;
  readonly textMode: boolean;
  /** The picture in words (the describer), for its `img` role. */
  readonly description: string;
  /** Restarts the reduced-motion cross-fade: 'fade-a' / 'fade-b' alternate. */
  readonly fadeClass: string;
  readonly overlays: unknown;
}

export function stageTemplate(m: StageModel) {
  const { t, session, baseline, step } = m;
  const current = session.plan.steps[step - 1]!;
  const treatment = session.plan.treatment;
  return html`
    <div class="stage ${baseline ? 'compare' : ''}" part="stage" tabindex="0" role="region"
      aria-roledescription=${t.ui.animation} aria-label=${`${session.scene.title}. ${t.ui.stepOf(step, session.stepCount)}: ${current.title}`}
      aria-describedby="stage-description">
      ${m.textMode ? textStage(t, session, step) : nothing}
      <div class="view main ${m.fadeClass}" data-view="main" ?hidden=${m.textMode} role="img" aria-label=${m.description}>
        <canvas aria-hidden="true"></canvas>
        ${baseline && treatment ? html`<p class="view-caption">${t.drug.treated(treatment.drug.name, treatment.exposure)}</p>` : nothing}
      </div>
      ${baseline && !m.textMode
        ? html`<div class="view baseline ${m.fadeClass}" data-view="baseline">
            <canvas aria-hidden="true"></canvas>
            <p class="view-caption">${t.drug.untreated}</p>
          </div>`
        : nothing}
      ${m.textMode ? nothing : html`${atpInsetTemplate(t, session, step, 'main')}${baseline ? atpInsetTemplate(t, baseline, step, 'baseline') : nothing}
        ${treatment ? html`<p class="population-caption">${populationCaption(t, session)}</p>` : nothing}`}
      ${m.overlays}
    </div>
  `;
}

/** Which case the featured pair shows, and how many of the cell's pairs share it (with a drug). */
function populationCaption(t: UiStrings, session: SceneSession): string {
  const { typical, typicalCount: n, count } = session.plan.treatment!.population;
  const [first, second] = session.scene.receptor.chains;
  const p = t.population;
  if (typical === 'free') return p.shownFree(n, count);
  if (typical === 'both-plugged') return p.shownBothPlugged(n, count);
  return p.shownPlugged((typical === 'first-plugged' ? first : second).jak.name, n, count);
}

/** The stage without pictures: what the scene is and where in its steps we are. */
function textStage(t: UiStrings, session: SceneSession, step: number) {
  return html`<div class="text-stage">
    <p class="text-stage-note">${t.ui.noGraphics}</p>
    <p class="text-stage-summary">${session.scene.summary}</p>
    <ol>${session.plan.steps.map((s, i) => html`<li aria-current=${i === step - 1 ? 'step' : nothing}>${s.title}</li>`)}</ol>
  </div>`;
}

/** The keyboard shortcuts, in a small panel over the stage. */
export function shortcutsTemplate(t: UiStrings, close: () => void) {
  return html`<div class="shortcuts" role="dialog" aria-label=${t.ui.shortcuts}>
    <h3>${t.ui.shortcuts}</h3>
    <dl>${t.ui.shortcutList.map(([keys, action]) => html`<dt>${keys}</dt><dd>${action}</dd>`)}</dl>
    <button type="button" class="close-shortcuts" @click=${close}>${t.ui.close}</button>
  </div>`;
}

/** A refused scene or value, said in words over the stage until dismissed. */
export function errorTemplate(t: UiStrings, message: string, dismiss: () => void) {
  return html`<div class="error" role="alert">
    <p>${message}</p>
    <button type="button" class="dismiss" @click=${dismiss}>${t.ui.dismiss}</button>
  </div>`;
}
