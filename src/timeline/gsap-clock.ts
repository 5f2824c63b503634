/**
 * The browser clock: GSAP's shared ticker (one requestAnimationFrame loop for every widget on the page),
 * adapted to the playhead's `Clock` interface.
 */
import { gsap } from 'gsap/gsap-core';
import type { Clock } from './playhead';

type Tick = (deltaSeconds: number) => void;
type GsapTick = (time: number, deltaMs: number) => void;

/** Creates a clock on GSAP's ticker. */
export function createGsapClock(): Clock {
  const wrappers = new Map<Tick, GsapTick>();
  return {
    add(tick) {
      if (wrappers.has(tick)) return;
      const wrapper: GsapTick = (_time, deltaMs) => tick(deltaMs / 1000);
      wrappers.set(tick, wrapper);
      gsap.ticker.add(wrapper);
    },
    remove(tick) {
      const wrapper = wrappers.get(tick);
      if (!wrapper) return;
      wrappers.delete(tick);
      gsap.ticker.remove(wrapper);
    },
  };
}
