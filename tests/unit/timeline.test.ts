import { describe, expect, it } from 'vitest';
import { loadScene } from '../../src/model/load-scene';
import { planScene } from '../../src/model/plan-scene';
import { stepIdOf } from '../../src/model/step-role';
import { ACTOR_STATE_KEYS, cloneFrame, type FrameState } from '../../src/model/actor';
import { buildTimeline, stepAtTime } from '../../src/timeline/build-timeline';
import { il13 } from '../../scenes/il13';

const plan = planScene(loadScene(il13));

describe('compiled timeline', () => {
  it('has one label per step at the step start, and step ends in order', () => {
    const compiled = buildTimeline(plan);
    plan.steps.forEach((step, i) => expect(compiled.timeline.labels[step.id]).toBeCloseTo(compiled.stepStarts[i]!));
    for (let i = 1; i < compiled.stepEnds.length; i++) expect(compiled.stepEnds[i]!).toBeGreaterThan(compiled.stepEnds[i - 1]!);
    expect(compiled.duration).toBeCloseTo(compiled.stepEnds.at(-1)!);
  });

  it('lands on each step end state exactly as planned', () => {
    const compiled = buildTimeline(plan);
    plan.steps.forEach((step, i) => {
      compiled.timeline.time(compiled.stepEnds[i]!, true);
      expect(roundFrame(compiled.frame), step.id).toEqual(roundFrame(step.end));
    });
  });

  it('seeks to the same frame whatever path led there', () => {
    const targets = [0, 3.3, 11.7, 19.02, 27.5];
    const direct = buildTimeline(plan);
    const wandering = buildTimeline(plan);
    const path = [40, 2, 30, 0.5, 25, 9, 33, 1];
    for (const t of targets) {
      direct.timeline.time(t, true);
      for (const p of path) wandering.timeline.time(p, true);
      wandering.timeline.time(t, true);
      expect(roundFrame(wandering.frame), `t=${t}`).toEqual(roundFrame(direct.frame));
    }
  });

  it('moves actors continuously: no jumps between neighbouring instants', () => {
    const compiled = buildTimeline(plan);
    let previous = cloneFrame(compiled.frame);
    for (let t = 0; t <= compiled.duration; t += 1 / 60) {
      compiled.timeline.time(t, true);
      for (const [id, state] of Object.entries(compiled.frame)) {
        const before = previous[id]!;
        expect(Math.hypot(state.x - before.x, state.y - before.y), `${id} at ${t.toFixed(2)}s`).toBeLessThan(20);
      }
      previous = cloneFrame(compiled.frame);
    }
  });

  it('maps times to steps: (start, end] belongs to the step, 0 to step 1', () => {
    const compiled = buildTimeline(plan);
    expect(stepAtTime(compiled, 0)).toBe(1);
    expect(stepAtTime(compiled, compiled.stepEnds[0]!)).toBe(1);
    expect(stepAtTime(compiled, compiled.stepEnds[0]! + 0.01)).toBe(2);
    expect(stepAtTime(compiled, compiled.duration + 5)).toBe(plan.steps.length);
  });
});

describe('a scene that uses more ATP than the stage holds', () => {
  // IL-13 told twice: the second telling reuses the ATP molecules of the first.
  const twice = loadScene({ ...il13, steps: [...il13.steps, ...il13.steps.map((step) => ({ ...step, id: `${stepIdOf(step)}-again` }))] });
  const longPlan = planScene(twice);
  const atps = longPlan.actors.filter((actor) => actor.kind === 'atp').map((actor) => actor.id);
  const resting = longPlan.steps[0]!.end;

  it('reuses ATP molecules instead of adding one per phosphorylation', () => {
    const phosphorylations = twice.steps.flatMap((step) => step.actions).filter((action) => action.do === 'phosphorylate').length;
    expect(atps.length).toBeLessThan(phosphorylations);
  });

  it('brings a used ATP back unseen: it reappears at its resting place as ATP, never mid-air or as ADP', () => {
    const compiled = buildTimeline(longPlan);
    let previous = cloneFrame(compiled.frame);
    let reappearances = 0;
    for (let t = 0; t <= compiled.duration; t += 1 / 30) {
      compiled.timeline.time(t, true);
      for (const id of atps) {
        const now = compiled.frame[id]!;
        if (previous[id]!.alpha < 0.01 && now.alpha >= 0.01) {
          reappearances++;
          expect(now.value, `${id} at ${t.toFixed(2)}s`).toBe(0);
          expect(Math.hypot(now.x - resting[id]!.x, now.y - resting[id]!.y), `${id} at ${t.toFixed(2)}s`).toBeLessThan(1);
        }
        // While visible, an ATP glides: no jumps between neighbouring instants.
        if (now.alpha > 0.05 && previous[id]!.alpha > 0.05) {
          expect(Math.hypot(now.x - previous[id]!.x, now.y - previous[id]!.y), `${id} at ${t.toFixed(2)}s`).toBeLessThan(40);
        }
      }
      previous = cloneFrame(compiled.frame);
    }
    // The first reveal of every ATP, then one return per reused ATP in the second telling.
    expect(reappearances).toBeGreaterThan(atps.length);
  });
});

/** The frame's numeric state, rounded, without anything GSAP attaches to its targets. */
function roundFrame(frame: FrameState) {
  const out: Record<string, Record<string, number>> = {};
  for (const [id, state] of Object.entries(frame)) {
    out[id] = Object.fromEntries(ACTOR_STATE_KEYS.map((k) => [k, Math.round(state[k] * 1000) / 1000]));
  }
  return out;
}
