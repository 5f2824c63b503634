import { describe, expect, it } from 'vitest';
import { simulatePathway } from '../../src/simulate';
import { loadDrug } from '../../src/model/load-drug';
import { DRUGS } from '../../scenes/drugs';
import { SCENES } from '../../scenes';

const sim = (scene: string, drug: string, exposure: number) => simulatePathway({ scene, drug, exposure });

describe('simulatePathway', () => {
  it.each(Object.keys(SCENES))('%s without a drug: no occupancy, full signal, every step proceeds', (scene) => {
    const result = sim(scene, 'none', 10);
    expect(result.signal).toBe(1);
    expect(Object.values(result.occupancy).every((o) => o === 0)).toBe(true);
    expect(result.steps.every((step) => step.proceeds === 1)).toBe(true);
  });

  // Expected figures at 10× (occupancy = 10 / (10 + ratio); signal = product of free fractions), from each drug's `potency` sources (docs/sources.md).
  it.each([
    // scene, drug, JAK occupancies, signal
    ['il13', 'abrocitinib', { JAK1: 10 / 11, TYK2: 10 / 53 }, (1 / 11) * (43 / 53)],
    ['il13', 'upadacitinib', { JAK1: 10 / 11, TYK2: 0 }, 1 / 11],
    ['il13', 'ruxolitinib', { JAK1: 10 / 11, TYK2: 0 }, 1 / 11],
    ['il4', 'abrocitinib', { JAK1: 10 / 11, JAK3: 10 / 350 }, (1 / 11) * (340 / 350)],
    ['il4', 'upadacitinib', { JAK1: 10 / 11, JAK3: 10 / 110 }, (1 / 11) * (100 / 110)],
    ['il4', 'ruxolitinib', { JAK1: 10 / 11, JAK3: 0 }, 1 / 11],
    ['il31', 'abrocitinib', { JAK1: 10 / 11, JAK2: 10 / 38 }, (1 / 11) * (28 / 38)],
    ['il31', 'upadacitinib', { JAK1: 10 / 11, JAK2: 10 / 70 }, (1 / 11) * (60 / 70)],
    ['il31', 'ruxolitinib', { JAK1: 10 / 11, JAK2: 10 / 11 }, (1 / 11) ** 2],
    ['il22', 'abrocitinib', { JAK1: 10 / 11, TYK2: 10 / 53 }, (1 / 11) * (43 / 53)],
    ['il22', 'upadacitinib', { JAK1: 10 / 11, TYK2: 0 }, 1 / 11],
    ['il22', 'ruxolitinib', { JAK1: 10 / 11, TYK2: 0 }, 1 / 11],
    ['tslp', 'abrocitinib', { JAK1: 10 / 11, JAK2: 10 / 38 }, (1 / 11) * (28 / 38)],
    ['tslp', 'upadacitinib', { JAK1: 10 / 11, JAK2: 10 / 70 }, (1 / 11) * (60 / 70)],
    ['tslp', 'ruxolitinib', { JAK1: 10 / 11, JAK2: 10 / 11 }, (1 / 11) ** 2],
    ['ifng', 'abrocitinib', { JAK1: 10 / 11, JAK2: 10 / 38 }, (1 / 11) * (28 / 38)],
    ['ifng', 'upadacitinib', { JAK1: 10 / 11, JAK2: 10 / 70 }, (1 / 11) * (60 / 70)],
    ['ifng', 'ruxolitinib', { JAK1: 10 / 11, JAK2: 10 / 11 }, (1 / 11) ** 2],
  ] as const)('%s + %s at 10×', (scene, drug, occupancy, signal) => {
    const result = sim(scene, drug, 10);
    expect(Object.keys(result.occupancy).sort()).toEqual(Object.keys(occupancy).sort());
    for (const [jak, value] of Object.entries(occupancy)) expect(result.occupancy[jak as 'JAK1'], jak).toBeCloseTo(value, 6);
    expect(result.signal).toBeCloseTo(signal, 6);
  });

  it('at 10× upadacitinib mostly blocks IL-13 signalling through JAK1', () => {
    const result = sim('il13', 'upadacitinib', 10);
    expect(result.occupancy.JAK1).toBeGreaterThan(0.9);
    expect(result.signal).toBeLessThan(0.1);
  });

  it('ruxolitinib hits both JAKs of TSLP', () => {
    const result = sim('tslp', 'ruxolitinib', 10);
    expect(result.occupancy.JAK1).toBeGreaterThan(0.9);
    expect(result.occupancy.JAK2).toBeGreaterThan(0.9);
  });

  it('a JAK1-selective drug still reduces the γc pathway of IL-4, which needs JAK1 and JAK3', () => {
    for (const drug of ['abrocitinib', 'upadacitinib']) {
      const result = sim('il4', drug, 10);
      expect(result.occupancy.JAK3!, drug).toBeLessThan(0.1);
      expect(result.signal, drug).toBeLessThan(0.1);
    }
  });

  it('selectivity is relative: it shrinks as exposure rises', () => {
    for (const drug of ['abrocitinib', 'upadacitinib']) {
      const ratios = [1, 10, 100].map((exposure) => {
        const result = sim('tslp', drug, exposure);
        return result.occupancy.JAK2! / result.occupancy.JAK1!;
      });
      expect(ratios[1]!, drug).toBeGreaterThan(ratios[0]!);
      expect(ratios[2]!, drug).toBeGreaterThan(ratios[1]!);
      expect(sim('tslp', drug, 100).occupancy.JAK2!, drug).toBeGreaterThan(0.5);
    }
  });

  it('more exposure, less signal', () => {
    const signals = [1, 10, 100].map((exposure) => sim('il13', 'abrocitinib', exposure).signal);
    expect(signals[0]).toBeGreaterThan(signals[1]!);
    expect(signals[1]).toBeGreaterThan(signals[2]!);
  });

  it('the drug acts inside the cell: binding and assembly proceed, JAK activation onward is reduced', () => {
    const result = sim('il13', 'abrocitinib', 10);
    const proceeds = Object.fromEntries(result.steps.map((s) => [s.id, s.proceeds]));
    expect(proceeds['ligand-binding']).toBe(1);
    expect(proceeds['receptor-assembly']).toBe(1);
    expect(proceeds['jak-activation']).toBeCloseTo(result.signal);
    expect(proceeds['transcription']).toBeCloseTo(result.signal);
    expect(result.firstBlockedStep).toBe('jak-activation');
  });

  it('marks bounds and figures that are not established', () => {
    expect(sim('il4', 'abrocitinib', 10).jaks.JAK3!.certainty).toBe('at-most');
    expect(sim('il13', 'upadacitinib', 10).jaks.TYK2!.certainty).toBe('not-established');
    expect(sim('il13', 'abrocitinib', 10).jaks.TYK2!.certainty).toBe('exact');
  });

  it('refuses unknown ids and bad exposure', () => {
    expect(() => sim('il99', 'none', 1)).toThrow(/Unknown scene "il99"/);
    expect(() => sim('il13', 'aspirin', 1)).toThrow(/Unknown drug "aspirin"/);
    expect(() => sim('il13', 'abrocitinib', -1)).toThrow(RangeError);
  });
});

describe('drug data', () => {
  it.each(Object.keys(DRUGS))('%s is valid and cites known sources', (id) => {
    expect(() => loadDrug(DRUGS[id])).not.toThrow();
  });

  it('names the field of a bad potency and of an unknown source', () => {
    const broken = structuredClone(DRUGS.abrocitinib) as any;
    broken.potency.JAK1.ratio = 2;
    broken.boxedWarning.sources = ['S999'];
    expect(() => loadDrug(broken)).toThrow(/potency\.JAK1: must have ratio 1/);
    expect(() => loadDrug(broken)).toThrow(/boxedWarning\.sources\[0\]: unknown source id "S999"/);
  });

  it('states the current labels: boxed warning on all three; ruxolitinib cream from age 2 (S41, S52)', () => {
    for (const drug of Object.values(DRUGS)) expect(drug.boxedWarning.text, drug.id).toMatch(/boxed warning/i);
    expect(DRUGS.ruxolitinib!.approval.text).toMatch(/ages 2–11/);
    expect(JSON.stringify(DRUGS)).not.toMatch(/3\.3 nM|2\.8 nM/);
  });
});
