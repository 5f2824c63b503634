import { describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';
import { loadDrug } from '../../src/model/load-drug';
import { loadScene } from '../../src/model/load-scene';
import { planScene } from '../../src/model/plan-scene';
import { MINI_PAIR, POPULATION_SLOTS, populationLayout, populationPhase } from '../../src/model/population-layout';
import { roleOf } from '../../src/model/step-role';
import { createTreatment } from '../../src/model/treatment';

describe('population layout', () => {
  const cases = Object.keys(SCENES).flatMap((scene) => Object.keys(DRUGS).flatMap((drug) => [0.3, 1, 10, 100].map((x) => [scene, drug, x] as const)));

  it.each(cases)('%s + %s at %s×: small pairs, featured pair and dimers follow the population', (sceneId, drugId, exposure) => {
    const scene = loadScene(SCENES[sceneId]!);
    const treatment = createTreatment(scene, loadDrug(DRUGS[drugId]!), exposure);
    const population = treatment.population;
    const layout = populationLayout(population);
    // The featured pair is the one the stage's big receptor shows.
    expect(layout.featured.case).toBe(population.typical);
    expect(layout.small.length + 1).toBe(population.count);
    expect(layout.small.map((p) => p.pair)).not.toContain(layout.featured);
    // One small dimer per signalling pair besides the featured one: with it, the nucleus holds signallingPairs.
    expect(layout.dimers.length + (layout.featured.signals ? 1 : 0)).toBe(population.signallingPairs);
    expect(new Set(layout.dimers.map((d) => `${d.x},${d.y}`)).size).toBe(layout.dimers.length);
  });

  it('without a drug, all 16 pairs signal: 15 small dimers besides the featured one', () => {
    const layout = populationLayout(undefined);
    expect(layout.small).toHaveLength(15);
    expect(layout.small.every((p) => p.pair.signals)).toBe(true);
    expect(layout.dimers).toHaveLength(15);
  });

  it('slots keep clear of the featured pair, the waiting drug molecules and each other', () => {
    for (const x of POPULATION_SLOTS) {
      expect(x < 440 || x > 840).toBe(true);
      expect(Math.abs(x - 250)).toBeGreaterThanOrEqual(40);
      expect(Math.abs(x - 1060)).toBeGreaterThanOrEqual(40);
    }
    const gaps = POPULATION_SLOTS.slice(1).map((x, i) => x - POPULATION_SLOTS[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(4 * MINI_PAIR.halfGap);
  });

  it('phase: lit ramps through the JAK-activation step, imported through nuclear import (by role)', () => {
    const scene = loadScene(SCENES.il13!);
    const plan = planScene(scene);
    const starts = plan.steps.map((_, i) => plan.steps.slice(0, i).reduce((t, s) => t + s.duration, 0));
    const j = scene.steps.findIndex((s) => roleOf(s) === 'jak-activation');
    const n = scene.steps.findIndex((s) => roleOf(s) === 'nuclear-import');
    const at = (t: number) => populationPhase(plan.steps, scene.steps, t);
    expect(at(starts[j]!)).toEqual({ lit: 0, imported: 0 });
    expect(at(starts[j]! + plan.steps[j]!.duration / 2).lit).toBeCloseTo(0.5);
    expect(at(starts[j + 1]! + 1e-6)).toEqual({ lit: 1, imported: 0 });
    expect(at(starts[n]! + plan.steps[n]!.duration + 1e-6)).toEqual({ lit: 1, imported: 1 });
  });
});
