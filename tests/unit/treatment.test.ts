import { describe, expect, it } from 'vitest';
import { loadDrug } from '../../src/model/load-drug';
import { loadScene } from '../../src/model/load-scene';
import { planScene } from '../../src/model/plan-scene';
import { createTreatment } from '../../src/model/treatment';
import { JAK } from '../../src/model/geometry';
import { DRUGS } from '../../scenes/drugs';
import { SCENES } from '../../scenes';

function treatedPlan(sceneId: string, drugId: string, exposure: number) {
  const scene = loadScene(SCENES[sceneId]);
  return planScene(scene, createTreatment(scene, loadDrug(DRUGS[drugId]), exposure));
}
const endOf = (plan: ReturnType<typeof planScene>, id: string) => plan.steps.find((s) => s.id === id)!.end;
const stepOf = (plan: ReturnType<typeof planScene>, id: string) => plan.steps.find((s) => s.id === id)!;

describe('a drug on stage', () => {
  it.each(Object.keys(DRUGS))('%s on IL-13 at 10×: sits in the JAK1 pocket, and the cascade stops at JAK activation', (drug) => {
    const plan = treatedPlan('il13', drug, 10);
    const rest = endOf(plan, 'resting');
    const plug = rest['drug-jak1']!;
    expect(plug.alpha).toBe(1);
    expect(plug.active).toBe(1);
    expect(Math.hypot(plug.x - (rest.jak1!.x + JAK.pocket.x), plug.y - (rest.jak1!.y + JAK.pocket.y))).toBeLessThan(20);
    const jaks = endOf(plan, 'jak-activation');
    expect(jaks.jak1!.phospho).toBe(0);
    expect(jaks.tyk2!.phospho).toBe(0);
    expect(jaks['atp-1']!.value).toBe(0);
    expect(endOf(plan, 'receptor-phosphorylation').il4ra!.phospho).toBe(0);
    const docked = endOf(plan, 'stat-docking');
    expect(docked['stat6-a']).toEqual(rest['stat6-a']);
    const final = plan.steps.at(-1)!.end;
    expect(final['stat6-a']!.phospho).toBe(0);
    expect(Math.abs(final.flg!.value)).toBeLessThan(0.1);
    expect(final.socs!.alpha).toBe(0);
  });

  it('keeps the drug in the pocket while the receptor assembles', () => {
    const plan = treatedPlan('il13', 'abrocitinib', 10);
    for (const id of ['receptor-assembly', 'negative-feedback']) {
      const end = endOf(plan, id);
      const gap = Math.hypot(end['drug-jak1']!.x - (end.jak1!.x + JAK.pocket.x), end['drug-jak1']!.y - (end.jak1!.y + JAK.pocket.y));
      expect(gap, id).toBeLessThan(20);
    }
  });

  it('leaves binding and assembly alone: the drug acts inside the cell', () => {
    const treated = treatedPlan('il13', 'abrocitinib', 10);
    const untreated = planScene(loadScene(SCENES.il13));
    for (const id of ['ligand-binding', 'receptor-assembly']) {
      expect(endOf(treated, id).il13).toEqual(endOf(untreated, id).il13);
      expect(endOf(treated, id).il4ra).toEqual(endOf(untreated, id).il4ra);
      expect(stepOf(treated, id).drugNote).toMatch(/does not stop this/);
    }
  });

  it('narrates what the drug prevents and why, naming it', () => {
    const plan = treatedPlan('il13', 'upadacitinib', 10);
    expect(stepOf(plan, 'jak-activation').text).toMatch(/In the pair shown, upadacitinib sits in the ATP pocket of JAK1, so ATP is kept out/);
    // Exactly one JAK of the pair holds the drug: its free partner can still phosphorylate it.
    expect(stepOf(plan, 'jak-activation').text).toMatch(/TYK2 can still put a phosphate on the drug-bound JAK1/);
    const signalling = plan.treatment!.population.signallingPairs;
    expect(stepOf(plan, 'nuclear-import').text).toMatch(new RegExp(`Across the cell ${signalling} STAT6 dimers? ha(s|ve) reached the nucleus`));
    // The untreated picture's simplification note does not describe a blocked step.
    expect(stepOf(plan, 'jak-activation').simplified).toBeUndefined();
    expect(stepOf(plan, 'ligand-binding').simplified).toBe(stepOf(planScene(loadScene(SCENES.il13)), 'ligand-binding').simplified);
    expect(stepOf(plan, 'resting').drugNote).toMatch(/taken as a pill, reaches the cell from the blood/);
    expect(stepOf(plan, 'resting').drugNote).toMatch(/TYK2 \(not established\)/);
    expect(stepOf(plan, 'jak-activation').sources).toEqual(expect.arrayContaining(['S28', 'S50']));
    // Percentages in the notes cite the potency figures they come from.
    const abro = treatedPlan('il13', 'abrocitinib', 10);
    for (const step of abro.steps) {
      if (/\d+%/.test(`${step.text} ${step.drugNote}`)) expect(step.sources, step.id).toEqual(expect.arrayContaining(['S42', 'S47']));
    }
  });

  it('ruxolitinib cream arrives through the skin and fills both JAKs of TSLP', () => {
    const plan = treatedPlan('tslp', 'ruxolitinib', 10);
    expect(plan.actors.find((a) => a.id === 'route')!.route).toBe('topical');
    const rest = endOf(plan, 'resting');
    expect(rest['drug-jak1']!.active).toBe(1);
    expect(rest['drug-jak2']!.active).toBe(1);
    expect(stepOf(plan, 'resting').drugNote).toMatch(/soaks in from the skin surface/);
  });

  it('partial inhibition: at 0.3× the receptor still signals, with a weaker gene change', () => {
    const plan = treatedPlan('il13', 'abrocitinib', 0.3);
    const untreated = planScene(loadScene(SCENES.il13));
    expect(endOf(plan, 'jak-activation').jak1!.phospho).toBe(1);
    expect(endOf(plan, 'resting')['drug-jak1']!.active).toBe(0);
    const genes = endOf(plan, 'transcription').flg!.value;
    expect(genes).toBeLessThan(-0.5);
    expect(genes).toBeGreaterThan(endOf(untreated, 'transcription').flg!.value);
    expect(stepOf(plan, 'jak-activation').drugNote).toMatch(/The pair shown has both JAKs free, like \d+ of the 16 receptor pairs/);
    expect(stepOf(plan, 'jak-activation').text).toMatch(/Across the cell most of the receptor pairs \(\d+ of 16\) still switch on/);
  });

  it('the final step differs from the untreated run', () => {
    for (const drug of Object.keys(DRUGS)) {
      const treated = treatedPlan('il13', drug, 10).steps.at(-1)!.end;
      const untreated = planScene(loadScene(SCENES.il13)).steps.at(-1)!.end;
      expect(treated['stat6-a'], drug).not.toEqual(untreated['stat6-a']);
      expect(treated.flg!.value, drug).not.toBe(untreated.flg!.value);
    }
  });
});
