import { describe, expect, it } from 'vitest';
import { loadScene } from '../../src/model/load-scene';
import { buildOverview } from '../../src/model/overview';
import { SCENES } from '../../scenes';

const rows = buildOverview(Object.values(SCENES).map((data) => loadScene(data)));
const row = (id: string) => rows.find((r) => r.sceneId === id)!;

describe('cytokine × JAK overview', () => {
  it('has one row per scene in registry order', () => {
    expect(rows.map((r) => r.sceneId)).toEqual(Object.keys(SCENES));
  });

  it('marks each JAK with the chains that carry it (the scenes’ `receptor` sources, docs/sources.md)', () => {
    expect(row('il13').jaks).toEqual({ JAK1: ['IL-4Rα'], JAK2: [], JAK3: [], TYK2: ['IL-13Rα1'] });
    expect(row('il4').jaks).toEqual({ JAK1: ['IL-4Rα'], JAK2: [], JAK3: ['γc'], TYK2: [] });
    expect(row('tslp').jaks).toEqual({ JAK1: ['IL-7Rα'], JAK2: ['TSLPR'], JAK3: [], TYK2: [] });
    expect(row('ifng').jaks).toEqual({ JAK1: ['IFNGR1'], JAK2: ['IFNGR2'], JAK3: [], TYK2: [] });
  });

  it('shows that every AD cytokine here signals through JAK1 (S39, S40 in docs/sources.md)', () => {
    for (const r of rows) expect(r.jaks.JAK1.length, r.sceneId).toBeGreaterThan(0);
  });

  it('gives each row its STAT, outcome and sources', () => {
    expect(rows.map((r) => r.stat)).toEqual(['STAT6', 'STAT6', 'STAT3', 'STAT3', 'STAT5', 'STAT1']);
    for (const r of rows) {
      expect(r.outcome.length, r.sceneId).toBeGreaterThan(10);
      expect(r.sources.length, r.sceneId).toBeGreaterThan(0);
    }
  });
});
