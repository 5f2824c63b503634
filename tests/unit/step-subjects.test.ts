import { describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';
import { loadDrug } from '../../src/model/load-drug';
import { loadScene } from '../../src/model/load-scene';
import { planScene } from '../../src/model/plan-scene';
import { roleOf } from '../../src/model/step-role';
import { planSubjects, stepIndexAt } from '../../src/model/step-subjects';
import { createTreatment } from '../../src/model/treatment';

describe('step subjects (the labels a step keeps)', () => {
  const scene = loadScene(SCENES.il13!);
  const plan = planScene(scene);
  const subjects = planSubjects(plan.steps, scene.steps.map(roleOf));
  const byRole = (role: string) => subjects[scene.steps.findIndex((step) => roleOf(step) === role)]!;

  it('the opening fade-in singles nothing out', () => {
    const ids = new Set(plan.actors.map((actor) => actor.id));
    expect([...subjects[0]!].filter((id) => ids.has(id)).length).toBeLessThan(ids.size / 2);
  });

  it('a step is about the actors it moves and the structures its role names', () => {
    expect(byRole('ligand-binding').has('il13')).toBe(true);
    expect(byRole('nuclear-import').has('pore')).toBe(true);
    expect(byRole('dna-binding').has('gas')).toBe(true);
    expect(byRole('dna-binding').has('dna')).toBe(true);
    expect([...byRole('transcription')]).toEqual(expect.arrayContaining(['flg', 'lor', 'ccl26']));
    expect(byRole('ligand-binding').has('gas')).toBe(false);
  });

  it('with a drug, the first step is about the drug molecules it brings', () => {
    const treated = planScene(scene, createTreatment(scene, loadDrug(DRUGS.abrocitinib!), 1));
    const first = planSubjects(treated.steps, scene.steps.map(roleOf))[0]!;
    const drugs = treated.actors.filter((actor) => actor.kind === 'drug').map((actor) => actor.id);
    expect(drugs.length).toBeGreaterThan(0);
    for (const id of drugs) expect(first.has(id)).toBe(true);
  });

  it('finds the step shown at a time: a step holds its end, time 0 is the first', () => {
    const steps = [{ duration: 2 }, { duration: 3 }, { duration: 1 }];
    expect(stepIndexAt(steps, 0)).toBe(0);
    expect(stepIndexAt(steps, 2)).toBe(0);
    expect(stepIndexAt(steps, 2.01)).toBe(1);
    expect(stepIndexAt(steps, 5)).toBe(1);
    expect(stepIndexAt(steps, 99)).toBe(2);
  });
});
