import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef } from 'lit/directives/ref.js';
import { drugDataById } from '../../../scenes/drugs';
import { drugTextById } from '../../i18n/localize-content';
import type { Clock } from '../../timeline/playhead';
import { readingSeconds } from '../../timeline/reading-time';
import { countFramesDrawn } from '../../view/stage-surface';
import type { UiStrings } from '../../i18n/locales/en';
import { checkStep } from '../attribute-values';
import { AttributeGuard } from '../controllers/attribute-guard';
import { ExportController } from '../controllers/export-controller';
import type { ExportClipOptions, ExportedClip, ExportImageOptions } from '../export/export-context';
import { KeyboardController } from '../controllers/keyboard-controller';
import { LanguageController } from '../controllers/language-controller';
import { PlaybackController } from '../controllers/playback-controller';
import { PresenterController } from '../controllers/presenter-controller';
import { QuizGate } from '../controllers/quiz-gate';
import { SessionController, type SessionInputs } from '../controllers/session-controller';
import { SpeechController } from '../controllers/speech-controller';
import { StageController } from '../controllers/stage-controller';
import { StepRequest } from '../controllers/step-request';
import { StepRange, type StepRangeValue } from '../controllers/step-range';
import { createWarnOnce } from '../controllers/warn-once';
import { checkpointFor } from './checkpoint-steps';
import { drugOptionLabel } from './drug-panels';
import { fire, type SceneErrorDetail } from './events';
import { EXPLORER_INPUTS, type ExplorerInputs } from './explorer-inputs';
import { GlossaryFocus } from './glossary-text';
import { syncSeekBar } from './seek-bar';
import { explorerStyles } from './explorer-styles';
import { explorerParts, explorerTemplate } from './templates/explorer-template';

export type { CheckpointDetail, DrugChangeDetail, ExportProgressDetail, SceneErrorDetail, StepChangeDetail } from './events';
export type { ExportClipOptions, ExportedClip, ExportImageOptions } from '../export/export-context';
/**
 * An animated, narrated walk through JAK-STAT signalling, one step at a time.
 *
 * @summary Step-by-step animation of a cytokine switching on JAK-STAT signalling.
 *
 * @event step-change - The shown step number changed. `detail`: `{ step, stepCount, id, title }`.
 * @event play - Playback started.
 * @event pause - Playback stopped (by the user, a step command, a checkpoint or the end).
 * @event ended - Play reached the end of the last step.
 * @event checkpoint - A checkpoint question was answered (quiz mode). `detail`: `{ questionId, correct }`.
 * @event drug-change - The drug, exposure or compare mode changed. `detail`: `{ drug, exposure, compare }`.
 * @event scene-error - A scene id or scene data was refused; the previous scene stays. `detail`: `{ scene, message, issues }`.
 * @event export-progress - `exportClip()` encoded another frame. `detail`: `{ done, total }` (frames).
 *
 * @csspart stage - The animation area (canvas).
 * @csspart narration - Step counter, title, text, simplification note and sources.
 * @csspart controls - Previous, play/pause, next, restart, the progress bar, and the motion, whole-cell, read-aloud,
 *   presenter, shortcuts and save (picture, clip or handout) buttons.
 * @csspart dose-response - With a drug: the dose-response plot (JAK occupancy and signal by exposure), its notes and data table.
 * @csspart atp-inset - At JAK activation: the close-up of a JAK's ATP pocket (ATP docking, or the drug in the pocket).
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
  static override styles = explorerStyles;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  private readonly warn = createWarnOnce();
  private readonly inputs = new AttributeGuard<ExplorerInputs>(this, EXPLORER_INPUTS, this.warn);
  private readonly stepRequest = new StepRequest((reason) => this.inputs.refuse('step', reason));
  private readonly stepRange = new StepRange((end, reason) => this.inputs.refuse(end, reason), this.warn);
  /** The step last reported by `step-change` (and below, its scene). */
  private shownStep = 1;
  private readonly language = new LanguageController(this);
  private readonly sessions = new SessionController(this.sessionInputs(), (detail) => this.reportError(detail), () => this.inputs.restore('scene'));
  private shownScene = this.sessions.main.scene.id;
  private readonly quizGate = new QuizGate(this, {
    isEnabled: () => this.quiz,
    checkpointAt: (step) => checkpointFor(this.sessions.main, step),
    moveOn: () => this.next(),
  });
  private readonly stage = new StageController(this);
  private readonly seekRef = createRef<HTMLInputElement>();
  private readonly playback: PlaybackController = new PlaybackController(this, this.sessions.main.compiled, {
    onTime: (time) => this.onTime(time),
    onStep: (step) => this.onStep(step),
    holdFor: (index) => readingSeconds(this.sessions.main.plan.steps[index]?.text ?? ''),
    instant: this.reducedMotion,
  }, this.quizGate);
  private readonly presenterMode = new PresenterController(this);
  private readonly speech = new SpeechController(this);
  private readonly glossary = new GlossaryFocus(() => this.requestUpdate());
  private readonly parts = explorerParts(this);
  private readonly exporter = new ExportController(this, () => ({ session: this.sessions.main, step: this.playback.step, host: this, t: this.t, range: this.range, handout: this.handout, wholeCell: this.wholeCell }),
    this.warn, (message) => { this.errorMessage = message; });
  @state() private errorMessage: string | undefined;
  @state() private shortcutsOpen = false;
  /** What the live region says: the step reached, its title and narration (announced politely). */
  @state() private announcement = '';
  /** Under reduced motion, a step change cross-fades the picture instead of moving anything. */
  @state() private fadeClass = '';

  protected readonly keyboard = new KeyboardController(this, {
    ...this.playback.commands,
    toggleShortcuts: () => { this.shortcutsOpen = !this.shortcutsOpen; },
    togglePresenter: () => { this.presenter = !this.presenter; },
    toggleWholeCell: () => { this.wholeCell = !this.wholeCell; },
    escape: () => { if (this.shortcutsOpen) this.shortcutsOpen = false; else this.presenter = false; },
  });

  /** Scene id: `il13` (default). Unknown ids fire `scene-error` and keep the current scene. */
  @property({ reflect: true }) get scene(): string { return this.sessions.sceneId; }
  set scene(value: string) { this.sessions.askScene(value); }

  /** The shown step, 1-based ("Step 3 of 12"). Out-of-range values are refused with a warning. */
  @property({ reflect: true }) get step(): number { return this.stepRequest.pending ?? this.playback.step; }
  set step(value: number) { this.stepRequest.ask(value); this.requestUpdate(); }

  /**
   * First step of the step range (1-based; default 1): Play, Next, Previous, Home/End, the progress bar and `step`
   * keep to steps `from`..`to`, like an animation player's segment. The step counter still counts the whole scene.
   * A bad value (outside 1..stepCount, or after `to`) is refused with a warning; a scene with fewer steps cuts
   * the range to its last step, or drops it when `from` is past that.
   */
  @property({ reflect: true }) get from(): number | undefined { return this.stepRange.get('from'); }
  set from(value: number | undefined) { this.stepRange.ask('from', value); this.requestUpdate(); }

  /** Last step of the step range (1-based; default the scene's last step). See `from`. */
  @property({ reflect: true }) get to(): number | undefined { return this.stepRange.get('to'); }
  set to(value: number | undefined) { this.stepRange.ask('to', value); this.requestUpdate(); }

  /** Start playing as soon as the element is on the page. */
  @property({ type: Boolean, reflect: true }) get autoplay(): boolean { return this.inputs.get('autoplay'); }
  set autoplay(value: boolean) { this.inputs.set('autoplay', value); }

  /** Playback speed, 0.25–4 (1 = normal). */
  @property({ reflect: true }) get speed(): number { return this.inputs.get('speed'); }
  set speed(value: number) { if (this.inputs.set('speed', value)) this.playback.playhead.speed = this.speed; }

  /** JAK inhibitor shown: `none` (default), `abrocitinib`, `upadacitinib` or `ruxolitinib`. */
  @property({ reflect: true }) get drug(): string { return this.inputs.get('drug'); }
  set drug(value: string) { this.inputs.set('drug', value); }

  /** Drug exposure as a multiple of the drug's own JAK1 IC50 (0.1–1000; default 10). */
  @property({ reflect: true }) get exposure(): number { return this.inputs.get('exposure'); }
  set exposure(value: number) { this.inputs.set('exposure', value); }

  /** Show the run without a drug beside the treated one, stepping together (with a drug chosen). */
  @property({ type: Boolean, reflect: true }) get compare(): boolean { return this.inputs.get('compare'); }
  set compare(value: boolean) { this.inputs.set('compare', value); }

  /**
   * Replace movement with short cross-fades between step end states. On by default where the system asks for
   * reduced motion; the motion button toggles it.
   */
  @property({ type: Boolean, reflect: true, attribute: 'reduced-motion' }) get reducedMotion(): boolean { return this.inputs.get('reducedMotion'); }
  set reducedMotion(value: boolean) { this.inputs.set('reducedMotion', value); this.playback.playhead.instant = this.reducedMotion; }

  /** Presenter mode: full screen, large narration and stage labels (at least 20 px), minimal chrome (button or F; Escape leaves). */
  @property({ type: Boolean, reflect: true }) get presenter(): boolean { return this.inputs.get('presenter'); }
  set presenter(value: boolean) { this.inputs.set('presenter', value); }

  /** Show the whole cell instead of zooming to each step's focus (the whole-cell button or W). */
  @property({ type: Boolean, reflect: true, attribute: 'whole-cell' }) get wholeCell(): boolean { return this.inputs.get('wholeCell'); }
  set wholeCell(value: boolean) { this.inputs.set('wholeCell', value); }

  /**
   * Checkpoints: pause at the end of chosen steps with a "what happens next?" question; each answer fires
   * `checkpoint` with the question id and whether it was right (nothing about the learner).
   */
  @property({ type: Boolean, reflect: true }) get quiz(): boolean { return this.inputs.get('quiz'); }
  set quiz(value: boolean) { this.inputs.set('quiz', value); }

  /** Speak each step's narration (Web Speech API) as it is shown, and keep speaking while playing. */
  @property({ type: Boolean, reflect: true, attribute: 'read-aloud' }) get readAloud(): boolean { return this.inputs.get('readAloud'); }
  set readAloud(value: boolean) { this.inputs.set('readAloud', value); }

  /** The widget's language (BCP 47); defaults to the page's language. Unsupported languages fall back to English. */
  @property({ reflect: true }) override get lang(): string { return this.inputs.get('lang'); }
  override set lang(value: string) { this.inputs.set('lang', value); }
  /**
   * The address of a printable handout page (`handout.html` of the app build): the export menu then links to the
   * handout of the view shown. Relative or http(s) addresses only.
   */
  @property({ reflect: true }) get handout(): string { return this.inputs.get('handout'); }
  set handout(value: string) { this.inputs.set('handout', value); }
  /** Number of steps in the current scene. */
  get stepCount(): number { return this.sessions.main.stepCount; }

  /** The step range in force, 1-based and inclusive: `{ from, to }` (the whole scene without `from`/`to`). */
  get range(): StepRangeValue { const { first, last } = this.playback.span; return { from: first, to: last }; }

  /** The current scene's steps: id, title and narration text each (the text as shown, drug included). */
  get steps(): { id: string; title: string; text: string }[] {
    return this.sessions.main.plan.steps.map(({ id, title, text }) => ({ id, title, text }));
  }

  /** Whether Play is running. */
  get playing(): boolean { return this.playback.playing; }

  /** Whether the stage is shown as text because no canvas can be drawn on this device. */
  get textOnly(): boolean { return this.stage.textMode; }

  /** Runs on through the remaining steps (in quiz mode, stopping at each unanswered checkpoint). */
  play(): void { this.playback.commands.play(); }
  /** Stops playback, holding the step shown. */
  pause(): void { this.playback.commands.pause(); }

  /** Animates the following step and holds on its end state (in quiz mode, asks the step's checkpoint first). */
  next(): void { this.playback.commands.next(); }
  /** Jumps to the end state of the step before. */
  previous(): void { this.playback.commands.previous(); }

  /** Shows step n (1-based); values outside the scene or the step range (`from`/`to`) are refused with a warning. */
  goToStep(n: number): void {
    const checked = checkStep(n, this.stepCount, this.range);
    if (checked.ok) this.playback.playhead.goToStep(checked.value); else this.warn(checked.reason);
  }

  /** Back to the first step; keeps playing if it was. */
  restart(): void { this.playback.commands.restart(); }

  /**
   * A PNG of the step shown at its end state, drawn offscreen (the widget is not disturbed): 1280 × `scale`
   * pixels wide (`scale` 0.5–4, default 1), with a caption strip under it (`caption`, default true) giving the
   * step, title, scene, drug and exposure, and the step's sources. Rejects on bad options.
   */
  exportImage(options?: ExportImageOptions): Promise<Blob> { return this.exporter.run(this.exporter.image, (m, c) => m.exportImage(c, options)); }

  /**
   * A video of steps `from`–`to` (1-based, inclusive; default all), rendered frame by frame offscreen at `fps`
   * (default 30) and `width` (default 1280): MP4 (H.264), or WebM (VP9/VP8) where the browser cannot encode
   * H.264, with WebVTT captions of each step's narration in the widget's language. Fires `export-progress`;
   * aborting `signal` rejects with an AbortError. Rejects with a NotSupportedError where there is no WebCodecs
   * video encoder (and says so in the widget), and on bad options.
   */
  exportClip(options?: ExportClipOptions): Promise<ExportedClip> { return this.exporter.run(this.exporter.clip, (m, c) => m.exportClip(c, options)); }

  /** Loads scene data directly (for authors trying a scene); invalid data fires `scene-error` and returns false. */
  loadSceneData(data: unknown): boolean {
    if (!this.sessions.load(data, this.sessionInputs())) return false;
    this.sceneShown(true);
    return true;
  }

  /** The clock that moves the animation (GSAP's ticker by default; tests set a manual one). @internal */
  set clock(clock: Clock) { this.playback.clock = clock; }

  /** Frames drawn by every widget on the page since it loaded (diagnostics). @internal */
  static get framesDrawn(): number { return countFramesDrawn(); }

  /** Resolves when every view's renderer is ready (for tests and tools waiting for the first frame). @internal */
  get rendererReady(): Promise<void> { return this.stage.ready; }

  /** The labels each view shows now, as boxes in CSS px on its canvas (for tests and tools). @internal */
  labelBoxes() { return this.stage.labelBoxes(); }

  /** Resolves once rendered in its language (a language module may still be loading). */
  protected override async getUpdateComplete(): Promise<boolean> { await this.language.ready; return this.parts.settled(() => super.getUpdateComplete()); }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const change = this.sessions.sync(this.sessionInputs());
    if (change.drugSettings) fire(this, 'drug-change', { drug: this.drug, exposure: this.exposure, compare: this.compare });
    const range = this.stepRange.resolve(this.stepCount);
    this.playback.playhead.setRange(range.from, range.to);
    if (change.main) this.sceneShown(change.scene);
    else {
      const step = this.takeStep();
      if (step !== undefined) this.playback.playhead.goToStep(step);
    }
    this.playback.playhead.keepInRange();
    if (change.main || change.baseline) this.sessions.follow(this.playback.playhead.time);
    if (changed.has('readAloud')) this.speech.setEnabled(this.readAloud, this.sessions.main.plan.steps[this.playback.step - 1]!, this.locale.code);
    if (changed.has('presenter')) this.presenterMode.apply();
    if (changed.has('quiz')) this.quizGate.reset();
  }

  protected override updated(): void {
    this.stage.sync(this.renderRoot, this.sessions, this.t, { wholeCell: this.wholeCell, presenter: this.presenter });
  }

  protected override firstUpdated(): void {
    // Start after this first update has finished, so that playing state lands in an update of its own.
    if (this.autoplay) void this.updateComplete.then(() => { if (this.isConnected) this.play(); });
  }

  protected override render() {
    const { main, baseline } = this.sessions;
    return explorerTemplate({
      t: this.t, main, baseline, step: this.playback.step, time: this.playback.playhead.time, playing: this.playing,
      textMode: this.stage.textMode, fadeClass: this.fadeClass, announcement: this.announcement, errorMessage: this.errorMessage,
      shortcutsOpen: this.shortcutsOpen, reducedMotion: this.reducedMotion, presenter: this.presenter, wholeCell: this.wholeCell,
      readAloud: this.speech.available ? this.readAloud : undefined,
      glossary: this.glossary, asking: this.quizGate.asking, quizActions: this.quizGate.actions, seekRef: this.seekRef, parts: this.parts,
      span: this.playback.span,
      exportMenu: this.exporter,
      actions: {
        ...this.playback.commands,
        toggle: (mode) => { this[mode] = !this[mode]; },
        dismissError: () => { this.errorMessage = undefined; },
      },
      drug: {
        drug: this.drug, exposure: this.exposure, compare: this.compare,
        drugLabel: (id) => drugOptionLabel(drugDataById(id)!, drugTextById(this.locale.content, id)?.name),
        set: (change) => Object.assign(this, change),
      },
    });
  }

  private get locale() { return this.sessions.main.options.locale; }
  private get t(): UiStrings { return this.locale.ui; }

  private sessionInputs(): SessionInputs {
    return { drug: this.drug, exposure: this.exposure, compare: this.compare, locale: this.language.locale };
  }

  /** A new main session: show the step asked for, else the same number (another scene's step is a new step). */
  private sceneShown(newScene: boolean): void {
    const before = this.playback.step;
    const sceneBefore = this.shownScene;
    this.shownScene = this.sessions.main.scene.id;
    if (newScene) {
      this.quizGate.reset();
      this.errorMessage = undefined;
    }
    this.playback.playhead.load(this.sessions.main.compiled, this.takeStep() ?? before);
    if (this.shownScene !== sceneBefore && this.playback.step === before) this.onStep(before);
    this.requestUpdate(); // always: a loaded scene may keep the id it replaces (then 'scene' alone is no change)
    this.requestUpdate('scene', sceneBefore);
  }

  /** The step asked for by attribute or property, if it is in the scene and the step range. */
  private takeStep(): number | undefined { return this.stepRequest.take(this.stepCount, this.range.from, this.range.to); }

  private onTime(time: number): void {
    if (this.seekRef.value) syncSeekBar(this.seekRef.value, time);
    this.sessions.follow(time);
    this.stage.requestDraw();
  }

  private onStep(step: number): void {
    this.stepRequest.cancel();
    const previous = this.shownStep;
    this.shownStep = step;
    this.requestUpdate('step', previous);
    const shown = this.sessions.main.plan.steps[step - 1]!;
    this.announcement = `${this.t.ui.stepOf(step, this.stepCount)}: ${shown.title}. ${shown.text}`;
    this.glossary.clear();
    this.quizGate.stepShown(step);
    this.speech.stepShown(shown, this.locale.code);
    if (this.reducedMotion) this.fadeClass = this.fadeClass === 'fade-a' ? 'fade-b' : 'fade-a';
    fire(this, 'step-change', { step, stepCount: this.stepCount, id: shown.id, title: shown.title });
  }

  private reportError(detail: SceneErrorDetail): void {
    this.warn(detail.message);
    this.errorMessage = this.t.ui.sceneRefused(detail.message);
    fire(this, 'scene-error', detail);
  }
}
