import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DEFAULT_SCENE_ID, SCENES } from '../../../scenes';
import { SceneValidationError } from '../../model/load-scene';
import { getSource } from '../../model/sources';
import { createGsapClock } from '../../timeline/gsap-clock';
import { Playhead } from '../../timeline/playhead';
import { readingSeconds } from '../../timeline/reading-time';
import { checkSceneId, checkSpeed, checkStep } from '../attribute-values';
import { SceneSession } from '../scene-session';
import { StageSurface } from '../stage-surface';
import { BACKDROP_TEXT, UI_TEXT } from '../strings';
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

/** Detail of the `scene-error` event. */
export interface SceneErrorDetail {
  /** The scene id or data that was refused. */
  scene: string;
  message: string;
  /** Field-level problems, when the scene data itself was invalid. */
  issues: readonly { path: string; message: string }[];
}

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
 * @event scene-error - A scene id or scene data was refused; the previous scene stays. `detail`: `{ scene, message, issues }`.
 *
 * @csspart stage - The animation area (canvas).
 * @csspart narration - Step counter, title, text, simplification note and sources.
 * @csspart controls - Previous, play/pause, next, restart and the progress bar.
 *
 * @cssproperty --jse-font - Font family of the narration and controls.
 * @cssproperty --jse-fg - Text colour.
 * @cssproperty --jse-bg - Panel background.
 * @cssproperty --jse-accent - Buttons, progress bar and focus ring.
 * @cssproperty --jse-accent-fg - Text on the accent colour.
 * @cssproperty --jse-muted - Secondary text.
 * @cssproperty --jse-border - Borders and dividers.
 * @cssproperty --jse-radius - Corner radius.
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

  @state() private session: SceneSession;
  @state() private isPlaying = false;
  @state() private time = 0;
  @state() private errorMessage: string | undefined;

  @query('canvas') private canvas!: HTMLCanvasElement;
  @query('.stage') private stageBox!: HTMLElement;

  private readonly playhead: Playhead;
  private surface: StageSurface | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private readonly warned = new Set<string>();
  private goodStep = 1;
  private goodSpeed = 1;
  private goodScene = DEFAULT_SCENE_ID;

  constructor() {
    super();
    this.session = new SceneSession(SCENES[DEFAULT_SCENE_ID]);
    this.playhead = new Playhead(this.session.compiled, createGsapClock(), {
      onTime: (time) => {
        this.time = time;
        this.surface?.requestDraw();
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
    }, (index) => readingSeconds(this.session.plan.steps[index]?.text ?? ''));
    this.playhead.goToStep(1);
    this.addEventListener('keydown', this.onKeyDown);
  }

  /** Number of steps in the current scene. */
  get stepCount(): number {
    return this.session.stepCount;
  }

  /** The current scene's steps: id and title each. */
  get steps(): { id: string; title: string }[] {
    return this.session.plan.steps.map(({ id, title }) => ({ id, title }));
  }

  /** Whether Play is running. */
  get playing(): boolean {
    return this.playhead.playing;
  }

  /** Runs on through the remaining steps. */
  play(): void {
    this.playhead.play();
  }

  pause(): void {
    this.playhead.pause();
  }

  /** Animates the following step and holds on its end state. */
  next(): void {
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
    if (this.hasUpdated) this.attachSurface();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.playhead.pause();
    this.detachSurface();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scene')) this.applyScene();
    if (changed.has('speed')) this.applySpeed();
    if (changed.has('step') && Number(this.step) !== this.playhead.step) this.applyStep();
  }

  protected override firstUpdated(): void {
    this.attachSurface();
    // Start after this first update has finished, so that playing state lands in an update of its own.
    if (this.autoplay) void this.updateComplete.then(() => { if (this.isConnected) this.playhead.play(); });
  }

  protected override render() {
    const steps = this.session.plan.steps;
    const current = steps[this.playhead.step - 1]!;
    const count = steps.length;
    const duration = this.playhead.duration;
    return html`
      <div class="stage" part="stage" tabindex="0" role="img" aria-label=${`${this.session.scene.title}. ${UI_TEXT.stepOf(this.playhead.step, count)}: ${current.title}`}>
        <canvas aria-hidden="true"></canvas>
        ${this.errorMessage
          ? html`<div class="error" role="alert">
              <p>${this.errorMessage}</p>
              <button type="button" class="dismiss" @click=${() => { this.errorMessage = undefined; }}>${UI_TEXT.dismiss}</button>
            </div>`
          : nothing}
      </div>
      <div class="panel">
        <section class="narration" part="narration" aria-live="polite">
          <p class="counter">${UI_TEXT.stepOf(this.playhead.step, count)}</p>
          <h2 class="title">${current.title}</h2>
          <p class="text">${current.text}</p>
          ${current.simplified ? html`<p class="simplified"><span class="tag">${UI_TEXT.simplified}</span> ${current.simplified}</p>` : nothing}
          <details class="sources">
            <summary>${UI_TEXT.sources} (${current.sources.length})</summary>
            <ul>
              ${current.sources.map((id) => html`<li>${this.renderSource(id)}</li>`)}
            </ul>
          </details>
        </section>
        <div class="controls" part="controls" role="group" aria-label=${UI_TEXT.controls}>
          <button type="button" class="previous" aria-label=${UI_TEXT.previous} title=${UI_TEXT.previous}
            ?disabled=${this.playhead.step <= 1 && !this.isPlaying} @click=${() => this.previous()}>${icons.previous}</button>
          <button type="button" class="play" aria-label=${this.isPlaying ? UI_TEXT.pause : UI_TEXT.play} title=${this.isPlaying ? UI_TEXT.pause : UI_TEXT.play}
            @click=${() => this.togglePlay()}>${this.isPlaying ? icons.pause : icons.play}</button>
          <button type="button" class="next" aria-label=${UI_TEXT.next} title=${UI_TEXT.next}
            ?disabled=${this.playhead.step >= count} @click=${() => this.next()}>${icons.next}</button>
          <button type="button" class="restart" aria-label=${UI_TEXT.restart} title=${UI_TEXT.restart}
            @click=${() => this.restart()}>${icons.restart}</button>
          <div class="progress">
            <svg class="ticks" aria-hidden="true">
              ${this.session.compiled.stepEnds.slice(0, -1).map((end) => svg`<rect x=${`${(end / duration) * 100}%`} y="16" width="2" height="12" rx="1"></rect>`)}
            </svg>
            <input type="range" class="seek" min="0" max=${duration} step="0.01" .value=${String(this.time)}
              aria-label=${UI_TEXT.progress} aria-valuetext=${UI_TEXT.stepOf(this.playhead.step, count)}
              @input=${(event: Event) => this.playhead.seekTime(Number((event.target as HTMLInputElement).value))} />
          </div>
          <span class="count" aria-hidden="true">${UI_TEXT.stepOf(this.playhead.step, count)}</span>
        </div>
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
    else this.playhead.play();
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
      Home: () => this.playhead.goToStep(1),
      End: () => this.playhead.goToStep(this.stepCount),
    };
    const command = commands[event.key];
    if (!command) return;
    // Native behaviour wins where a control has its own: the slider's arrows and Home/End, a button's Space.
    if (onSlider && event.key !== ' ') return;
    if (onButton && event.key === ' ') return;
    event.preventDefault();
    command();
  };

  private onStepChange(step: number): void {
    this.goodStep = step;
    this.step = step;
    const plan = this.session.plan.steps[step - 1]!;
    this.emit<StepChangeDetail>('step-change', { step, stepCount: this.stepCount, id: plan.id, title: plan.title });
  }

  private applyStep(): void {
    const checked = checkStep(this.step, this.stepCount);
    if (checked.ok) {
      this.playhead.goToStep(checked.value);
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
      session = new SceneSession(data);
    } catch (error) {
      const issues = error instanceof SceneValidationError ? error.issues : [];
      this.refuseScene(id, error instanceof Error ? error.message : String(error), issues);
      return false;
    }
    this.session = session;
    this.goodScene = session.scene.id;
    this.scene = session.scene.id;
    this.errorMessage = undefined;
    const wanted = checkStep(this.step, session.stepCount);
    this.playhead.load(session.compiled, wanted.ok ? wanted.value : 1);
    this.showSessionOnSurface();
    return true;
  }

  private refuseScene(scene: string, message: string, issues: readonly { path: string; message: string }[]): void {
    this.warnOnce(message);
    this.errorMessage = UI_TEXT.sceneRefused(message);
    this.scene = this.goodScene;
    this.emit<SceneErrorDetail>('scene-error', { scene, message, issues });
  }

  private attachSurface(): void {
    if (this.surface || !this.canvas) return;
    this.surface = new StageSurface(this.canvas, (error) => {
      this.errorMessage = UI_TEXT.noGraphics;
      console.error('[jak-stat-explorer] could not start the renderer:', error);
    });
    this.showSessionOnSurface();
    this.resizeObserver = new ResizeObserver(() => this.resizeSurface());
    this.resizeObserver.observe(this.stageBox);
    this.resizeSurface();
  }

  private showSessionOnSurface(): void {
    this.surface?.show(this.session.plan, this.session.frame, { ...BACKDROP_TEXT, cellLabel: this.session.scene.cell.label });
  }

  private resizeSurface(): void {
    const box = this.stageBox.getBoundingClientRect();
    this.surface?.resize(box.width, box.height, Math.min(window.devicePixelRatio || 1, 2));
  }

  private detachSurface(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.surface?.dispose();
    this.surface = undefined;
  }

  /** The stage surface, for tests and tools that need to wait for the first frame. */
  get rendererReady(): Promise<void> {
    return this.surface?.ready ?? Promise.resolve();
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
