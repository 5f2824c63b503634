import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_SCENE_ID, SCENES } from '../../../scenes';
import { SceneValidationError } from '../../model/load-scene';
import { getSource } from '../../model/sources';
import { createGsapClock } from '../../timeline/gsap-clock';
import { Playhead, type Clock } from '../../timeline/playhead';
import { readingSeconds } from '../../timeline/reading-time';
import { checkDrugId, checkExposure, checkSceneId, checkSpeed, checkStep } from '../attribute-values';
import { DRUG_IDS, DRUGS } from '../../../scenes/drugs';
import type { DrugData } from '../../model/drug-schema';
import { EXPOSURES } from '../../model/simulate-pathway';
import { stepAtTime } from '../../timeline/build-timeline';
import { drugFactsCard, drugNote, occupancyPanel } from './drug-panels';
import { glossaryDefinitions, glossaryText, splitGlossaryTerms, type GlossaryView } from './glossary-text';
import { checkpointPanel, type CheckpointActions, type CheckpointState } from './checkpoint-panel';
import { SceneSession } from '../scene-session';
import { countFramesDrawn, StageSurface } from '../stage-surface';
import { describeStep } from '../../model/describe-frame';
import { describedScene } from '../../model/described-scene';
import { ReadAloud } from '../read-aloud';
import { prefersReducedMotion } from '../prefers-reduced-motion';
import { LocalizeController } from '@shoelace-style/localize';
import type { Locale } from '../../i18n/locale';
import { resolveLocale } from '../../i18n/registry';
import { registerLocales } from '../../i18n/locales';
import type { UiStrings } from '../../i18n/locales/en';
import { icons } from './icons';
import { styles } from './jak-stat-explorer.styles';

/** Detail of the `step-change` event. */
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

/** Steps that play the part of a canonical step in some scenes (the IFN-γ receptor changes shape instead). */
const STEP_ALIASES: Record<string, string> = { 'receptor-shape-change': 'receptor-assembly' };

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

/** Whether this browser can give a canvas a 2D context (false where canvas is disabled or unsupported). */
function canDrawCanvas(): boolean {
  try {
    return typeof document !== 'undefined' && document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

/** The views a stage can show: the main run, and in compare mode the run without a drug. */
type ViewName = 'main' | 'baseline';

/** Keeps raw attribute text so that bad values can be refused with a reason instead of turning into NaN. */
const rawValue = { fromAttribute: (value: string | null) => value, toAttribute: (value: unknown) => String(value) };

/**
 * An animated, narrated walk through JAK-STAT signalling, one step at a time.
 *
 * @summary Step-by-step animation of a cytokine switching on JAK-STAT signalling.
 *
 * @event step-change - The shown step changed. `detail`: `{ step, stepCount, id, title }`.
 * @event play - Playback started.
 * @event pause - Playback stopped (by the user, a step command, or the end).
 * @event ended - Play reached the end of the last step.
 * @event checkpoint - A checkpoint question was answered (quiz mode). `detail`: `{ questionId, correct }`.
 * @event drug-change - The drug, exposure or compare mode changed. `detail`: `{ drug, exposure, compare }`.
 * @event scene-error - A scene id or scene data was refused; the previous scene stays. `detail`: `{ scene, message, issues }`.
 *
 * @csspart stage - The animation area (canvas).
 * @csspart narration - Step counter, title, text, simplification note and sources.
 * @csspart controls - Previous, play/pause, next, restart, the progress bar, and the motion, read-aloud, presenter
 *   and shortcuts buttons.
 *
 * @cssproperty --jse-font - Font family of the narration and controls.
 * @cssproperty --jse-fg - Text colour.
 * @cssproperty --jse-bg - Panel background.
 * @cssproperty --jse-accent - Buttons, progress bar and focus ring.
 * @cssproperty --jse-accent-fg - Text on the accent colour.
 * @cssproperty --jse-muted - Secondary text.
 * @cssproperty --jse-border - Borders and dividers.
 * @cssproperty --jse-radius - Corner radius.
 * @cssproperty --jse-font-size - Base text size of the narration and controls (default 16px).
 */
export class JakStatExplorer extends LitElement {
  static override styles = styles;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Scene id: `il13` (default). Unknown ids fire `scene-error` and keep the current scene. */
  @property({ reflect: true }) scene: string = DEFAULT_SCENE_ID;

  /** The shown step, 1-based ("Step 3 of 12"). Out-of-range values are refused with a warning. */
  @property({ reflect: true, converter: rawValue }) step: number = 1;

  /** Start playing as soon as the element is on the page. */
  @property({ type: Boolean, reflect: true }) autoplay = false;

  /** Playback speed, 0.25–4 (1 = normal). */
  @property({ reflect: true, converter: rawValue }) speed: number = 1;

  /** JAK inhibitor shown: `none` (default), `abrocitinib`, `upadacitinib` or `ruxolitinib`. */
  @property({ reflect: true }) drug: string = 'none';

  /** Drug exposure as a multiple of the drug's own JAK1 IC50 (0.1–1000; default 10). */
  @property({ reflect: true, converter: rawValue }) exposure: number = 10;

  /** Show the run without a drug beside the treated one, stepping together (with a drug chosen). */
  @property({ type: Boolean, reflect: true }) compare = false;

  /**
   * Replace movement with short cross-fades between step end states. On by default where the system asks for
   * reduced motion; the motion button toggles it.
   */
  @property({ type: Boolean, reflect: true, attribute: 'reduced-motion' }) reducedMotion = prefersReducedMotion();

  /** Presenter mode: full screen, large narration, minimal chrome (button or F; Escape leaves). */
  @property({ type: Boolean, reflect: true }) presenter = false;

  /**
   * Checkpoints: pause at the end of chosen steps with a "what happens next?" question; each answer fires
   * `checkpoint` with the question id and whether it was right (nothing about the learner).
   */
  @property({ type: Boolean, reflect: true }) quiz = false;

  /** Speak each step's narration (Web Speech API) as it is shown, and keep speaking while playing. */
  @property({ type: Boolean, reflect: true, attribute: 'read-aloud' }) readAloud = false;

  @state() private session: SceneSession;
  /** The same scene without a drug, for compare mode. */
  @state() private baseline: SceneSession | undefined;
  @state() private isPlaying = false;
  /**
   * Playhead time. Not reactive on purpose: it changes every animation frame, and re-rendering the whole
   * template for it cost more than drawing the stage; the progress bar is moved directly instead.
   */
  private time = 0;
  @state() private errorMessage: string | undefined;
  @state() private shortcutsOpen = false;
  /** The glossary term whose definition shows, and whether a tap pinned it open. */
  @state() private activeTerm: string | undefined;
  private termPinned = false;
  /** The checkpoint being asked, if any, and the ones answered in this scene. */
  @state() private asking: CheckpointState | undefined;
  private readonly answered = new Set<string>();
  /** No canvas can be drawn here: the stage shows the steps as text, and everything else still works. */
  @state() private textMode = !canDrawCanvas();


  private readonly playhead: Playhead;
  /** One drawing surface per view on stage: `main`, and `baseline` in compare mode. */
  private readonly surfaces = new Map<ViewName, { surface: StageSurface; canvas: HTMLCanvasElement }>();
  private resizeObserver: ResizeObserver | undefined;
  private intersectionObserver: IntersectionObserver | undefined;
  private readonly speech = new ReadAloud();
  private onScreen = true;
  private readonly warned = new Set<string>();
  private goodStep = 1;
  private goodSpeed = 1;
  private goodScene = DEFAULT_SCENE_ID;
  private goodDrug = 'none';
  private goodExposure = 10;

  /** Resolves the language: this element's `lang`, else the page's, else the browser's. */
  private readonly localize = new LocalizeController(this);

  /** The widget's language (BCP 47); defaults to the page's language. Unsupported languages fall back to English. */
  @property({ reflect: true }) override lang!: string;

  /** The resolved language bundle. */
  private get locale(): Locale {
    return resolveLocale(this.localize.lang());
  }

  /** The shell strings of the current language. */
  private get t(): UiStrings {
    return this.session?.options.locale.ui ?? this.locale.ui;
  }

  constructor() {
    super();
    registerLocales();
    this.session = new SceneSession(SCENES[DEFAULT_SCENE_ID], { drug: undefined, exposure: 10, locale: this.locale });
    this.playhead = new Playhead(this.session.compiled, createGsapClock(), {
      onTime: (time) => {
        this.time = time;
        const seek = this.renderRoot?.querySelector?.<HTMLInputElement>('input.seek');
        if (seek) seek.value = String(time);
        this.syncBaseline(time);
        for (const { surface } of this.surfaces.values()) surface.requestDraw();
      },
      onStepChange: (step) => this.onStepChange(step),
      onPlay: () => {
        this.isPlaying = true;
        this.emit('play');
      },
      onPause: () => {
        this.isPlaying = false;
        this.emit('pause');
      },
      onEnded: () => this.emit('ended'),
    }, (index) => {
      // In quiz mode Play stops at a step with an open question: hold there until it is answered.
      const step = this.session.plan.steps[index];
      if (this.quiz && step && this.checkpointFor(step.id)) {
        queueMicrotask(() => this.askCheckpoint());
        return Number.POSITIVE_INFINITY;
      }
      return readingSeconds(step?.text ?? '');
    });
    this.playhead.goToStep(1);
    this.addEventListener('keydown', this.onKeyDown);
  }

  /**
   * The clock that moves the animation: GSAP's ticker by default. Tests set a manual clock to step time
   * deterministically.
   * @internal
   */
  set clock(clock: Clock) {
    this.playhead.setClock(clock);
  }

  /** Number of steps in the current scene. */
  get stepCount(): number {
    return this.session.stepCount;
  }

  /** The current scene's steps: id, title and narration text each (the text as shown, drug included). */
  get steps(): { id: string; title: string; text: string }[] {
    return this.session.plan.steps.map(({ id, title, text }) => ({ id, title, text }));
  }

  /** Whether Play is running. */
  get playing(): boolean {
    return this.playhead.playing;
  }

  /** Runs on through the remaining steps (in quiz mode, stopping at each unanswered checkpoint). */
  play(): void {
    if (this.askCheckpoint()) return;
    this.playhead.play();
  }

  /** Stops playback, holding the step shown. */
  pause(): void {
    this.playhead.pause();
  }

  /** Animates the following step and holds on its end state (in quiz mode, asks the step's checkpoint first). */
  next(): void {
    if (this.askCheckpoint()) return;
    this.playhead.next();
  }

  /** Jumps to the end state of the step before. */
  previous(): void {
    this.playhead.previous();
  }

  /** Shows step n (1-based); out-of-range values are refused with a warning. */
  goToStep(n: number): void {
    const checked = checkStep(n, this.stepCount);
    if (!checked.ok) {
      this.warnOnce(checked.reason);
      return;
    }
    this.playhead.goToStep(checked.value);
  }

  /** Back to the first step; keeps playing if it was. */
  restart(): void {
    this.playhead.restart();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.syncSurfaces();
    // Off-screen widgets and hidden tabs draw nothing; they catch up when seen again.
    if (typeof IntersectionObserver !== 'undefined') {
      this.intersectionObserver = new IntersectionObserver((entries) => {
        this.onScreen = entries.at(-1)?.isIntersecting ?? true;
        this.updateVisibility();
      });
      this.intersectionObserver.observe(this);
    }
    document.addEventListener('visibilitychange', this.updateVisibility);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.playhead.pause();
    this.intersectionObserver?.disconnect();
    this.intersectionObserver = undefined;
    document.removeEventListener('visibilitychange', this.updateVisibility);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.speech.stop();
    this.detachSurfaces();
  }

  private readonly updateVisibility = (): void => {
    const visible = this.onScreen && document.visibilityState !== 'hidden';
    for (const { surface } of this.surfaces.values()) surface.setVisible(visible);
  };

  /**
   * Frames drawn by every widget on the page since it loaded (diagnostics: 0 more while all are paused).
   * @internal
   */
  static get framesDrawn(): number {
    return countFramesDrawn();
  }

  /** Whether the stage is shown as text because no canvas can be drawn on this device. */
  get textOnly(): boolean {
    return this.textMode;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scene')) this.applyScene();
    this.applyLocale();
    if (changed.has('drug') || changed.has('exposure')) this.applyDrug();
    if (changed.has('compare') || changed.has('drug') || changed.has('exposure') || changed.has('scene')) this.updateBaseline();
    if (changed.has('speed')) this.applySpeed();
    if (changed.has('reducedMotion')) this.playhead.instant = this.reducedMotion;
    if (changed.has('readAloud')) {
      if (this.readAloud) this.speakCurrentStep();
      else this.speech.stop();
    }
    if (changed.has('presenter')) this.applyPresenter();
    if (changed.has('step')) this.applyStep();
  }

  /** Last drug settings reported by `drug-change`, to report each change once. */
  private reportedDrug: string | undefined;

  protected override updated(changed: PropertyValues<this>): void {
    const drugKey = `${this.drug}|${this.exposure}|${this.compare}`;
    if (this.reportedDrug !== undefined && drugKey !== this.reportedDrug) {
      this.emit<DrugChangeDetail>('drug-change', { drug: this.drug, exposure: Number(this.exposure), compare: this.compare });
    }
    this.reportedDrug = drugKey;
    // Views appear or change only with a new session or compare mode; per-frame updates leave them alone.
    if (this.surfaces.size === 0 || changed.has('session' as keyof JakStatExplorer) || changed.has('baseline' as keyof JakStatExplorer)) {
      this.syncSurfaces();
    }
  }

  protected override firstUpdated(): void {
    // Start after this first update has finished, so that playing state lands in an update of its own.
    if (this.autoplay) void this.updateComplete.then(() => { if (this.isConnected) this.playhead.play(); });
  }

  protected override render() {
    const steps = this.session.plan.steps;
    const current = steps[this.playhead.step - 1]!;
    const count = steps.length;
    const duration = this.playhead.duration;
    const treatment = this.session.plan.treatment;
    const description = this.describe(current.index);
    const pieces = splitGlossaryTerms(current.text, this.session.options.locale.glossary);
    return html`
      <div class="stage ${this.baseline ? 'compare' : ''}" part="stage" tabindex="0" role="region"
        aria-roledescription=${this.t.ui.animation} aria-label=${`${this.session.scene.title}. ${this.t.ui.stepOf(this.playhead.step, count)}: ${current.title}`}
        aria-describedby="stage-description">
        ${this.textMode ? this.renderTextStage(current.index) : nothing}
        <div class="view main ${this.fadeClass}" data-view="main" ?hidden=${this.textMode} role="img" aria-label=${description.now}>
          <canvas aria-hidden="true"></canvas>
          ${this.baseline && treatment ? html`<p class="view-caption">${this.t.drug.treated(treatment.drug.name, treatment.exposure)}</p>` : nothing}
        </div>
        ${this.baseline
          ? html`<div class="view baseline" data-view="baseline">
              <canvas aria-hidden="true"></canvas>
              <p class="view-caption">${this.t.drug.untreated}</p>
            </div>`
          : nothing}
        ${this.shortcutsOpen ? this.renderShortcuts() : nothing}
        ${this.errorMessage
          ? html`<div class="error" role="alert">
              <p>${this.errorMessage}</p>
              <button type="button" class="dismiss" @click=${() => { this.errorMessage = undefined; }}>${this.t.ui.dismiss}</button>
            </div>`
          : nothing}
      </div>
      <p id="stage-description" class="sr-only">${description.now} ${description.changed}</p>
      <p class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      <div class="panel">
        <section class="narration" part="narration">
          <p class="counter">${this.t.ui.stepOf(this.playhead.step, count)}</p>
          <h2 class="title">${current.title}</h2>
          <p class="text">${glossaryText(pieces, this.glossaryView)}</p>
          ${glossaryDefinitions(pieces, this.glossaryView)}
          ${this.asking ? checkpointPanel(this.t, this.asking, this.checkpointActions) : nothing}
          ${drugNote(this.t, treatment?.drug.name, current.drugNote)}
          ${current.simplified ? html`<p class="simplified"><span class="tag">${this.t.ui.simplified}</span> ${current.simplified}</p>` : nothing}
          <details class="sources">
            <summary>${this.t.ui.sources} (${current.sources.length})</summary>
            <ul>
              ${current.sources.map((id) => html`<li>${this.renderSource(id)}</li>`)}
            </ul>
          </details>
        </section>
        <div class="controls" part="controls" role="group" aria-label=${this.t.ui.controls}>
          <button type="button" class="previous" aria-label=${this.t.ui.previous} title=${this.t.ui.previous}
            ?disabled=${this.playhead.step <= 1 && !this.isPlaying} @click=${() => this.previous()}>${icons.previous}</button>
          <button type="button" class="play" aria-label=${this.isPlaying ? this.t.ui.pause : this.t.ui.play} title=${this.isPlaying ? this.t.ui.pause : this.t.ui.play}
            @click=${() => this.togglePlay()}>${this.isPlaying ? icons.pause : icons.play}</button>
          <button type="button" class="next" aria-label=${this.t.ui.next} title=${this.t.ui.next}
            ?disabled=${this.playhead.step >= count} @click=${() => this.next()}>${icons.next}</button>
          <button type="button" class="restart" aria-label=${this.t.ui.restart} title=${this.t.ui.restart}
            @click=${() => this.restart()}>${icons.restart}</button>
          <button type="button" class="motion" aria-pressed=${this.reducedMotion ? 'true' : 'false'} aria-label=${this.t.ui.reducedMotion} title=${this.t.ui.reducedMotion}
            @click=${() => { this.reducedMotion = !this.reducedMotion; }}>${icons.motion}</button>
          ${this.speech.available
            ? html`<button type="button" class="read-aloud" aria-pressed=${this.readAloud ? 'true' : 'false'} aria-label=${this.t.ui.readAloud} title=${this.t.ui.readAloud}
                @click=${() => { this.readAloud = !this.readAloud; }}>${icons.speak}</button>`
            : nothing}
          <button type="button" class="presenter-toggle" aria-pressed=${this.presenter ? 'true' : 'false'} aria-label=${this.t.ui.presenter} title=${this.t.ui.presenter}
            @click=${() => { this.presenter = !this.presenter; }}>${icons.presenter}</button>
          <button type="button" class="shortcuts-toggle" aria-expanded=${this.shortcutsOpen ? 'true' : 'false'} aria-label=${this.t.ui.shortcuts} title=${this.t.ui.shortcuts}
            @click=${() => { this.shortcutsOpen = !this.shortcutsOpen; }}>?</button>
          <div class="progress">
            <svg class="ticks" aria-hidden="true">
              ${this.session.compiled.stepEnds.slice(0, -1).map((end) => svg`<rect x=${`${(end / duration) * 100}%`} y="16" width="2" height="12" rx="1"></rect>`)}
            </svg>
            <input type="range" class="seek" min="0" max=${duration} step="0.01" .value=${String(this.time)}
              aria-label=${this.t.ui.progress} aria-valuetext=${this.t.ui.stepOf(this.playhead.step, count)}
              @input=${(event: Event) => this.playhead.seekTime(Number((event.target as HTMLInputElement).value))} />
          </div>
          <span class="count" aria-hidden="true">${this.t.ui.stepOf(this.playhead.step, count)}</span>
        </div>
        ${this.renderDrugControls()}
        ${treatment ? occupancyPanel(this.t, treatment, new Set(this.session.scene.receptor.chains.map((c) => c.jak.name))) : nothing}
        ${treatment ? drugFactsCard(this.t, treatment.drug) : nothing}
      </div>
    `;
  }

  /** What the stage shows at the end of a step, in words, from the model state (and what changed). */
  private describe(index: number): { now: string; changed: string } {
    const plan = this.session.plan;
    const key = `${index}`;
    if (this.descriptionCache?.plan === plan && this.descriptionCache.key === key) return this.descriptionCache.value;
    const value = describeStep(describedScene(plan), plan.steps[index]!.end, index > 0 ? plan.steps[index - 1]!.end : undefined, this.session.options.locale.describer);
    this.descriptionCache = { plan, key, value };
    return value;
  }

  private descriptionCache: { plan: unknown; key: string; value: { now: string; changed: string } } | undefined;

  /** How the narration shows glossary definitions: hover or focus shows one; a tap pins it open. */
  private get glossaryView(): GlossaryView {
    return {
      active: this.activeTerm,
      pinned: this.termPinned,
      show: (id, pin = false) => {
        this.termPinned = pin && id !== undefined;
        this.activeTerm = id;
      },
    };
  }

  /** The unanswered checkpoint at the end of a step, in the current language. */
  private checkpointFor(stepId: string) {
    const id = STEP_ALIASES[stepId] ?? stepId;
    return this.session.options.locale.checkpoints.find((c) => c.afterStep === id && !this.answered.has(c.id));
  }

  /** Shows the current step's checkpoint, pausing; false when there is none to ask. */
  private askCheckpoint(): boolean {
    if (!this.quiz || this.asking) return !!this.asking;
    const step = this.session.plan.steps[this.playhead.step - 1];
    const checkpoint = step && this.checkpointFor(step.id);
    if (!checkpoint) return false;
    this.playhead.pause();
    this.playhead.goToStep(this.playhead.step);
    this.asking = { checkpoint, chosen: undefined, checked: false };
    return true;
  }

  private readonly checkpointActions: CheckpointActions = {
    choose: (index) => {
      if (this.asking && !this.asking.checked) this.asking = { ...this.asking, chosen: index };
    },
    check: () => {
      const asking = this.asking;
      if (!asking || asking.chosen === undefined) return;
      this.asking = { ...asking, checked: true };
      const correct = asking.checkpoint.answers[asking.chosen]?.correct ?? false;
      this.emit<CheckpointDetail>('checkpoint', { questionId: asking.checkpoint.id, correct });
    },
    resume: () => {
      if (!this.asking) return;
      this.answered.add(this.asking.checkpoint.id);
      this.asking = undefined;
      this.playhead.next();
    },
  };

  /** The keyboard shortcuts, in a small panel over the stage. */
  private renderShortcuts() {
    return html`<div class="shortcuts" role="dialog" aria-label=${this.t.ui.shortcuts}>
      <h3>${this.t.ui.shortcuts}</h3>
      <dl>${this.t.ui.shortcutList.map(([keys, action]) => html`<dt>${keys}</dt><dd>${action}</dd>`)}</dl>
      <button type="button" class="close-shortcuts" @click=${() => { this.shortcutsOpen = false; }}>${this.t.ui.close}</button>
    </div>`;
  }

  /** The stage without pictures: what the scene is and where in its steps we are. */
  private renderTextStage(currentIndex: number) {
    const steps = this.session.plan.steps;
    return html`<div class="text-stage">
      <p class="text-stage-note">${this.t.ui.noGraphics}</p>
      <p class="text-stage-summary">${this.session.scene.summary}</p>
      <ol>${steps.map((step, i) => html`<li aria-current=${i === currentIndex ? 'step' : nothing}>${step.title}</li>`)}</ol>
    </div>`;
  }

  private renderDrugControls() {
    const t = this.t.drug;
    const hasDrug = this.drug !== 'none';
    return html`
      <div class="drug-controls" role="group" aria-label=${t.drug}>
        <label>${t.drug}
          <select class="drug-picker" @change=${(e: Event) => { this.drug = (e.target as HTMLSelectElement).value; }}>
            ${DRUG_IDS.map((id) => html`<option value=${id} ?selected=${id === this.drug}>${id === 'none' ? t.none : `${this.session.options.locale.content?.drugs[id]?.name ?? DRUGS[id]!.name} (${DRUGS[id]!.brand})`}</option>`)}
          </select>
        </label>
        <label>${t.exposure}
          <select class="exposure-picker" ?disabled=${!hasDrug} @change=${(e: Event) => { this.exposure = Number((e.target as HTMLSelectElement).value); }}>
            ${EXPOSURES.map((x) => html`<option value=${x} ?selected=${x === Number(this.exposure)}>${t.exposureOption(x)}</option>`)}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" class="compare-toggle" .checked=${this.compare} ?disabled=${!hasDrug}
            @change=${(e: Event) => { this.compare = (e.target as HTMLInputElement).checked; }} />
          ${t.compare}
        </label>
      </div>
    `;
  }

  private renderSource(id: string) {
    const source = getSource(id);
    return source.works.map((work, i) => html`${i > 0 ? '; ' : ''}${work.url
      ? html`<a href=${work.url} target="_blank" rel="noopener noreferrer">${work.title}</a>`
      : work.title}`);
  }

  private togglePlay(): void {
    if (this.playhead.playing) this.playhead.pause();
    else this.play();
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const origin = event.composedPath()[0];
    const onSlider = origin instanceof HTMLInputElement;
    const onButton = origin instanceof HTMLButtonElement || (origin instanceof HTMLElement && origin.tagName === 'SUMMARY');
    const commands: Record<string, () => void> = {
      ' ': () => this.togglePlay(),
      ArrowRight: () => this.next(),
      ArrowLeft: () => this.previous(),
      // Presentation clickers send PageDown / PageUp.
      PageDown: () => this.next(),
      PageUp: () => this.previous(),
      Home: () => this.playhead.goToStep(1),
      End: () => this.playhead.goToStep(this.stepCount),
      '?': () => { this.shortcutsOpen = !this.shortcutsOpen; },
      f: () => { this.presenter = !this.presenter; },
      F: () => { this.presenter = !this.presenter; },
      Escape: () => {
        if (this.shortcutsOpen) this.shortcutsOpen = false;
        else if (this.presenter) this.presenter = false;
      },
    };
    const command = commands[event.key];
    if (!command) return;
    // Native behaviour wins where a control has its own: the slider's arrows and Home/End, a button's Space.
    if (onSlider && !['?', 'f', 'F', 'Escape', ' '].includes(event.key)) return;
    if (origin instanceof HTMLSelectElement) return;
    if (onButton && event.key === ' ') return;
    event.preventDefault();
    command();
  };

  private onStepChange(step: number): void {
    this.goodStep = step;
    this.step = step;
    const plan = this.session.plan.steps[step - 1]!;
    this.announcement = `${this.t.ui.stepOf(step, this.stepCount)}: ${plan.title}. ${plan.text}`;
    this.activeTerm = undefined;
    this.termPinned = false;
    // A question belongs to the step it was asked at: moving elsewhere closes it unanswered.
    if (this.asking) this.asking = undefined;
    if (this.readAloud) this.speakCurrentStep();
    if (this.reducedMotion) this.crossFade();
    this.emit<StepChangeDetail>('step-change', { step, stepCount: this.stepCount, id: plan.id, title: plan.title });
  }

  /** What the live region says: the step reached, its title and narration (announced politely). */
  @state() private announcement = '';

  /** Under reduced motion, a step change cross-fades the picture instead of moving anything. */
  @state() private fadeClass = '';

  private crossFade(): void {
    // Restart the CSS fade by switching between two identical animations.
    this.fadeClass = this.fadeClass === 'fade-a' ? 'fade-b' : 'fade-a';
  }

  private speakCurrentStep(): void {
    const step = this.session.plan.steps[this.playhead.step - 1];
    if (step) this.speech.speak(`${step.title}. ${step.text}`, this.session.options.locale.code);
  }

  /** Enters or leaves full screen with presenter mode; without the Fullscreen API the widget fills the window. */
  private applyPresenter(): void {
    if (typeof document === 'undefined') return;
    if (this.presenter && !document.fullscreenElement && this.requestFullscreen) {
      this.requestFullscreen().catch(() => { /* Not allowed here (no user gesture, iframe): CSS still fills the window. */ });
    } else if (!this.presenter && document.fullscreenElement === this) {
      void document.exitFullscreen().catch(() => {});
    }
  }

  private readonly onFullscreenChange = (): void => {
    // Leaving full screen with the browser's own Escape leaves presenter mode too.
    if (this.presenter && document.fullscreenElement !== this && this.wasFullscreen) this.presenter = false;
    this.wasFullscreen = document.fullscreenElement === this;
  };

  private wasFullscreen = false;

  private applyStep(): void {
    const checked = checkStep(this.step, this.stepCount);
    if (checked.ok) {
      // The attribute arrives as text: keep the property a number even when the step does not change.
      this.step = checked.value;
      if (checked.value !== this.playhead.step) this.playhead.goToStep(checked.value);
    } else {
      this.warnOnce(checked.reason);
      this.step = this.goodStep;
    }
  }

  private applySpeed(): void {
    const checked = checkSpeed(this.speed);
    if (checked.ok) {
      this.goodSpeed = checked.value;
      this.speed = checked.value;
      this.playhead.speed = checked.value;
    } else {
      this.warnOnce(checked.reason);
      this.speed = this.goodSpeed;
    }
  }

  private applyScene(): void {
    if (this.scene === this.session.scene.id) return;
    const checked = checkSceneId(this.scene, Object.keys(SCENES));
    if (!checked.ok) {
      this.refuseScene(String(this.scene), checked.reason, []);
      return;
    }
    this.loadSession(SCENES[checked.value], checked.value);
  }

  /** Loads scene data directly (for authors trying a scene); invalid data fires `scene-error`. */
  loadSceneData(data: unknown): boolean {
    const id = typeof data === 'object' && data && 'id' in data ? String((data as { id: unknown }).id) : '(data)';
    return this.loadSession(data, id);
  }

  private loadSession(data: unknown, id: string): boolean {
    let session: SceneSession;
    try {
      session = new SceneSession(data, { drug: this.currentDrug(), exposure: this.goodExposure, locale: this.locale });
    } catch (error) {
      const issues = error instanceof SceneValidationError ? error.issues : [];
      this.refuseScene(id, error instanceof Error ? error.message : String(error), issues);
      return false;
    }
    this.session = session;
    this.answered.clear();
    this.asking = undefined;
    this.goodScene = session.scene.id;
    this.scene = session.scene.id;
    this.errorMessage = undefined;
    this.loadPlayhead(1);
    return true;
  }

  private refuseScene(scene: string, message: string, issues: readonly { path: string; message: string }[]): void {
    this.warnOnce(message);
    this.errorMessage = this.t.ui.sceneRefused(message);
    this.scene = this.goodScene;
    this.emit<SceneErrorDetail>('scene-error', { scene, message, issues });
  }

  /** The drug data for the current `drug` value (undefined for none). */
  private currentDrug(): DrugData | undefined {
    return DRUGS[this.goodDrug];
  }

  private applyDrug(): void {
    const drug = checkDrugId(this.drug, DRUG_IDS);
    const exposure = checkExposure(this.exposure);
    if (!drug.ok) this.warnOnce(drug.reason);
    if (!exposure.ok) this.warnOnce(exposure.reason);
    if (drug.ok) this.goodDrug = drug.value;
    if (exposure.ok) this.goodExposure = exposure.value;
    this.drug = this.goodDrug;
    this.exposure = this.goodExposure;
    const plan = this.session.plan.treatment;
    if ((plan?.drug.id ?? 'none') === this.goodDrug && (!plan || plan.exposure === this.goodExposure)) return;
    this.session = this.session.with({ drug: this.currentDrug(), exposure: this.goodExposure });
    this.loadPlayhead(this.goodStep);
  }

  /**
   * Plays the current session from the requested step: a step set in the same update (e.g. from a URL) wins
   * over the one shown before; an invalid one falls back to `fallback`.
   */
  private loadPlayhead(fallback: number): void {
    const wanted = checkStep(this.step, this.session.stepCount);
    this.playhead.load(this.session.compiled, wanted.ok ? wanted.value : fallback);
  }

  /** Rebuilds the session when the language changed (the element's or the page's), keeping the step. */
  private applyLocale(): void {
    const locale = this.locale;
    if (this.session.options.locale === locale) return;
    this.session = this.session.with({ locale });
    this.loadPlayhead(this.goodStep);
    if (this.baseline) this.baseline = this.session.with({ drug: undefined });
  }

  /** Compare mode needs the untreated run beside the treated one. */
  private updateBaseline(): void {
    const wanted = this.compare && this.goodDrug !== 'none';
    if (!wanted) {
      this.baseline = undefined;
      return;
    }
    if (this.baseline?.scene.id !== this.session.scene.id || this.baseline.options.locale !== this.session.options.locale) {
      this.baseline = this.session.with({ drug: undefined });
    }
    this.syncBaseline(this.playhead.time);
  }

  /** Keeps the untreated run on the same step, at the same point within the step, as the treated one. */
  private syncBaseline(time: number): void {
    const baseline = this.baseline;
    if (!baseline) return;
    const main = this.session.compiled;
    const index = stepAtTime(main, time) - 1;
    const start = main.stepStarts[index]!;
    const progress = (time - start) / Math.max(1e-9, main.stepEnds[index]! - start);
    const other = baseline.compiled;
    const otherStart = other.stepStarts[index] ?? 0;
    const otherEnd = other.stepEnds[index] ?? other.duration;
    other.timeline.time(otherStart + Math.min(1, Math.max(0, progress)) * (otherEnd - otherStart), true);
  }

  /** Creates, re-targets or drops drawing surfaces so that each view on stage has one. */
  private syncSurfaces(): void {
    if (this.textMode) return;
    const root = this.renderRoot as ShadowRoot;
    const boxes = [...root.querySelectorAll<HTMLElement>('.view')];
    const present = new Set<ViewName>();
    let changedViews = false;
    for (const box of boxes) {
      const name = box.dataset.view as ViewName;
      const canvas = box.querySelector('canvas')!;
      present.add(name);
      const existing = this.surfaces.get(name);
      if (existing?.canvas === canvas) continue;
      existing?.surface.dispose();
      const surface = new StageSurface(canvas, (error) => {
        console.error('[jak-stat-explorer] could not start the renderer; showing the steps as text:', error);
        this.detachSurfaces();
        this.textMode = true;
      });
      surface.setVisible(this.onScreen && document.visibilityState !== 'hidden');
      this.surfaces.set(name, { surface, canvas });
      changedViews = true;
    }
    for (const [name, { surface }] of this.surfaces) {
      if (!present.has(name)) {
        surface.dispose();
        this.surfaces.delete(name);
        changedViews = true;
      }
    }
    this.showSessions();
    if (!changedViews && this.resizeObserver) return;
    this.resizeObserver ??= new ResizeObserver(() => this.resizeSurfaces());
    this.resizeObserver.disconnect();
    for (const box of boxes) this.resizeObserver.observe(box);
    this.resizeSurfaces();
  }

  private shownPlans = new WeakMap<StageSurface, unknown>();

  /** Gives each surface the plan it must draw, when that changed. */
  private showSessions(): void {
    const { cell } = this.session.scene;
    const t = this.t;
    const backdrop = { ...t.backdrop, cellKind: cell.kind, cellLabel: cell.label, detailLabel: t.cellDetail[cell.kind] };
    for (const [name, { surface }] of this.surfaces) {
      const session = name === 'baseline' ? this.baseline : this.session;
      if (!session || this.shownPlans.get(surface) === session.plan) continue;
      this.shownPlans.set(surface, session.plan);
      surface.show(session.plan, session.frame, backdrop);
    }
  }

  private resizeSurfaces(): void {
    const resolution = Math.min(window.devicePixelRatio || 1, 2);
    for (const { surface, canvas } of this.surfaces.values()) {
      const box = canvas.parentElement!.getBoundingClientRect();
      surface.resize(box.width, box.height, resolution);
    }
  }

  private detachSurfaces(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    for (const { surface } of this.surfaces.values()) surface.dispose();
    this.surfaces.clear();
  }

  /**
   * Resolves when every view's renderer is ready (for tests and tools waiting for the first frame).
   * @internal
   */
  get rendererReady(): Promise<void> {
    return Promise.all([...this.surfaces.values()].map(({ surface }) => surface.ready)).then(() => undefined);
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`[jak-stat-explorer] ${message}`);
  }

  private emit<T>(type: string, detail?: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
