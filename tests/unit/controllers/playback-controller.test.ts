import { describe, expect, it } from 'vitest';
import { PlaybackController, type AdvanceGate } from '../../../src/ui/controllers/playback-controller';
import type { Clock } from '../../../src/timeline/playhead';
import { buildTimeline } from '../../../src/timeline/build-timeline';
import { loadScene } from '../../../src/model/load-scene';
import { planScene } from '../../../src/model/plan-scene';
import { SCENES } from '../../../scenes';
import { FakeHost } from './fake-host';

class ManualClock implements Clock {
  private readonly ticks = new Set<(dt: number) => void>();
  add(tick: (dt: number) => void) { this.ticks.add(tick); }
  remove(tick: (dt: number) => void) { this.ticks.delete(tick); }
  advance(seconds: number, frame = 1 / 60) {
    for (let t = 0; t < seconds; t += frame) for (const tick of [...this.ticks]) tick(frame);
  }
}

/** A gate that holds at the steps listed. */
function gateAt(...steps: number[]): AdvanceGate & { held: number[] } {
  const held: number[] = [];
  return {
    held,
    mayLeave: (step) => !steps.includes(step),
    hold: (step) => { if (!held.includes(step)) held.push(step); },
    get holding() { return held.length > 0; },
  };
}

function setup(gate: AdvanceGate = gateAt()) {
  const host = new FakeHost(['play', 'pause', 'ended']);
  const compiled = buildTimeline(planScene(loadScene(SCENES.il13)));
  const steps: number[] = [];
  const times: number[] = [];
  const playback = new PlaybackController(host, compiled, {
    onTime: (time) => times.push(time),
    onStep: (step) => steps.push(step),
    holdFor: () => 0.5,
    instant: false,
  }, gate);
  const clock = new ManualClock();
  playback.clock = clock;
  return { host, compiled, playback, steps, times, clock };
}

describe('playback controller', () => {
  it('starts idle on step 1’s end state, reporting no step change', () => {
    const { playback, compiled, steps } = setup();
    expect(playback.state).toBe('idle');
    expect(playback.step).toBe(1);
    expect(playback.playhead.time).toBe(compiled.stepEnds[0]);
    expect(steps).toEqual([]);
  });

  it('is animating during Next, then idle; playing through holds while Play runs', () => {
    const { playback, clock, host } = setup();
    playback.commands.next();
    expect(playback.state).toBe('animating');
    clock.advance(30);
    expect(playback.state).toBe('idle');
    playback.commands.play();
    expect(playback.state).toBe('playing');
    clock.advance(1);
    expect(playback.state).toBe('playing');
    expect(host.events.map((e) => e.type)).toEqual(['play']);
    playback.commands.pause();
    expect(playback.state).toBe('idle');
  });

  it('Play runs on to the end with the clock and reports ended', () => {
    const { playback, clock, host, steps } = setup();
    playback.commands.play();
    clock.advance(600);
    expect(playback.step).toBe(12);
    expect(steps).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(host.events.map((e) => e.type)).toEqual(['play', 'pause', 'ended']);
  });

  it('a gate holds Next, Play, End and scrubbing at its step', () => {
    const gate = gateAt(3);
    const { playback, clock, compiled } = setup(gate);
    playback.commands.play();
    clock.advance(600);
    expect(playback.step).toBe(3);
    expect(playback.state).toBe('gated');
    expect(gate.held).toEqual([3]);
    playback.commands.next();
    expect(playback.step).toBe(3);
    playback.commands.last();
    expect(playback.step).toBe(3);
    playback.playhead.goToStep(1);
    playback.commands.seek(compiled.duration);
    expect(playback.step).toBe(3);
    expect(playback.playhead.time).toBe(compiled.stepEnds[2]);
  });

  it('loading another timeline at the same step reports no step change', () => {
    const { playback, steps } = setup();
    playback.playhead.goToStep(5);
    steps.length = 0;
    playback.playhead.load(buildTimeline(planScene(loadScene(SCENES.il4))), 5);
    expect(steps).toEqual([]);
    playback.playhead.load(buildTimeline(planScene(loadScene(SCENES.il4))), 7);
    expect(steps).toEqual([7]);
  });

  it('leaving the page stops on the end state of the step shown', () => {
    const { playback, clock, compiled } = setup();
    playback.commands.next();
    clock.advance(0.2);
    playback.hostDisconnected();
    expect(playback.state).toBe('idle');
    expect(playback.playhead.time).toBe(compiled.stepEnds[1]);
  });
});
