import { describe, expect, it } from 'vitest';
import { DRUGS } from '../../scenes/drugs';
import { SCENES } from '../../scenes';
import { assaysOf, DECADES, doseResponse, logSamples, TABLE_EXPOSURES } from '../../src/model/dose-response';
import { twoSignificant } from '../../src/model/two-significant';
import { loadDrug } from '../../src/model/load-drug';
import { loadScene } from '../../src/model/load-scene';
import { simulatePathway } from '../../src/model/simulate-pathway';

const scene = (id: string) => loadScene(SCENES[id]!);
const drug = (id: string) => loadDrug(DRUGS[id]!);

describe('doseResponse', () => {
  it('samples the log axis from 0.1× to 1000× evenly, ends included', () => {
    const xs = logSamples(61);
    expect(xs[0]).toBeCloseTo(0.1, 12);
    expect(xs.at(-1)).toBeCloseTo(1000, 9);
    const steps = xs.slice(1).map((x, i) => Math.log10(x) - Math.log10(xs[i]!));
    for (const step of steps) expect(step).toBeCloseTo(4 / 60, 12);
    expect(DECADES).toEqual([0.1, 1, 10, 100, 1000]);
  });

  it.each(Object.keys(SCENES).flatMap((s) => Object.keys(DRUGS).map((d) => [s, d] as const)))('%s + %s: every figure is simulatePathway’s', (s, d) => {
    const plot = doseResponse(scene(s), drug(d), 3.2);
    expect(plot.rows.map((r) => r.exposure)).toEqual([0.1, 0.3, 1, 3, 3.2, 10, 30, 100, 300, 1000]);
    for (const point of [...plot.rows, ...plot.samples]) {
      const sim = simulatePathway({ scene: scene(s), drug: drug(d), exposure: point.exposure });
      expect(point.signal).toBe(sim.signal);
      for (const [jak, jakSim] of Object.entries(sim.jaks)) {
        if (jakSim.certainty === 'not-established') expect(point.occupancy[jak as 'JAK1']).toBeUndefined();
        else expect(point.occupancy[jak as 'JAK1']).toBe(jakSim.occupancy);
      }
    }
    expect(plot.signalBound).toBe(simulatePathway({ scene: scene(s), drug: drug(d), exposure: 3.2 }).signalBound);
    // All four JAKs are listed; the scene's own are emphasised.
    expect(plot.jaks.map((c) => c.jak)).toEqual(['JAK1', 'JAK2', 'JAK3', 'TYK2']);
    expect(plot.jaks.filter((c) => c.inScene).map((c) => c.jak).sort()).toEqual(
      [...new Set(SCENES[s]!.receptor.chains.map((c) => c.jak.name))].sort(),
    );
  });

  it('does not repeat the chosen exposure when it is one of the table’s', () => {
    expect(doseResponse(scene('il13'), drug('abrocitinib'), 10).rows.map((r) => r.exposure)).toEqual([...TABLE_EXPOSURES]);
  });

  it('gives no number for a potency that is not established, and keeps its note', () => {
    const plot = doseResponse(scene('il13'), drug('upadacitinib'), 10);
    const tyk2 = plot.jaks.find((c) => c.jak === 'TYK2')!;
    expect(tyk2).toMatchObject({ certainty: 'not-established', halfAt: undefined, inScene: true });
    expect(tyk2.note).toMatch(/No confirmed figure/);
    expect(plot.samples.every((p) => p.occupancy.TYK2 === undefined)).toBe(true);
    expect(plot.signalBound).toBe('at-most');
    expect(plot.jaks.find((c) => c.jak === 'JAK3')).toMatchObject({ certainty: 'at-most', halfAt: 100 });
  });

  it('marks ruxolitinib’s JAK1 and JAK2 as assumed', () => {
    const plot = doseResponse(scene('tslp'), drug('ruxolitinib'), 10);
    expect(plot.jaks.slice(0, 2).map((c) => c.certainty)).toEqual(['assumed', 'assumed']);
    expect(plot.signalAssumed).toBe(true);
    expect(plot.assays).toEqual([]);
    expect(plot.selectivity).toMatchObject({ jak: 'JAK2', fades: false });
  });

  it('shows selectivity fading: JAK1 against the scene’s other JAK, at 1× and where the gap has shrunk', () => {
    const abro = doseResponse(scene('il31'), drug('abrocitinib'), 10).selectivity!;
    expect(abro.jak).toBe('JAK2');
    expect(abro.low).toEqual({ exposure: 1, jak1: 0.5, other: 1 / 29 });
    expect(abro.high).toEqual({ exposure: 100, jak1: 100 / 101, other: 100 / 128 });
    expect(abro.fades).toBe(true);
    // For a ratio of 100 the gap at 100× equals the gap at 1×; 1000× shows it shrink.
    const upa = doseResponse(scene('il4'), drug('upadacitinib'), 10).selectivity!;
    expect(upa.jak).toBe('JAK3');
    expect(upa.high.exposure).toBe(1000);
    expect(upa.fades).toBe(true);
    // A scene whose other JAK is not established compares with the most-hit JAK that is drawn.
    expect(doseResponse(scene('il13'), drug('upadacitinib'), 10).selectivity!.jak).toBe('JAK2');
  });

  it('reads each drug’s assay kind from its data', () => {
    expect(assaysOf(drug('abrocitinib'))).toEqual([{ assay: 'enzyme', sources: ['S42', 'S47'] }]);
    expect(assaysOf(drug('upadacitinib'))).toEqual([{ assay: 'cellular', sources: ['S28'] }]);
    expect(assaysOf(drug('ruxolitinib'))).toEqual([]);
  });
});

describe('twoSignificant', () => {
  it.each([
    [3.1623, 3.2], [0.1, 0.1], [0.12589, 0.13], [1000, 1000], [999.9, 1000], [10, 10], [1.4125, 1.4], [251.19, 250], [0.31623, 0.32],
  ])('%s → %s', (x, expected) => expect(twoSignificant(x)).toBe(expected));
});
