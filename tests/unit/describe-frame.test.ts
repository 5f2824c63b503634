import { describe, expect, it } from 'vitest';
import { describeStep, describeView } from '../../src/model/describe-frame';
import es from '../../src/i18n/locales/es';
import { loadScene } from '../../src/model/load-scene';
import { planScene } from '../../src/model/plan-scene';
import { createTreatment } from '../../src/model/treatment';
import { loadDrug } from '../../src/model/load-drug';
import { describedScene } from '../../src/model/described-scene';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';

const scene = loadScene(SCENES.il13);
const plan = planScene(scene);
const described = describedScene(plan);
const at = (i: number) => describeStep(described, plan.steps[i]!.facts, i > 0 ? plan.steps[i - 1]!.facts : undefined);

describe('the describer', () => {
  it('says what the camera frames at each step, from its focus, in English and Spanish', () => {
    const view = (i: number) => describeView(described, plan.steps[i]!.focus);
    expect(view(0)).toBe('In view: the whole cell.');
    expect(view(1)).toBe('In view: IL-13 and IL-13Rα1.');
    expect(view(3)).toBe('In view: TYK2 and JAK1.');
    expect(view(8)).toBe('In view: STAT6 and the nuclear pore.');
    expect(view(10)).toMatch(/^In view: Filaggrin, Loricrin, CCL26 and the GAS motif on the DNA\.$/);
    expect(describeView(described, plan.steps[8]!.focus, es.describer)).toBe('A la vista: STAT6 y el poro nuclear.');
    expect(describeView(described, plan.steps[0]!.focus, es.describer)).toBe('A la vista: toda la célula.');
  });

  it('describes the resting cell from the model state', () => {
    const { now } = at(0);
    expect(now).toContain('IL-13 is outside the cell.');
    expect(now).toContain('The receptor chains IL-4Rα and IL-13Rα1 sit apart in the membrane.');
    expect(now).toContain('JAK1 sits on the tail of IL-4Rα.');
    expect(now).toContain('Both STAT6 are free in the cytoplasm.');
  });

  it('says what changed at each step, naming the actors that moved', () => {
    expect(at(1).changed).toContain('IL-13 is bound to the receptor');
    expect(at(2).changed).toContain('are together');
    expect(at(3).changed).toMatch(/JAK1 sits on the tail of IL-4Rα, phosphorylated and active/);
    expect(at(5).changed).toContain('Both STAT6 are docked on IL-4Rα.');
    expect(at(7).changed).toContain('Two STAT6 form a pair in the cytoplasm.');
    expect(at(8).changed).toContain('inside the nucleus');
    expect(at(9).changed).toContain('bound to the GAS motif');
    expect(at(10).changed).toContain('Filaggrin is turned down.');
    expect(at(10).changed).toContain('CCL26 is turned up.');
    expect(at(11).changed).toContain('SOCS is bound next to JAK1.');
  });

  it('differs between every two consecutive steps', () => {
    for (let i = 1; i < plan.steps.length; i++) expect(at(i).now, plan.steps[i]!.id).not.toBe(at(i - 1).now);
  });

  it('mentions the drug in the pocket', () => {
    const treated = planScene(scene, createTreatment(scene, loadDrug(DRUGS.abrocitinib), 10));
    const d = describeStep(describedScene(treated), treated.steps[3]!.facts, treated.steps[2]!.facts);
    expect(d.now).toContain('Abrocitinib fills the ATP pocket of JAK1.');
    expect(d.now).toContain('One more abrocitinib molecule waits unbound in the cytoplasm.');
    expect(d.now).not.toMatch(/not in a pocket/);
    expect(d.now).toContain('JAK1 sits on the tail of IL-4Rα.');
    expect(d.now).toMatch(/\d+ of 16 receptor pairs have the drug in a JAK pocket; \d+ still signal/);
    const final = describeStep(describedScene(treated), treated.steps.at(-1)!.facts, undefined);
    const dimers = treated.treatment!.population.signallingPairs;
    expect(final.now).toContain(`${dimers} STAT6 dimer`);
  });
});
