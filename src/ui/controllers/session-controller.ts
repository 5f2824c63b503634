/**
 * The session controller: the one place where the main run (and, in compare mode, the untreated run beside
 * it) is derived from the inputs: scene, drug, exposure, compare and language. Every failure, a bad scene id
 * included, becomes a `scene-error` report during an update, and the last good session stays on stage, so
 * nothing a user or author does can throw out of an update.
 */
import { DEFAULT_SCENE_ID, SCENES, sceneDataById } from '../../../scenes';
import { drugDataById } from '../../../scenes/drugs';
import { SceneValidationError } from '../../model/load-scene';
import type { Locale } from '../../i18n/locale';
import { SceneSession, type SceneSource } from '../../session/scene-session';
import { followTimeline } from '../../timeline/follow-timeline';
import { checkSceneId } from '../attribute-values';
import type { SceneErrorDetail } from '../jak-stat-explorer/events';

/** What the sessions are derived from, besides the scene asked for. */
export interface SessionInputs {
  /** A drug id (`none` for none); ids are checked before they get here. */
  readonly drug: string;
  readonly exposure: number;
  readonly compare: boolean;
  readonly locale: Locale;
}

/** What a sync changed. */
export interface SessionChange {
  /** Another scene is on stage. */
  readonly scene: boolean;
  /** The main session is new (same scene with another drug, exposure or language, or a new scene). */
  readonly main: boolean;
  /** The compare view appeared, went or was rebuilt. */
  readonly baseline: boolean;
  /** The drug, exposure or compare setting differs from the last sync (what `drug-change` reports). */
  readonly drugSettings?: boolean;
}

const NO_CHANGE: SessionChange = { scene: false, main: false, baseline: false };

export class SessionController {
  main: SceneSession;
  /** The same scene without a drug, shown beside the main run in compare mode. */
  baseline: SceneSession | undefined;
  /** A registered scene asked for and not yet built. */
  private askedScene: string | undefined;
  /** The options the main session was last built (or refused) for, to build each combination once. */
  private lastKey: string;
  private readonly refused: SceneErrorDetail[] = [];
  private lastSettings: string;

  constructor(
    initial: SessionInputs,
    private readonly report: (detail: SceneErrorDetail) => void,
    /** A scene id was refused: put the shown one back on the attribute. */
    private readonly onRefused: () => void,
  ) {
    this.main = new SceneSession({ kind: 'registered', data: sceneDataById(DEFAULT_SCENE_ID)! }, optionsOf(initial));
    this.lastKey = keyOf(initial);
    this.lastSettings = settingsOf(initial);
  }

  /** The scene shown, or the one asked for until it is built. */
  get sceneId(): string {
    return this.askedScene ?? this.main.scene.id;
  }

  /** Asks for a registered scene by id (null or undefined: the default one). Unknown ids are reported. */
  askScene(value: unknown): void {
    const checked = checkSceneId(value ?? DEFAULT_SCENE_ID, Object.keys(SCENES));
    if (!checked.ok) {
      this.refused.push({ scene: typeof value === 'string' ? value : typeof value, message: checked.reason, issues: [] });
      this.onRefused();
      return;
    }
    // Asking for the scene shown changes nothing, unless author data is shown under that id.
    const same = checked.value === this.main.scene.id && this.main.source.kind === 'registered';
    this.askedScene = same ? undefined : checked.value;
  }

  /** Brings the sessions in line with the inputs, reporting what failed since the last sync. */
  sync(inputs: SessionInputs): SessionChange {
    const settings = settingsOf(inputs);
    const drugSettings = settings !== this.lastSettings;
    this.lastSettings = settings;
    return { ...this.rebuild(inputs), drugSettings };
  }

  private rebuild(inputs: SessionInputs): SessionChange {
    for (const detail of this.refused.splice(0)) this.report(detail);
    const key = keyOf(inputs);
    const asked = this.askedScene;
    if (key === this.lastKey && asked === undefined) return this.syncBaseline(inputs, false);
    this.lastKey = key;
    this.askedScene = undefined;
    const source: SceneSource = asked !== undefined
      ? { kind: 'registered', data: sceneDataById(asked)! }
      : this.main.source;
    const built = this.build(source, inputs, asked ?? this.main.scene.id);
    if (!built) {
      if (asked !== undefined) this.onRefused();
      return this.syncBaseline(inputs, false);
    }
    this.replaceMain(built);
    return { ...this.syncBaseline(inputs, true), scene: asked !== undefined, main: true };
  }

  /**
   * Loads an author's scene data with the current drug, exposure and language. Returns false (after reporting
   * why) when it is refused; the current scene stays.
   */
  load(data: unknown, inputs: SessionInputs): boolean {
    const id = typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string'
      ? (data as { id: string }).id
      : '(data)';
    const built = this.build({ kind: 'loaded', data }, inputs, id);
    if (!built) return false;
    this.replaceMain(built);
    this.askedScene = undefined;
    this.lastKey = keyOf(inputs);
    this.syncBaseline(inputs, true);
    return true;
  }

  /** Keeps the untreated run on the same step, at the same point within it, as the main run at `time`. */
  follow(time: number): void {
    if (this.baseline) followTimeline(this.main.compiled, this.baseline.compiled, time);
  }

  /** Frees every timeline. */
  dispose(): void {
    this.main.dispose();
    this.baseline?.dispose();
    this.baseline = undefined;
  }

  private build(source: SceneSource, inputs: SessionInputs, id: string): SceneSession | undefined {
    try {
      return new SceneSession(source, optionsOf(inputs));
    } catch (error) {
      const issues = error instanceof SceneValidationError ? error.issues : [];
      this.report({ scene: id, message: error instanceof Error ? error.message : String(error), issues });
      return undefined;
    }
  }

  private replaceMain(session: SceneSession): void {
    this.main.dispose();
    this.main = session;
  }

  /** Compare mode needs the untreated run of the main session. */
  private syncBaseline(inputs: SessionInputs, mainChanged: boolean): SessionChange {
    const wanted = inputs.compare && inputs.drug !== 'none';
    if (wanted === (this.baseline !== undefined) && !(wanted && mainChanged)) return mainChanged ? { ...NO_CHANGE, main: true } : NO_CHANGE;
    this.baseline?.dispose();
    this.baseline = undefined;
    if (wanted) {
      try {
        this.baseline = this.main.with({ drug: undefined });
      } catch (error) {
        // The main run built from the same data, so this cannot fail in practice; report it if it does.
        this.report({ scene: this.main.scene.id, message: error instanceof Error ? error.message : String(error), issues: [] });
      }
    }
    return { scene: false, main: mainChanged, baseline: true };
  }
}

function optionsOf(inputs: SessionInputs) {
  return { drug: drugDataById(inputs.drug), exposure: inputs.exposure, locale: inputs.locale };
}

function settingsOf(inputs: SessionInputs): string {
  return JSON.stringify([inputs.drug, inputs.exposure, inputs.compare]);
}

/** The options a main session depends on besides its scene. */
function keyOf(inputs: SessionInputs): string {
  return JSON.stringify([inputs.drug, inputs.exposure, inputs.locale.code]);
}
