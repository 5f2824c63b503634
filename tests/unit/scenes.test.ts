import { describe, expect, it } from 'vitest';
import { loadScene } from '../../src/model/load-scene';
import { planScene } from '../../src/model/plan-scene';
import { isKnownSource } from '../../src/model/sources';
import { SCENES } from '../../scenes';
import { STEP_ROLES } from '../../src/model/step-role';

/** Each scene's receptor, JAKs, STAT and cell, as its `receptor` and `cell` sources give them (docs/sources.md). */
const EXPECTED = {
  il13: { chains: [['IL-4Rα', 'JAK1'], ['IL-13Rα1', 'TYK2']], stat: 'STAT6', cell: 'keratinocyte', preassembled: false },
  il4: { chains: [['IL-4Rα', 'JAK1'], ['γc', 'JAK3']], stat: 'STAT6', cell: 't-cell', preassembled: false },
  il31: { chains: [['IL-31RA', 'JAK1'], ['OSMRβ', 'JAK2']], stat: 'STAT3', cell: 'sensory-neuron', preassembled: false },
  il22: { chains: [['IL-22R1', 'JAK1'], ['IL-10R2', 'TYK2']], stat: 'STAT3', cell: 'keratinocyte', preassembled: false },
  tslp: { chains: [['IL-7Rα', 'JAK1'], ['TSLPR', 'JAK2']], stat: 'STAT5', cell: 'immune-cell', preassembled: false },
  ifng: { chains: [['IFNGR1', 'JAK1'], ['IFNGR2', 'JAK2']], stat: 'STAT1', cell: 'tissue-cell', preassembled: true },
} as const;

describe('the six atopic-dermatitis scenes', () => {
  it('registers exactly the six scene ids the README lists', () => {
    expect(Object.keys(SCENES).sort()).toEqual(['ifng', 'il13', 'il22', 'il31', 'il4', 'tslp']);
  });

  describe.each(Object.entries(EXPECTED))('%s', (id, expected) => {
    const scene = loadScene(SCENES[id]);
    const plan = planScene(scene);
    const narration = plan.steps.map((step) => `${step.title} ${step.text} ${step.simplified ?? ''}`).join(' ');

    it('has the receptor chains, JAKs, STAT and cell its sources give', () => {
      expect(scene.receptor.chains.map((chain) => [chain.label, chain.jak.name])).toEqual(expected.chains);
      expect(scene.stat.label).toBe(expected.stat);
      expect(scene.cell.kind).toBe(expected.cell);
      expect(scene.receptor.preassembled).toBe(expected.preassembled);
    });

    it('names its chains, JAKs and STAT in the narration', () => {
      for (const [chain, jak] of expected.chains) {
        expect(narration, chain).toContain(chain);
        expect(narration, jak).toContain(jak);
      }
      expect(narration).toContain(expected.stat);
    });

    it('follows the canonical order: at least 12 steps, resting first, SOCS feedback last', () => {
      expect(plan.steps.length).toBeGreaterThanOrEqual(12);
      expect(plan.steps[0]!.id).toBe('resting');
      expect(plan.steps.at(-1)!.beats.some((beat) => beat.actor === scene.socs.id)).toBe(true);
      const order = plan.steps.map((step) => step.id);
      expect(order.indexOf('jak-activation')).toBeLessThan(order.indexOf('stat-docking'));
      expect(order.indexOf('stat-docking')).toBeLessThan(order.indexOf('stat-phosphorylation'));
      expect(order.indexOf('nuclear-import')).toBeLessThan(order.indexOf('dna-binding'));
    });

    it('states every role of the canonical pathway once, in order, so a class can switch cytokine and stay on the step', () => {
      expect(SCENES[id]!.steps.map((step) => step.role)).toEqual(STEP_ROLES);
    });

    it('cites only known sources, and every step cites at least one', () => {
      for (const step of plan.steps) {
        expect(step.sources.length, step.id).toBeGreaterThan(0);
        for (const source of step.sources) expect(isKnownSource(source), `${step.id}: ${source}`).toBe(true);
      }
    });

    it('gives every step a different end state', () => {
      for (let i = 1; i < plan.steps.length; i++) expect(plan.steps[i]!.end).not.toEqual(plan.steps[i - 1]!.end);
    });
  });

  it('never states the STAT1 tyrosine no source here confirms (Y701)', () => {
    const all = JSON.stringify(SCENES);
    expect(all).not.toContain('Y701');
    expect(loadScene(SCENES.ifng).stat.tyrosine).toBeUndefined();
  });

  it('repeats none of the commonly drawn wrong claims', () => {
    const text = JSON.stringify(SCENES).toLowerCase();
    expect(text).not.toMatch(/stat(\d)? binds (the )?jak\b/);
    expect(text).not.toMatch(/receptor('s)? (own )?kinase/);
    expect(text).not.toMatch(/only (in|inside) immune cells/);
  });

  it('pre-assembled receptors change shape instead of coming together', () => {
    const plan = planScene(loadScene(SCENES.ifng));
    const rest = plan.steps[0]!.end;
    const index = plan.scene.steps.findIndex((step) => step.role === 'receptor-assembly');
    expect(plan.steps[index]!.id).toBe('receptor-shape-change');
    const shifted = plan.steps[index]!.end;
    expect(shifted.ifngr1!.x).toBe(rest.ifngr1!.x);
    expect(shifted.ifngr1!.value).toBe(1);
  });
});
