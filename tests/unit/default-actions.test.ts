import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultActions } from '../../src/model/default-actions';
import { loadScene } from '../../src/model/load-scene';
import { loadDrug } from '../../src/model/load-drug';
import { planScene } from '../../src/model/plan-scene';
import { createTreatment } from '../../src/model/treatment';
import type { SceneAction, SceneData } from '../../src/model/scene-schema';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';

/**
 * Every step's actions, by scene and step id, as the six scenes stated them in full before steps had default
 * actions (generated from the scene files of commit e8d9cb1). The scenes must still do exactly this.
 */
const STATED: Record<string, Record<string, SceneAction[]>> = JSON.parse(
  readFileSync(resolve(import.meta.dirname, 'fixtures/stated-actions.json'), 'utf8'),
);

/** A scene's data with every step's id and actions given explicitly, as STATED has them. */
function statedInFull(data: SceneData): SceneData {
  const stated = STATED[data.id]!;
  return { ...data, steps: loadScene(data).steps.map((step) => ({ ...step, actions: stated[step.id]! })) };
}

/** The steps of each scene that give their own actions, because the scene's story differs from the default. */
const OVERRIDES = {
  il13: ['ligand-binding'], // IL-13 binds IL-13Rα1, the second chain, first.
  il4: [],
  il31: [],
  il22: [],
  tslp: ['ligand-binding', 'negative-feedback'], // TSLP binds TSLPR first; SOCS is drawn on JAK2.
  ifng: [],
};

describe('default actions of the step roles', () => {
  it.each(Object.keys(SCENES))('give %s exactly the actions its steps stated in full', (id) => {
    const scene = loadScene(SCENES[id]);
    expect(Object.fromEntries(scene.steps.map((step) => [step.id, step.actions]))).toEqual(STATED[id]);
  });

  it.each(Object.keys(SCENES))('plan %s frame for frame as its fully stated steps did, with and without a drug', (id) => {
    const scene = loadScene(SCENES[id]);
    const stated = loadScene(statedInFull(SCENES[id]!));
    const frames = (plan: ReturnType<typeof planScene>) => plan.steps.map(({ id, beats, end, duration }) => ({ id, beats, end, duration }));
    expect(frames(planScene(scene))).toEqual(frames(planScene(stated)));
    for (const drug of Object.values(DRUGS).map(loadDrug)) {
      for (const exposure of [0.3, 1, 100]) {
        expect(frames(planScene(scene, createTreatment(scene, drug, exposure))), `${drug.id} ${exposure}×`)
          .toEqual(frames(planScene(stated, createTreatment(stated, drug, exposure))));
      }
    }
  });

  it.each(Object.entries(OVERRIDES))('are what %s uses, except where a step gives its own actions', (id, overrides) => {
    const data = SCENES[id]!;
    const scene = loadScene(data);
    expect(data.steps.filter((step) => step.actions !== undefined).map((step) => step.role)).toEqual(overrides);
    for (const step of scene.steps) {
      if (!(overrides as readonly string[]).includes(step.role)) expect(step.actions, step.id).toEqual(defaultActions(step.role, scene));
      else expect(step.actions, step.id).not.toEqual(defaultActions(step.role, scene));
    }
  });

  it('let a step\'s own actions win over its role\'s defaults', () => {
    const data = structuredClone(SCENES.il22!);
    const jakActivation = data.steps.findIndex((step) => step.role === 'jak-activation');
    const own: SceneAction[] = [{ do: 'phosphorylate', actor: 'jak1', by: 'tyk2' }];
    data.steps[jakActivation] = { ...data.steps[jakActivation]!, actions: own };
    expect(loadScene(data).steps[jakActivation]!.actions).toEqual(own);
    expect(loadScene(SCENES.il22).steps[jakActivation]!.actions).toHaveLength(2);
  });

  it('follow the scene\'s molecules: chains, JAKs, STATs, genes, SOCS and pre-assembly', () => {
    const il13 = loadScene(SCENES.il13);
    expect(defaultActions('ligand-binding', il13)).toEqual([{ do: 'bind', actor: 'il13', to: 'il4ra' }]);
    expect(defaultActions('receptor-assembly', il13)).toEqual([{ do: 'assemble', actors: ['il4ra', 'il13ra1'] }]);
    expect(defaultActions('receptor-assembly', { ...il13, receptor: { ...il13.receptor, preassembled: true } }))
      .toEqual([{ do: 'shift', actors: ['il4ra', 'il13ra1'] }]);
    expect(defaultActions('jak-activation', il13)).toEqual([
      { do: 'phosphorylate', actor: 'tyk2', by: 'jak1' },
      { do: 'phosphorylate', actor: 'jak1', by: 'tyk2', delay: 0.3 },
    ]);
    expect(defaultActions('stat-docking', il13).map((action) => action.delay)).toEqual([undefined, 0.4]);
    expect(defaultActions('stat-phosphorylation', il13).map((action) => action.delay)).toEqual([undefined, 0.5]);
    expect(defaultActions('transcription', il13)).toEqual([
      { do: 'express', actor: 'flg' },
      { do: 'express', actor: 'lor', delay: 0.3 },
      { do: 'express', actor: 'ccl26', delay: 0.6 },
    ]);
    expect(defaultActions('negative-feedback', { ...il13, socs: { id: 'socs3', label: 'SOCS3' } }))
      .toEqual([{ do: 'feedback', actor: 'socs3', on: 'jak1' }]);
    expect(defaultActions('resting', il13)).toEqual([]);
  });
});
