/**
 * The playhead: which step is shown, and how time moves between step end states. It drives a compiled
 * timeline from a clock instead of letting GSAP run free, so that play, next, previous and scrubbing are all
 * "set the time", and the frame is always a pure function of that time.
 *
 * Step semantics (README, "Steps"): Next animates the following step and holds on its end state; Previous jumps to
 * the end state of the step before; scrubbing is continuous; Play runs on through the remaining steps,
 * pausing on each step's end long enough to read its narration.
 */
import { stepAtTime, type CompiledTimeline } from './build-timeline';

/** Something that calls back once per animation frame with the seconds elapsed since the last call. */
export interface Clock {
  add(tick: (deltaSeconds: number) => void): void;
  remove(tick: (deltaSeconds: number) => void): void;
}

/** What the playhead reports. Every callback is optional. */
export interface PlayheadListener {
  /** The timeline time changed: draw the frame. */
  onTime?(time: number): void;
  /** The shown step changed (1-based). Fired once per change, whatever caused it. */
  onStepChange?(step: number): void;
  onPlay?(): void;
  onPause?(): void;
  /** Play reached the end of the last step. */
  onEnded?(): void;
  /**
   * Asked before moving on from a step's end to the next step (Next, Play, scrubbing forward): false holds the
   * playhead on that step's end, paused, and reports `onGated`. Quiz mode uses it for its questions.
   */
  mayLeave?(step: number): boolean;
  /** Movement stopped at the end of `step` because `mayLeave` said no. */
  onGated?(step: number): void;
}

/**
 * What the playhead is doing: `idle` (showing a step's end or a scrubbed time), `animating` (Next running),
 * `playing` (Play moving through a step), `holding` (Play pausing on a step's end for reading).
 */
export type PlayheadState = 'idle' | 'animating' | 'playing' | 'holding';

/** Seconds to hold on each step's end while playing, before moving on (at speed 1). */
export type HoldSeconds = (stepIndex: number) => number;

export class Playhead {
  private compiled: CompiledTimeline;
  private clock: Clock;
  private readonly listener: PlayheadListener;
  private readonly holdFor: HoldSeconds;
  private currentTime = 0;
  private currentStep = 1;
  /** Where a running animation stops; undefined when idle. */
  private target: number | undefined;
  private holdLeft = 0;
  private isPlaying = false;
  private ticking = false;
  private rate = 1;
  /** The steps Play, Next, Previous, jumps and scrubbing keep to (1-based, inclusive); see `setRange`. */
  private rangeFirst = 1;
  private rangeLast = Number.POSITIVE_INFINITY;
  /**
   * Reduced motion: each step's end state is shown at once instead of being animated (the view cross-fades
   * instead). Play still holds on every step for reading.
   */
  instant = false;

  constructor(compiled: CompiledTimeline, clock: Clock, listener: PlayheadListener = {}, holdFor: HoldSeconds = () => 0) {
    this.compiled = compiled;
    this.clock = clock;
    this.listener = listener;
    this.holdFor = holdFor;
  }

  /** Swaps the clock that drives movement (tests use a manual one); a running animation moves over with it. */
  setClock(clock: Clock): void {
    if (clock === this.clock) return;
    if (this.ticking) {
      this.clock.remove(this.tick);
      clock.add(this.tick);
    }
    this.clock = clock;
  }

  /** Current time in seconds. */
  get time(): number {
    return this.currentTime;
  }

  /** Current step, 1-based. */
  get step(): number {
    return this.currentStep;
  }

  get stepCount(): number {
    return this.compiled.stepEnds.length;
  }

  get duration(): number {
    return this.compiled.duration;
  }

  /** Whether Play is running (through holds as well as movement). */
  get playing(): boolean {
    return this.isPlaying;
  }

  /** What the playhead is doing now. */
  get state(): PlayheadState {
    if (this.target === undefined) return 'idle';
    if (!this.isPlaying) return 'animating';
    return this.holdLeft > 0 ? 'holding' : 'playing';
  }

  /**
   * The steps the playhead keeps to, 1-based and inclusive, within the loaded timeline (a range asked for beyond
   * a shorter timeline is cut to its last step; one starting past it is the whole timeline).
   */
  get range(): { readonly first: number; readonly last: number } {
    const count = this.stepCount;
    if (this.rangeFirst > count) return { first: 1, last: count };
    return { first: this.rangeFirst, last: Math.min(this.rangeLast, count) };
  }

  /**
   * Limits every move to steps `first`..`last` (1-based, inclusive; an animation player's segment): Next stops at
   * `last`, Previous at `first`, Play runs from `first`'s start to `last`'s end and ends there, scrubbing and
   * jumps are clamped. Does not move the playhead: `keepInRange()` does. Callers check the numbers.
   */
  setRange(first: number, last: number): void {
    this.rangeFirst = Math.max(1, first);
    this.rangeLast = Math.max(this.rangeFirst, last);
  }

  /** Jumps to the nearest step of the range when the shown step is outside it. */
  keepInRange(): void {
    const { first, last } = this.range;
    if (this.currentStep < first || this.currentStep > last) this.goToStep(this.currentStep);
  }

  /** Time where the range starts: the start of its first step. */
  get rangeStart(): number {
    return this.compiled.stepStarts[this.range.first - 1]!;
  }

  /** Time where the range ends: the end of its last step. */
  get rangeEnd(): number {
    return this.compiled.stepEnds[this.range.last - 1]!;
  }

  /** Playback speed multiplier (> 0). */
  get speed(): number {
    return this.rate;
  }

  set speed(value: number) {
    if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`speed must be a positive number, got ${value}`);
    this.rate = value;
  }

  /**
   * Replaces the timeline (a new scene, drug or language), showing `step`'s end state. Reports a step change
   * only when the step number changes.
   */
  load(compiled: CompiledTimeline, step = 1): void {
    if (compiled !== this.compiled) this.compiled.timeline.kill();
    this.compiled = compiled;
    this.stopMotion();
    this.setPlaying(false);
    this.jumpTo(this.clampToRange(step));
  }

  /** Shows the end state of step n (1-based, clamped to the range) without animation. */
  goToStep(n: number): void {
    this.stopMotion();
    this.setPlaying(false);
    this.jumpTo(this.clampToRange(n));
  }

  /** Animates the following step and holds on its end state. At the range's last step, or at a gate, it stays. */
  next(): void {
    this.setPlaying(false);
    const from = this.currentStep;
    if (from >= this.range.last || !this.mayLeave(from)) {
      this.stopMotion();
      this.jumpTo(from);
      return;
    }
    // Finish the current step first so the next one always starts from a clean end state.
    this.seek(this.compiled.stepEnds[from - 1]!);
    this.setStep(from + 1);
    this.animateTo(this.compiled.stepEnds[from]!);
  }

  /** Jumps to the end state of the step before (at the range's first step, stays). */
  previous(): void {
    this.goToStep(this.currentStep - 1);
  }

  /** Scrubs to a time (seconds, clamped to the range); the step follows the time. Scrubbing forward stops at a gate. */
  seekTime(time: number): void {
    this.stopMotion();
    this.setPlaying(false);
    let t = Math.min(Math.max(this.rangeStart, time), this.rangeEnd);
    // The range's start time is its first step's start (the step before's end): that step is shown.
    const wanted = Math.max(stepAtTime(this.compiled, t), this.range.first);
    const allowed = this.furthestAllowed(wanted);
    if (allowed < wanted) t = this.compiled.stepEnds[allowed - 1]!;
    this.seek(t);
    this.setStep(allowed < wanted ? allowed : wanted);
  }

  /** Jumps forward to step n's end, stopping at the first gate on the way (End, PageDown past the last step). */
  advanceTo(n: number): void {
    const wanted = this.clampToRange(n);
    this.goToStep(wanted > this.currentStep ? this.furthestAllowed(wanted) : wanted);
  }

  /** Runs on through the remaining steps of the range. From its last step's end, starts again from its first step. */
  play(): void {
    if (this.isPlaying) return;
    this.setPlaying(true);
    const { first, last } = this.range;
    if (this.currentTime >= this.rangeEnd - 1e-9) {
      this.seek(this.rangeStart);
      this.setStep(first);
    } else if (this.target === undefined && this.currentTime >= this.compiled.stepEnds[this.currentStep - 1]! - 1e-9) {
      // Holding on a step's end: move on to the next step now, unless a gate holds it.
      if (!this.mayLeave(this.currentStep)) {
        this.setPlaying(false);
        return;
      }
      this.setStep(Math.min(this.currentStep + 1, last));
    }
    this.animateTo(this.rangeEnd);
  }

  /** Stops wherever it is; the frame stays. */
  pause(): void {
    if (!this.isPlaying && this.target === undefined) return;
    this.stopMotion();
    this.setPlaying(false);
  }

  /** Goes back to the range's first step; keeps playing if it was. */
  restart(): void {
    const wasPlaying = this.isPlaying;
    this.goToStep(this.range.first);
    if (wasPlaying) {
      this.seek(this.rangeStart);
      this.play();
    }
  }

  private readonly tick = (deltaSeconds: number): void => {
    if (this.target === undefined) return;
    if (this.holdLeft > 0) {
      this.holdLeft -= deltaSeconds * this.rate;
      if (this.holdLeft > 0) return;
      this.setStep(Math.min(this.currentStep + 1, this.range.last));
    }
    const stepEnd = this.compiled.stepEnds[this.currentStep - 1]!;
    let next = this.instant ? Number.POSITIVE_INFINITY : this.currentTime + deltaSeconds * this.rate;
    // While playing, stop on each step's end for a reading pause.
    const stopAt = this.isPlaying ? Math.min(stepEnd, this.target) : this.target;
    if (next >= stopAt) next = stopAt;
    this.seek(next);
    if (next < stopAt) return;
    if (next >= this.target - 1e-9) {
      const ended = this.isPlaying;
      this.stopMotion();
      this.setPlaying(false);
      if (ended) this.listener.onEnded?.();
      return;
    }
    if (!this.mayLeave(this.currentStep)) {
      this.stopMotion();
      this.setPlaying(false);
      return;
    }
    this.holdLeft = this.holdFor(this.currentStep - 1);
    if (this.holdLeft <= 0) this.setStep(Math.min(this.currentStep + 1, this.range.last));
  };

  /** Whether moving on from `step` is allowed; reports the gate when it is not. */
  private mayLeave(step: number): boolean {
    if (this.listener.mayLeave?.(step) ?? true) return true;
    this.listener.onGated?.(step);
    return false;
  }

  /** The furthest step up to `wanted` reachable from the current one without passing a gate. */
  private furthestAllowed(wanted: number): number {
    for (let step = this.currentStep; step < wanted; step++) if (!this.mayLeave(step)) return step;
    return wanted;
  }

  private animateTo(time: number): void {
    this.target = time;
    this.holdLeft = 0;
    if (!this.ticking) {
      this.ticking = true;
      this.clock.add(this.tick);
    }
  }

  private stopMotion(): void {
    this.target = undefined;
    this.holdLeft = 0;
    if (this.ticking) {
      this.ticking = false;
      this.clock.remove(this.tick);
    }
  }

  private clampToRange(n: number): number {
    const { first, last } = this.range;
    return Math.min(Math.max(first, clampStep(n, this.stepCount)), last);
  }

  private jumpTo(step: number): void {
    this.seek(this.compiled.stepEnds[step - 1]!);
    this.setStep(step);
  }

  private seek(time: number): void {
    this.currentTime = time;
    this.compiled.timeline.time(time, true);
    this.listener.onTime?.(time);
  }

  private setStep(step: number): void {
    if (step === this.currentStep) return;
    this.currentStep = step;
    this.listener.onStepChange?.(step);
  }

  private setPlaying(playing: boolean): void {
    if (playing === this.isPlaying) return;
    this.isPlaying = playing;
    if (playing) this.listener.onPlay?.();
    else this.listener.onPause?.();
  }
}

function clampStep(n: number, count: number): number {
  if (!Number.isFinite(n)) return 1;
  return Math.min(Math.max(1, Math.round(n)), count);
}
