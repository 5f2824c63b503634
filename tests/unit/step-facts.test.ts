import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';
import { loadDrug } from '../../src/model/load-drug';
import { loadScene } from '../../src/model/load-scene';
import { planScene } from '../../src/model/plan-scene';
import { createTreatment } from '../../src/model/treatment';

const scene = loadScene(SCENES.il13!);
const factsOf = (plan: ReturnType<typeof planScene>, id: string) => plan.steps.find((s) => s.id === id)!.facts;

describe('step facts', () => {
  it('follow the untreated pathway step by step, by role', () => {
    const plan = planScene(scene);
    expect(factsOf(plan, 'resting').pair).toMatchObject({ cytokineBound: false, chainsTogether: false, phosphorylatedJaks: [], pluggedJaks: [], waitingDrugs: [] });
    expect(factsOf(plan, 'ligand-binding').pair.cytokineBound).toBe(true);
    expect(factsOf(plan, 'receptor-assembly').pair.chainsTogether).toBe(true);
    expect(factsOf(plan, 'jak-activation').pair).toMatchObject({ phosphorylatedJaks: ['jak1', 'tyk2'], activeJaks: ['jak1', 'tyk2'] });
    expect(factsOf(plan, 'receptor-phosphorylation').pair.phosphorylatedTails).toEqual(['il4ra']);
    expect(factsOf(plan, 'stat-docking').pair.stats.map((s) => [s.place, s.chain])).toEqual([['docked', 'il4ra'], ['docked', 'il4ra']]);
    expect(factsOf(plan, 'stat-phosphorylation').pair.stats.every((s) => s.phosphorylated)).toBe(true);
    expect(factsOf(plan, 'dimerization').pair.stats.map((s) => s.place)).toEqual(['paired', 'paired']);
    expect(factsOf(plan, 'nuclear-import').pair.stats.map((s) => s.place)).toEqual(['nucleus', 'nucleus']);
    expect(factsOf(plan, 'dna-binding').pair.stats.map((s) => s.place)).toEqual(['dna', 'dna']);
    expect(factsOf(plan, 'dna-binding').cell.genes.every((g) => g.value === 0)).toBe(true);
    expect(factsOf(plan, 'transcription').cell.genes).toEqual([{ id: 'flg', value: -1 }, { id: 'lor', value: -1 }, { id: 'ccl26', value: 1 }]);
    const last = factsOf(plan, 'negative-feedback');
    expect(last.pair.socsOn).toBe('jak1');
    expect(last.pair.activeJaks).toEqual([]);
    expect(last.pair.phosphorylatedJaks).toEqual(['jak1', 'tyk2']);
    expect(last.cell).toMatchObject({ treated: false, pairs: 16, signallingPairs: 16, dimersInNucleus: 16, signal: 1 });
  });

  it('under a drug that plugs the pair shown: nothing that needs an active JAK happens in it; the cell follows the population', () => {
    const treatment = createTreatment(scene, loadDrug(DRUGS.abrocitinib!), 10);
    const plan = planScene(scene, treatment);
    const { population, simulation } = treatment;
    expect(factsOf(plan, 'resting').pair).toMatchObject({ pluggedJaks: ['jak1'], waitingDrugs: ['drug-tyk2'] });
    expect(factsOf(plan, 'receptor-assembly').pair.chainsTogether).toBe(true);
    const last = factsOf(plan, 'negative-feedback');
    expect(last.pair).toMatchObject({ phosphorylatedJaks: [], phosphorylatedTails: [], socsOn: undefined });
    expect(last.pair.stats.map((s) => s.place)).toEqual(['free', 'free']);
    expect(factsOf(plan, 'dimerization').cell.dimersInNucleus).toBe(0);
    expect(factsOf(plan, 'nuclear-import').cell.dimersInNucleus).toBe(population.signallingPairs);
    expect(last.cell).toMatchObject({ treated: true, pluggedPairs: population.pluggedPairs, signallingPairs: population.signallingPairs, signal: simulation.signal });
    expect(last.cell.genes[0]!.value).toBeCloseTo(-simulation.signal, 12);
  });

  it('at a low exposure the pair shown is free and runs its cascade', () => {
    const plan = planScene(scene, createTreatment(scene, loadDrug(DRUGS.abrocitinib!), 0.3));
    expect(factsOf(plan, 'resting').pair.pluggedJaks).toEqual([]);
    expect(factsOf(plan, 'resting').pair.waitingDrugs).toEqual(['drug-jak1', 'drug-tyk2']);
    expect(factsOf(plan, 'dna-binding').pair.stats.map((s) => s.place)).toEqual(['dna', 'dna']);
  });

  it('the describer reads facts, never coordinates', () => {
    const source = readFileSync(new URL('../../src/model/describe-frame.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/geometry|FrameState|\.x\b|\.y\b|Math\.hypot/);
  });
});
