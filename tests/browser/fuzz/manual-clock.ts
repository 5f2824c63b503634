import type { Clock } from '../../../src/timeline/playhead';

/**
 * A clock moved by hand: every widget of a fuzz run shares it (`el.clock = clock`), so "advance time" steps
 * all of them deterministically instead of depending on the browser's frame rate.
 */
export class ManualClock implements Clock {
  private readonly ticks = new Set<(deltaSeconds: number) => void>();

  add(tick: (deltaSeconds: number) => void): void {
    this.ticks.add(tick);
  }

  remove(tick: (deltaSeconds: number) => void): void {
    this.ticks.delete(tick);
  }

  /** How many callbacks are listening (something is animating or playing). */
  get listening(): number {
    return this.ticks.size;
  }

  /** Moves time on by `seconds` in frames of `frame` seconds, as a 30 fps ticker would. */
  advance(seconds: number, frame = 1 / 30): void {
    for (let left = seconds; left > 1e-9; left -= frame) {
      const delta = Math.min(frame, left);
      for (const tick of [...this.ticks]) tick(delta);
    }
  }
}
