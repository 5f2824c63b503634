import { describe, expect, it } from 'vitest';
import { loadScene } from '../../src/model/load-scene';
import { loadDrug } from '../../src/model/load-drug';
import { planScene, type ScenePlan } from '../../src/model/plan-scene';
import { createTreatment } from '../../src/model/treatment';
import { ATP_PER_SIDE } from '../../src/model/atp-supply';
import { declaredActors } from '../../src/model/scene-actors';
import type { ActorState } from '../../src/model/actor';
import type { Scene } from '../../src/model/scene-schema';
import { il13 } from '../../scenes/il13';
import { upadacitinib } from '../../scenes/drugs/upadacitinib';

const base = loadScene(il13);

/**
 * IL-13's steps repeated to `count` steps, each with a fresh id. Built as a checked scene directly, bypassing
 * the `MAX_STEPS` limit of validation: this measures the planner itself.
 */
function longScene(count: number): Scene {
  const steps = Array.from({ length: count }, (_, i) => ({ ...base.steps[i % base.steps.length]!, id: `step-${i}` }));
  return { ...base, steps };
}

/** Distinct actor-state objects held by a plan: the memory its frames take, in states. */
function stateObjects(plan: ScenePlan): number {
  const states = new Set<ActorState>();
  for (const frame of [plan.before, ...plan.steps.map((step) => step.end)]) for (const state of Object.values(frame)) states.add(state);
  return states.size;
}

const beatCount = (plan: ScenePlan) => plan.steps.reduce((sum, step) => sum + step.beats.length, 0);

describe.each([
  ['without a drug', (scene: Scene) => planScene(scene)],
  ['with upadacitinib at 100×', (scene: Scene) => planScene(scene, createTreatment(scene, loadDrug(upadacitinib), 100))],
])('planning a long scene %s', (_name, plan) => {
  const small = plan(longScene(120));
  const large = plan(longScene(480));

  it('keeps the same actors however many steps: ATP molecules are reused, at most ATP_PER_SIDE per side', () => {
    expect(large.actors.map((actor) => actor.id)).toEqual(small.actors.map((actor) => actor.id));
    const atps = large.actors.filter((actor) => actor.kind === 'atp');
    expect(atps.filter((atp) => atp.side === 0).length).toBeLessThanOrEqual(ATP_PER_SIDE);
    expect(atps.filter((atp) => atp.side === 1).length).toBeLessThanOrEqual(ATP_PER_SIDE);
    expect(large.actors.length).toBeLessThanOrEqual(declaredActors(base).length + 2 * ATP_PER_SIDE + 3);
  });

  it('grows linearly: four times the steps make about four times the states and beats, not sixteen', () => {
    // Linear growth gives a ratio of at most 4 (less where a fixed start dominates); copying every actor's state
    // at every step, with one more ATP per phosphorylation, gave about 16.
    expect(stateObjects(large) / stateObjects(small)).toBeLessThanOrEqual(4.5);
    expect(beatCount(large) / beatCount(small)).toBeLessThanOrEqual(4.5);
  });

  it('stores a new state only for an actor a step moves: every other state is shared with the step before', () => {
    let previous = large.before;
    for (const step of large.steps) {
      const moved = new Set(step.beats.map((beat) => beat.actor));
      for (const [id, state] of Object.entries(step.end)) {
        if (moved.has(id)) expect(state, `${step.id} ${id}`).not.toBe(previous[id]);
        else expect(state, `${step.id} ${id}`).toBe(previous[id]);
      }
      previous = step.end;
    }
    expect(stateObjects(large)).toBeLessThanOrEqual(large.actors.length + beatCount(large));
  });

  it('freezes every stored frame and state, so sharing them is safe', () => {
    for (const frame of [large.before, ...large.steps.map((step) => step.end)]) {
      expect(Object.isFrozen(frame)).toBe(true);
      for (const state of Object.values(frame)) expect(Object.isFrozen(state)).toBe(true);
    }
  });
});
