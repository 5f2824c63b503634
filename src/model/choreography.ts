/**
 * Records the movements (beats) of one step while keeping the current state of every actor, so each beat
 * knows exactly where it starts. Timelines built from beats are therefore deterministic to seek.
 */
import { freezeFrame, type ActorState, type FrameState } from './actor';

/** GSAP ease names used by the model (plain strings: the model does not import GSAP). */
export type EaseName = 'power1.inOut' | 'power2.inOut' | 'power2.out' | 'power2.in' | 'back.out(1.4)' | 'sine.inOut' | 'none';

/** One movement of one actor within a step; times in seconds from the step's start. */
export interface Beat {
  readonly actor: string;
  readonly from: Readonly<Partial<ActorState>>;
  readonly to: Readonly<Partial<ActorState>>;
  readonly at: number;
  readonly duration: number;
  readonly ease: EaseName;
}

/** Options for a single movement. */
export interface MoveOptions {
  /** Start, in seconds from the step's start. */
  readonly at: number;
  readonly duration: number;
  readonly ease?: EaseName;
}

/** An actor's state in a frame, never a member of Object.prototype (an actor may be called "constructor"). */
function ownState(frame: FrameState, actor: string): ActorState | undefined {
  return Object.hasOwn(frame, actor) ? frame[actor] : undefined;
}

/**
 * Copy on write: a step starts with the states of the frame it is given, shared, and copies an actor's state
 * only when it first moves that actor. Its snapshot therefore shares every unmoved state with the frame before.
 */
export class Choreography {
  readonly beats: Beat[] = [];
  private readonly frame: FrameState;
  /** Actors whose state this choreography has copied and may write. */
  private readonly own = new Set<string>();
  private end = 0;

  constructor(start: FrameState) {
    this.frame = { ...start };
  }

  /**
   * The current state of an actor (after every beat recorded so far). Read the fields you need at once: a later
   * move may replace the object rather than change it.
   */
  state(actor: string): Readonly<ActorState> {
    const state = ownState(this.frame, actor);
    if (!state) throw new Error(`No actor "${actor}" on stage`);
    return state;
  }

  /** Moves an actor's fields to new values; fields already at their target are left out of the beat. */
  move(actor: string, to: Partial<ActorState>, options: MoveOptions): void {
    const current = ownState(this.frame, actor);
    if (!current) throw new Error(`No actor "${actor}" on stage`);
    const from: Partial<ActorState> = {};
    const changed: Partial<ActorState> = {};
    for (const key of Object.keys(to) as (keyof ActorState)[]) {
      const target = to[key];
      if (target === undefined || target === current[key]) continue;
      from[key] = current[key];
      changed[key] = target;
    }
    if (Object.keys(changed).length === 0) return;
    this.beats.push({ actor, from, to: changed, at: options.at, duration: options.duration, ease: options.ease ?? 'power2.inOut' });
    if (!this.own.has(actor)) {
      this.frame[actor] = { ...current, ...changed };
      this.own.add(actor);
    } else {
      Object.assign(current, changed);
    }
    this.end = Math.max(this.end, options.at + options.duration);
  }

  /** When the last recorded beat ends, in seconds from the step's start. */
  get duration(): number {
    return this.end;
  }

  /**
   * Every actor's state after all beats, frozen: unmoved actors keep the very state objects of the start
   * frame. Later moves copy again, so the snapshot never changes.
   */
  snapshot(): FrameState {
    this.own.clear();
    return freezeFrame({ ...this.frame });
  }
}
