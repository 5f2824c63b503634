import { describe, expect, it } from 'vitest';
import { loadScene } from '../../src/model/load-scene';
import { planScene } from '../../src/model/plan-scene';
import { CHAIN_X, MEMBRANE, NUCLEUS, PORE, RECEPTOR, nucleusTopAt } from '../../src/model/geometry';
import { il13 } from '../../scenes/il13';

const plan = planScene(loadScene(il13));
const stepIndex = (id: string) => plan.steps.findIndex((step) => step.id === id);
const endOf = (id: string) => plan.steps[stepIndex(id)]!.end;

describe('planning the IL-13 scene', () => {
  it('has at least 12 steps in the canonical order (README, "What it shows")', () => {
    expect(plan.steps.map((s) => s.id)).toEqual([
      'resting', 'ligand-binding', 'receptor-assembly', 'jak-activation', 'receptor-phosphorylation',
      'stat-docking', 'stat-phosphorylation', 'dimerization', 'nuclear-import', 'dna-binding',
      'transcription', 'negative-feedback',
    ]);
  });

  it('keeps each step to one to three sentences with sources', () => {
    for (const step of plan.steps) {
      const sentences = step.text.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, step.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, step.id).toBeLessThanOrEqual(3);
      expect(step.sources.length, step.id).toBeGreaterThan(0);
    }
  });

  it('starts at rest: JAKs already on the receptor tails, STATs free, cytokine outside, nothing phosphorylated', () => {
    const rest = endOf('resting');
    expect(rest.il4ra!.x).toBe(CHAIN_X.apart[0]);
    expect(Math.abs(rest.jak1!.x - rest.il4ra!.x)).toBeLessThan(80);
    expect(rest.jak1!.y).toBeGreaterThan(MEMBRANE.bottom);
    expect(rest.il13!.y).toBeLessThan(MEMBRANE.top);
    for (const id of ['jak1', 'tyk2', 'il4ra', 'stat6-a', 'stat6-b']) expect(rest[id]!.phospho, id).toBe(0);
    expect(rest.socs!.alpha).toBe(0);
  });

  it('binds the cytokine to the receptor before assembly and moves chains together on assembly', () => {
    expect(endOf('ligand-binding').il13!.y).toBe(MEMBRANE.mid + RECEPTOR.cytokineY);
    expect(endOf('ligand-binding').il4ra!.x).toBe(CHAIN_X.apart[0]);
    expect(endOf('receptor-assembly').il4ra!.x).toBe(CHAIN_X.together[0]);
    expect(endOf('receptor-assembly').il13ra1!.x).toBe(CHAIN_X.together[1]);
  });

  it('phosphorylates JAKs with ATP that leaves as ADP, then the receptor, then the STATs', () => {
    const jaks = endOf('jak-activation');
    expect(jaks.jak1!.phospho).toBe(1);
    expect(jaks.tyk2!.phospho).toBe(1);
    expect(jaks.jak1!.active).toBe(1);
    expect(jaks['atp-1']!.value).toBe(1);
    expect(jaks['atp-1']!.alpha).toBe(0);
    expect(jaks.il4ra!.phospho).toBe(0);
    expect(endOf('receptor-phosphorylation').il4ra!.phospho).toBe(1);
    expect(endOf('stat-docking')['stat6-a']!.phospho).toBe(0);
    expect(endOf('stat-phosphorylation')['stat6-a']!.phospho).toBe(1);
    expect(plan.actors.filter((a) => a.kind === 'atp')).toHaveLength(5);
  });

  it('docks STATs on the receptor tail, not on the JAK', () => {
    const docked = endOf('stat-docking');
    const tailX = docked.il4ra!.x;
    expect(Math.abs(docked['stat6-a']!.x - tailX)).toBeLessThan(90);
    expect(docked['stat6-a']!.y).toBeGreaterThan(docked.jak1!.y);
  });

  it('takes the dimer through the pore into the nucleus and onto DNA', () => {
    const outside = endOf('dimerization');
    expect(outside['stat6-a']!.y).toBeLessThan(nucleusTopAt(outside['stat6-a']!.x));
    const inside = endOf('nuclear-import');
    for (const id of ['stat6-a', 'stat6-b']) {
      expect(inside[id]!.y, id).toBeGreaterThan(nucleusTopAt(inside[id]!.x));
      expect(Math.abs(inside[id]!.x - PORE.x), id).toBeLessThan(120);
    }
    expect(endOf('dna-binding')['stat6-a']!.y).toBeGreaterThan(NUCLEUS.cy - NUCLEUS.ry);
  });

  it('turns barrier genes down and the chemokine up, then SOCS damps the JAKs', () => {
    const genes = endOf('transcription');
    expect(genes.flg!.value).toBe(-1);
    expect(genes.lor!.value).toBe(-1);
    expect(genes.ccl26!.value).toBe(1);
    expect(endOf('dna-binding').flg!.value).toBe(0);
    const feedback = endOf('negative-feedback');
    expect(feedback.socs!.alpha).toBe(1);
    expect(feedback.jak1!.active).toBeLessThan(0.5);
  });

  it('gives every step a different end state', () => {
    for (let i = 1; i < plan.steps.length; i++) {
      expect(plan.steps[i]!.end, plan.steps[i]!.id).not.toEqual(plan.steps[i - 1]!.end);
    }
  });

  it('is deterministic', () => {
    expect(planScene(loadScene(il13))).toEqual(plan);
  });
});
