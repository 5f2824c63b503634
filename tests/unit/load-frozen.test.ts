import { describe, expect, it } from 'vitest';
import { loadScene } from '../../src/model/load-scene';
import { loadDrug } from '../../src/model/load-drug';
import { localizeDrugData, localizeSceneData } from '../../src/i18n/localize-content';
import { es as spanishLocale } from '../../src/i18n/locales/es';
import { il13 } from '../../scenes/il13';
import { ruxolitinib } from '../../scenes/drugs/ruxolitinib';

/** Every object and array reachable from `value`, with its path. */
function objectsIn(value: unknown, path = '(root)'): [string, object][] {
  if (typeof value !== 'object' || value === null) return [];
  return [[path, value], ...Object.entries(value).flatMap(([key, child]) => objectsIn(child, `${path}.${key}`))];
}

/** A deep-frozen deep copy: any attempt to write to it throws (modules run in strict mode). */
function deepFrozen<T>(value: T): T {
  const copy = structuredClone(value);
  for (const [, object] of objectsIn(copy)) Object.freeze(object);
  return copy;
}

describe('loadScene keeps nothing of its caller', () => {
  it('returns a scene that later changes to the input do not reach', () => {
    // Every step given explicitly (a loaded scene is valid scene data), so there are actions to change.
    const data: any = structuredClone(loadScene(il13));
    const scene = loadScene(data);
    const before = structuredClone(scene);
    data.title = 'Changed';
    data.steps[0].title = 'Changed';
    data.steps[3].actions[0].by = 'tyk2';
    data.steps[0].sources.push('S1');
    data.steps.pop();
    data.receptor.chains[0].jak.name = 'JAK3';
    data.genes[0].change = 'up';
    expect(scene).toEqual(before);
  });

  it('shares no object or array with the input', () => {
    const data = structuredClone(il13);
    const inputObjects = new Set(objectsIn(data).map(([, object]) => object));
    const shared = objectsIn(loadScene(data)).filter(([, object]) => inputObjects.has(object)).map(([path]) => path);
    expect(shared).toEqual([]);
  });

  it('returns a scene frozen at every level', () => {
    const scene = loadScene(il13);
    const unfrozen = objectsIn(scene).filter(([, object]) => !Object.isFrozen(object)).map(([path]) => path);
    expect(unfrozen).toEqual([]);
    expect(() => {
      (scene.steps[0] as { title: string }).title = 'Changed';
    }).toThrow(TypeError);
  });

  it('accepts frozen input (it never writes to it)', () => {
    expect(loadScene(deepFrozen(il13))).toEqual(loadScene(il13));
  });
});

describe('loadDrug keeps nothing of its caller', () => {
  it('returns a drug that later changes to the input do not reach, frozen at every level', () => {
    const data: any = structuredClone(ruxolitinib);
    const drug = loadDrug(data);
    const before = structuredClone(drug);
    data.name = 'Changed';
    data.potency.JAK2.ratio = 1000;
    data.boxedWarning.sources.push('S1');
    expect(drug).toEqual(before);
    const inputObjects = new Set(objectsIn(data).map(([, object]) => object));
    expect(objectsIn(drug).filter(([, object]) => inputObjects.has(object))).toEqual([]);
    expect(objectsIn(drug).filter(([, object]) => !Object.isFrozen(object)).map(([path]) => path)).toEqual([]);
  });
});

describe('localizing content', () => {
  const spanish = spanishLocale.content!;

  it('leaves the scene data and the translation as they were', () => {
    const data = deepFrozen(il13);
    const text = deepFrozen(spanish.scenes.il13!);
    const localized = localizeSceneData(data, text);
    expect(localized.steps[1]!.title).toBe(text.steps['ligand-binding']!.title);
    expect(data).toEqual(il13);
    expect(text).toEqual(spanish.scenes.il13);
  });

  it('leaves the drug data as it was', () => {
    const data = deepFrozen(ruxolitinib);
    const localized = localizeDrugData(data, deepFrozen(spanish.drugs.ruxolitinib!));
    expect(localized.name).not.toBe(ruxolitinib.name);
    expect(data).toEqual(ruxolitinib);
  });
});
