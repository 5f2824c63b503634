/**
 * The playback controller: owns the playhead, the clock that moves it (GSAP's ticker, or a test's manual
 * clock) and the element's playback events. Its state is explicit: `idle`, `animating` (Next), `playing`
 * (moving or holding for reading) or `gated` (held by a quiz question until it is answered).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CompiledTimeline } from '../../timeline/build-timeline';
import { createGsapClock } from '../../timeline/gsap-clock';
import { Playhead, type Clock } from '../../timeline/playhead';
import { fire } from '../jak-stat-explorer/events';

/** What the playback is doing. */
export type PlaybackState = 'idle' | 'animating' | 'playing' | 'gated';

/** Asked before every advance past a step's end (Next, Play, autoplay, End, scrubbing forward). */
export interface AdvanceGate {
  /** Whether moving on from `step` (1-based) is allowed now. */
  mayLeave(step: number): boolean;
  /** Movement stopped at `step` because the gate said no: show why. */
  hold(step: number): void;
  /** Whether the gate is holding the playback now. */
  readonly holding: boolean;
}

/** What the element does when the playback moves. */
export interface PlaybackHooks {
  /** The time changed: draw. */
  onTime(time: number): void;
  /** The step number changed (never called with the same number twice in a row). */
  onStep(step: number): void;
  /** Seconds to hold on a step's end while playing, for reading (0-based index). */
  holdFor(index: number): number;
  /** Start with reduced motion (each step's end state shown at once). */
  readonly instant: boolean;
}

/** The steps playback keeps to (1-based, inclusive) and the time from the first's start to the last's end. */
export interface PlaybackSpan {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

type Host = ReactiveControllerHost & EventTarget;

export class PlaybackController implements ReactiveController {
  readonly playhead: Playhead;

  constructor(
    private readonly host: Host,
    compiled: CompiledTimeline,
    hooks: PlaybackHooks,
    private readonly gate: AdvanceGate,
  ) {
    host.addController(this);
    this.playhead = new Playhead(compiled, createGsapClock(), {
      onTime: hooks.onTime,
      onStepChange: (step) => {
        hooks.onStep(step);
        host.requestUpdate();
      },
      onPlay: () => {
        host.requestUpdate();
        fire(host, 'play');
      },
      onPause: () => {
        host.requestUpdate();
        fire(host, 'pause');
      },
      onEnded: () => fire(host, 'ended'),
      mayLeave: (step) => gate.mayLeave(step),
      onGated: (step) => {
        gate.hold(step);
        host.requestUpdate();
      },
    }, hooks.holdFor);
    this.playhead.instant = hooks.instant;
    // Start on step 1's end state, as every step is shown (its number is already 1: no step change).
    this.playhead.goToStep(1);
  }

  /** The clock that moves the animation (tests swap in a manual one). */
  set clock(clock: Clock) {
    this.playhead.setClock(clock);
  }

  get state(): PlaybackState {
    if (this.gate.holding) return 'gated';
    const state = this.playhead.state;
    return state === 'holding' ? 'playing' : state;
  }

  get step(): number {
    return this.playhead.step;
  }

  get playing(): boolean {
    return this.playhead.playing;
  }

  /** The step range in force and its time span: what the progress bar and the step buttons show. */
  get span(): PlaybackSpan {
    const { first, last } = this.playhead.range;
    return { first, last, start: this.playhead.rangeStart, end: this.playhead.rangeEnd };
  }

  /** The commands behind the buttons and keys. */
  readonly commands = {
    play: () => this.playhead.play(),
    pause: () => this.playhead.pause(),
    togglePlay: () => (this.playhead.playing ? this.playhead.pause() : this.playhead.play()),
    next: () => this.playhead.next(),
    previous: () => this.playhead.previous(),
    restart: () => this.playhead.restart(),
    // Home and End keep to the step range (`from`/`to`), like every other move.
    first: () => this.playhead.goToStep(this.playhead.range.first),
    // End is an advance like any other: it stops at a quiz question on the way.
    last: () => this.playhead.advanceTo(this.playhead.range.last),
    seek: (time: number) => this.playhead.seekTime(time),
  };

  hostDisconnected(): void {
    // A widget taken off the page stops on the end state of the step it showed; put back, it shows it, paused.
    if (this.playhead.state !== 'idle') this.playhead.goToStep(this.playhead.step);
  }
}
