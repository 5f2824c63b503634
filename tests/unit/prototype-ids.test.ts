import { describe, expect, it } from 'vitest';
import { loadScene, validateScene } from '../../src/model/load-scene';
import { loadDrug } from '../../src/model/load-drug';
import { planScene } from '../../src/model/plan-scene';
import { createTreatment } from '../../src/model/treatment';
import { Choreography } from '../../src/model/choreography';
import { getSource } from '../../src/model/source-works';
import { isKnownSource } from '../../src/model/sources';
import { drugTextById, localizeSceneData, sceneTextById } from '../../src/i18n/localize-content';
import { es as spanishLocale } from '../../src/i18n/locales/es';
import { SCENES, sceneDataById } from '../../scenes';
import { DRUGS, drugDataById } from '../../scenes/drugs';
import { il13 } from '../../scenes/il13';
import { upadacitinib } from '../../scenes/drugs/upadacitinib';

const spanish = spanishLocale;
/** Names every plain object inherits: a lookup by one of them must never find Object.prototype's member. */
const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/** IL-13 with the DNA-binding step (which a drug blocks) renamed `constructor`, and SOCS called `constructor` too. */
function il13WithConstructor(): any {
  const data: any = structuredClone(il13);
  data.steps.find((step: { role: string }) => step.role === 'dna-binding').id = 'constructor';
  // The SOCS step's default action names the SOCS by the scene's id for it.
  data.socs.id = 'constructor';
  return data;
}

describe('ids that name members of Object.prototype', () => {
  it('are refused by the id format, except "constructor", the one that is lower-case letters', () => {
    const inherited = Object.getOwnPropertyNames(Object.prototype);
    expect(inherited.filter((name) => /^[a-z][a-z0-9-]*$/.test(name))).toEqual(['constructor']);
    for (const id of INHERITED.filter((name) => name !== 'constructor')) {
      const data: any = structuredClone(il13);
      data.steps[1].id = id;
      expect(validateScene(data).map((issue) => issue.path), id).toEqual(['steps[1].id']);
    }
  });

  it('"constructor" as a step and actor id loads and plans like any id', () => {
    const scene = loadScene(il13WithConstructor());
    const plan = planScene(scene);
    const step = plan.steps.find((s) => s.id === 'constructor')!;
    expect(step.text).toBe(il13.steps.find((s) => s.role === 'dna-binding')!.text);
    const socs: string = 'constructor';
    expect(Object.hasOwn(plan.steps.at(-1)!.end, socs)).toBe(true);
    expect(plan.steps.at(-1)!.end[socs]!.alpha).toBe(1);
  });

  it.each([['English', undefined], ['Spanish', spanish.treatment]] as const)(
    'narrates a drug-blocked step called "constructor" with words, not "{}" (%s)',
    (_language, phrases) => {
      const scene = loadScene(il13WithConstructor());
      const plan = planScene(scene, createTreatment(scene, loadDrug(upadacitinib), 100), phrases);
      const step = plan.steps.find((s) => s.id === 'constructor')!;
      expect(typeof step.text).toBe('string');
      // Its role, not its id, decides its words: the same as the usual DNA-binding step under the drug.
      const usual = loadScene(il13);
      const usualPlan = planScene(usual, createTreatment(usual, loadDrug(upadacitinib), 100), phrases);
      expect(step.text).toBe(usualPlan.steps.find((s) => s.id === 'dna-binding')!.text);
      expect(step.text).not.toContain('{}');
      expect(step.drugNote).toMatch(/\d+%/);
    },
  );

  it('keeps a step called "constructor" valid in Spanish (in English, as there is no translation for it)', () => {
    const data: any = structuredClone(il13);
    data.steps.find((step: { role: string }) => step.role === 'dna-binding').id = 'constructor';
    // The first gene is called "constructor" too (the Spanish gene labels are looked up by gene id).
    const gene = data.genes[0].id;
    data.genes[0].id = 'constructor';
    for (const step of data.steps) for (const action of step.actions ?? []) if (action.actor === gene) action.actor = 'constructor';
    const scene = loadScene(localizeSceneData(data, sceneTextById(spanish.content, 'il13')));
    expect(scene.steps.find((s) => s.id === 'constructor')!.title).toBe(il13.steps.find((s) => s.role === 'dna-binding')!.title);
    expect(scene.steps[1]!.title).toBe(spanish.content!.scenes.il13!.steps['ligand-binding']!.title);
    expect(scene.genes[0]!.label).toBe(il13.genes[0]!.label);
  });

  it('finds no scene, drug or translation for an inherited name', () => {
    for (const id of INHERITED) {
      expect(sceneDataById(id), id).toBeUndefined();
      expect(drugDataById(id), id).toBeUndefined();
      expect(sceneTextById(spanish.content, id), id).toBeUndefined();
      expect(drugTextById(spanish.content, id), id).toBeUndefined();
      expect(SCENES[id], id).toBeUndefined();
      expect(DRUGS[id], id).toBeUndefined();
      expect(isKnownSource(id), id).toBe(false);
      expect(() => getSource(id), id).toThrow(`Unknown source id "${id}"`);
    }
  });

  it('finds every registered scene, drug and translation by its id', () => {
    for (const id of Object.keys(SCENES)) {
      expect(sceneDataById(id)?.id).toBe(id);
      expect(sceneTextById(spanish.content, id)).toBeDefined();
    }
    for (const id of Object.keys(DRUGS)) {
      expect(drugDataById(id)?.id).toBe(id);
      expect(drugTextById(spanish.content, id)).toBeDefined();
    }
    expect(drugDataById('none')).toBeUndefined();
  });

  it('has no actor "constructor" on a stage that lacks one', () => {
    const stage = new Choreography({});
    expect(() => stage.state('constructor')).toThrow('No actor "constructor" on stage');
    expect(() => stage.move('constructor', { x: 1 }, { at: 0, duration: 1 })).toThrow('No actor "constructor" on stage');
  });
});
