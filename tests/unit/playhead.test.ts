import { describe, expect, it } from 'vitest';
import { loadScene } from '../../src/model/load-scene';
import { planScene } from '../../src/model/plan-scene';
import { buildTimeline } from '../../src/timeline/build-timeline';
import { Playhead, type Clock } from '../../src/timeline/playhead';
import { il13 } from '../../scenes/il13';

/** A clock the test advances by hand. */
class ManualClock implements Clock {
  private ticks = new Set<(dt: number) => void>();
  add(tick: (dt: number) => void) { this.ticks.add(tick); }
  remove(tick: (dt: number) => void) { this.ticks.delete(tick); }
  get listening() { return this.ticks.size; }
  advance(seconds: number, frame = 1 / 60) {
    for (let t = 0; t < seconds; t += frame) for (const tick of [...this.ticks]) tick(frame);
  }
}

function setup(hold = 0) {
  const plan = planScene(loadScene(il13));
  const compiled = buildTimeline(plan);
  const clock = new ManualClock();
  const events: string[] = [];
  const playhead = new Playhead(compiled, clock, {
    onStepChange: (step) => events.push(`step ${step}`),
    onPlay: () => events.push('play'),
    onPause: () => events.push('pause'),
    onEnded: () => events.push('ended'),
  }, () => hold);
  playhead.goToStep(1);
  events.length = 0;
  return { plan, compiled, clock, events, playhead };
}

describe('playhead', () => {
  it('next() reports the next step at once, animates, then holds on its end state', () => {
    const { compiled, clock, events, playhead } = setup();
    playhead.next();
    expect(playhead.step).toBe(2);
    expect(events).toEqual(['step 2']);
    expect(playhead.time).toBeCloseTo(compiled.stepEnds[0]!);
    clock.advance(1);
    expect(playhead.time).toBeGreaterThan(compiled.stepEnds[0]!);
    expect(playhead.time).toBeLessThan(compiled.stepEnds[1]!);
    clock.advance(10);
    expect(playhead.time).toBeCloseTo(compiled.stepEnds[1]!);
    expect(clock.listening).toBe(0);
    expect(events).toEqual(['step 2']);
  });

  it('previous() jumps to the end state of the step before', () => {
    const { compiled, events, playhead } = setup();
    playhead.goToStep(5);
    playhead.previous();
    expect(playhead.step).toBe(4);
    expect(playhead.time).toBe(compiled.stepEnds[3]);
    expect(events).toEqual(['step 5', 'step 4']);
  });

  it('clamps goToStep and ignores next() at the last step', () => {
    const { plan, events, playhead } = setup();
    playhead.goToStep(999);
    expect(playhead.step).toBe(plan.steps.length);
    playhead.next();
    playhead.goToStep(-3);
    expect(playhead.step).toBe(1);
    expect(events).toEqual([`step ${plan.steps.length}`, 'step 1']);
  });

  it('scrubbing moves the step with the time', () => {
    const { compiled, playhead } = setup();
    playhead.seekTime((compiled.stepStarts[6]! + compiled.stepEnds[6]!) / 2);
    expect(playhead.step).toBe(7);
    playhead.seekTime(-10);
    expect(playhead.step).toBe(1);
    expect(playhead.time).toBe(0);
  });

  it('play() runs through every step, holding on each, then ends', () => {
    const { plan, clock, events, playhead } = setup(0.5);
    playhead.play();
    expect(playhead.playing).toBe(true);
    clock.advance(200);
    expect(playhead.playing).toBe(false);
    expect(playhead.step).toBe(plan.steps.length);
    const expected = ['play', ...plan.steps.slice(1).map((_, i) => `step ${i + 2}`), 'pause', 'ended'];
    expect(events).toEqual(expected);
  });

  it('pause() stops time; play() resumes from there', () => {
    const { clock, playhead } = setup();
    playhead.play();
    clock.advance(2.5);
    playhead.pause();
    const paused = playhead.time;
    clock.advance(3);
    expect(playhead.time).toBe(paused);
    expect(clock.listening).toBe(0);
    playhead.play();
    clock.advance(0.5);
    expect(playhead.time).toBeGreaterThan(paused);
  });

  it('speed scales time and rejects non-positive values', () => {
    const { clock, compiled, playhead } = setup();
    playhead.speed = 2;
    playhead.next();
    clock.advance(0.5);
    expect(playhead.time - compiled.stepEnds[0]!).toBeCloseTo(1, 1);
    expect(() => { playhead.speed = 0; }).toThrow(RangeError);
    expect(playhead.speed).toBe(2);
  });

  it('restart() returns to step 1', () => {
    const { playhead } = setup();
    playhead.goToStep(8);
    playhead.restart();
    expect(playhead.step).toBe(1);
  });
});

describe('playhead with reduced motion', () => {
  it('jumps straight to each step end instead of animating, and still holds while playing', () => {
    const { compiled, clock, playhead } = setup(1);
    playhead.instant = true;
    playhead.next();
    clock.advance(1 / 60);
    expect(playhead.time).toBe(compiled.stepEnds[1]);
    playhead.play();
    clock.advance(1 / 60);
    expect(playhead.step).toBe(3);
    expect(playhead.time).toBe(compiled.stepEnds[2]);
    clock.advance(0.5);
    expect(playhead.step).toBe(3);
    clock.advance(0.6);
    expect(playhead.step).toBe(4);
  });
});

describe('playhead with a step range', () => {
  function ranged(hold = 0) {
    const setupDone = setup(hold);
    setupDone.playhead.setRange(4, 8);
    setupDone.playhead.keepInRange();
    setupDone.events.length = 0;
    return setupDone;
  }

  it('keepInRange() moves a step outside the range to the range\'s nearest end', () => {
    const { playhead } = setup();
    playhead.setRange(4, 8);
    expect(playhead.step).toBe(1);
    playhead.keepInRange();
    expect(playhead.step).toBe(4);
  });

  it('next() at the last step of the range and previous() at its first do nothing', () => {
    const { clock, compiled, events, playhead } = ranged();
    playhead.previous();
    expect(playhead.step).toBe(4);
    expect(playhead.time).toBe(compiled.stepEnds[3]);
    playhead.goToStep(8);
    events.length = 0;
    playhead.next();
    clock.advance(20);
    expect(playhead.step).toBe(8);
    expect(playhead.time).toBe(compiled.stepEnds[7]);
    expect(events).toEqual([]);
  });

  it('clamps jumps and advances to the range', () => {
    const { playhead } = ranged();
    playhead.goToStep(12);
    expect(playhead.step).toBe(8);
    playhead.goToStep(1);
    expect(playhead.step).toBe(4);
    playhead.advanceTo(99);
    expect(playhead.step).toBe(8);
    playhead.restart();
    expect(playhead.step).toBe(4);
  });

  it('scrubbing is clamped to the range\'s time span, from its first step\'s start to its last step\'s end', () => {
    const { compiled, playhead } = ranged();
    expect(playhead.rangeStart).toBe(compiled.stepStarts[3]);
    expect(playhead.rangeEnd).toBe(compiled.stepEnds[7]);
    playhead.seekTime(0);
    expect(playhead.time).toBe(compiled.stepStarts[3]);
    expect(playhead.step).toBe(4);
    playhead.seekTime(compiled.duration);
    expect(playhead.time).toBe(compiled.stepEnds[7]);
    expect(playhead.step).toBe(8);
  });

  it('play() runs from the range\'s first step to the end of its last, then ends; again, it starts at the first', () => {
    const { clock, compiled, events, playhead } = ranged(0.2);
    playhead.play();
    clock.advance(200);
    expect(playhead.step).toBe(8);
    expect(playhead.time).toBe(compiled.stepEnds[7]);
    expect(events).toEqual(['play', 'step 5', 'step 6', 'step 7', 'step 8', 'pause', 'ended']);
    events.length = 0;
    playhead.play();
    expect(events).toEqual(['play', 'step 4']);
    expect(playhead.time).toBe(compiled.stepStarts[3]);
  });

  it('a range past a shorter timeline is cut to its last step, and one starting past it is the whole timeline', () => {
    const { plan, playhead } = setup();
    const count = plan.steps.length;
    playhead.setRange(4, count + 5);
    expect(playhead.range).toEqual({ first: 4, last: count });
    playhead.setRange(count + 1, count + 5);
    expect(playhead.range).toEqual({ first: 1, last: count });
  });
});
