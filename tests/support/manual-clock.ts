/**
 * A clock that moves only when a test says so. The element and the playhead take any `Clock`; with this one a
 * test plays seconds of animation in microseconds, and what it sees never depends on how busy the machine is.
 */
import type { Clock } from '../../src/timeline/playhead';

type Tick = (deltaSeconds: number) => void;

/** One animation frame at 60 fps, in seconds. */
export const FRAME = 1 / 60;

export interface ManualClock extends Clock {
  /** Simulated seconds elapsed so far. */
  readonly now: number;
  /** Whether anything listens: something is moving, or Play is holding on a step. */
  readonly busy: boolean;
  /**
   * Runs `seconds` of time as frames of `frame` seconds, synchronously. Work the element queues for later
   * (drawing, checkpoint questions, Lit updates) happens after the caller next awaits.
   */
  advance(seconds: number, frame?: number): void;
  /**
   * Advances until nothing listens any more, letting queued work (drawing, checkpoints) run once per simulated
   * second. Returns the simulated seconds it took; throws if still busy after `limit` seconds.
   */
  runUntilIdle(limit?: number, frame?: number): Promise<number>;
}

/** Creates a clock that stands still until advanced. */
export function manualClock(): ManualClock {
  const ticks = new Set<Tick>();
  let now = 0;
  const tickOnce = (frame: number) => {
    now += frame;
    for (const tick of [...ticks]) tick(frame);
  };
  return {
    add: (tick) => { ticks.add(tick); },
    remove: (tick) => { ticks.delete(tick); },
    get now() { return now; },
    get busy() { return ticks.size > 0; },
    advance(seconds, frame = FRAME) {
      // Whole frames only, so that advance(0.5) is exactly 30 frames whatever rounding says.
      const count = Math.round(seconds / frame);
      for (let i = 0; i < count; i++) tickOnce(frame);
    },
    async runUntilIdle(limit = 600, frame = FRAME) {
      const start = now;
      const perSecond = Math.max(1, Math.round(1 / frame));
      while (ticks.size > 0) {
        if (now - start > limit) throw new Error(`still busy after ${limit} simulated seconds`);
        for (let i = 0; i < perSecond && ticks.size > 0; i++) tickOnce(frame);
        await Promise.resolve();
      }
      return now - start;
    },
  };
}
