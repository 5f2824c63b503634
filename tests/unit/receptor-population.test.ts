import { describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';
import { loadDrug } from '../../src/model/load-drug';
import { loadScene } from '../../src/model/load-scene';
import { POPULATION_SIZE, receptorPopulation } from '../../src/model/receptor-population';
import { simulatePathway } from '../../src/model/simulate-pathway';

const EXPOSURES = [0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000];
const combos = Object.keys(SCENES).flatMap((s) => Object.keys(DRUGS).map((d) => [s, d] as const));

function populationAt(sceneId: string, drugId: string | undefined, exposure: number) {
  const scene = loadScene(SCENES[sceneId]!);
  const simulation = simulatePathway({ scene, drug: drugId ? loadDrug(DRUGS[drugId]!) : undefined, exposure });
  return { scene, simulation, population: receptorPopulation(scene, simulation) };
}

describe('the receptor population', () => {
  it('without a drug, every pair is free and signals', () => {
    const { population } = populationAt('il13', undefined, 0);
    expect(population.count).toBe(POPULATION_SIZE);
    expect(population.signallingPairs).toBe(POPULATION_SIZE);
    expect(population.pluggedPairs).toBe(0);
    expect(population.typical).toBe('free');
  });

  it.each(combos)('%s · %s: plugged pockets follow occupancy, signalling pairs follow signal', (sceneId, drugId) => {
    for (const exposure of EXPOSURES) {
      const { scene, simulation, population: p } = populationAt(sceneId, drugId, exposure);
      const occupancy = scene.receptor.chains.map((c) => simulation.occupancy[c.jak.name]!);
      expect(p.pluggedPockets).toEqual(occupancy.map((o) => Math.round(o * POPULATION_SIZE)));
      p.pluggedPockets.forEach((k, i) => expect(p.pairs.filter((pair) => pair.plugged[i as 0 | 1]).length).toBe(k));
      // Within what the two plugged sets allow, the free pairs are round(signal × count).
      const most = POPULATION_SIZE - Math.max(...p.pluggedPockets);
      const least = Math.max(0, POPULATION_SIZE - p.pluggedPockets[0] - p.pluggedPockets[1]);
      expect(p.signallingPairs).toBe(Math.min(most, Math.max(least, Math.round(simulation.signal * POPULATION_SIZE))));
      expect(p.signallingPairs + p.pluggedPairs).toBe(POPULATION_SIZE);
      expect(p.pairs.filter((pair) => pair.signals).length).toBe(p.signallingPairs);
      expect(p.pairs.filter((pair) => pair.case === p.typical).length).toBe(p.typicalCount);
    }
  });

  // Chain 0's pockets fill in a fixed order. (Chain 1's plugged set can shift between pairs as the overlap
  // changes, so only its count is monotone; see the report of this branch.)
  it.each(combos)('%s · %s: deterministic, and raising the exposure only adds plugs', (sceneId, drugId) => {
    let before = populationAt(sceneId, drugId, EXPOSURES[0]!).population;
    expect(populationAt(sceneId, drugId, EXPOSURES[0]!).population).toEqual(before);
    for (const exposure of EXPOSURES.slice(1)) {
      const now = populationAt(sceneId, drugId, exposure).population;
      expect(now.signallingPairs).toBeLessThanOrEqual(before.signallingPairs);
      expect(now.pluggedPairs).toBeGreaterThanOrEqual(before.pluggedPairs);
      now.pluggedPockets.forEach((k, i) => expect(k).toBeGreaterThanOrEqual(before.pluggedPockets[i]!));
      for (const pair of before.pairs) {
        if (pair.plugged[0]) expect(now.pairs[pair.index]!.plugged[0], `pair ${pair.index} at ${exposure}×`).toBe(true);
      }
      before = now;
    }
  });

  it('places the plugs differently in different scenes (seeded by scene id)', () => {
    const a = populationAt('il13', 'abrocitinib', 1).population.pairs.map((p) => p.plugged[0]);
    const b = populationAt('il4', 'abrocitinib', 1).population.pairs.map((p) => p.plugged[0]);
    expect(a).not.toEqual(b);
  });
});
