import { describe, expect, it } from 'vitest';
import { loadScene, SceneValidationError } from '../../src/model/load-scene';
import { DrugValidationError, loadDrug } from '../../src/model/load-drug';
import {
  MAX_ACTIONS_PER_STEP, MAX_ID_LENGTH, MAX_SOURCE_IDS, MAX_STEPS, drugSizeIssues, sceneSizeIssues,
} from '../../src/model/data-limits';
import { il13 } from '../../scenes/il13';
import { abrocitinib } from '../../scenes/drugs/abrocitinib';

/** A deep copy of the IL-13 scene to change on purpose. */
/** IL-13 with every step's id and actions given explicitly (a loaded scene is valid scene data). */
const il13Copy = (): any => structuredClone(loadScene(il13));

/** IL-13 with its steps repeated (each with a fresh id) up to `count` steps. */
function withSteps(count: number): any {
  const scene = il13Copy();
  scene.steps = Array.from({ length: count }, (_, i) => ({ ...il13.steps[i % il13.steps.length]!, id: `step-${i}` }));
  return scene;
}

function issuesOf(load: () => unknown) {
  try {
    load();
  } catch (error) {
    if (error instanceof SceneValidationError || error instanceof DrugValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected the data to be refused');
}

describe('limits on scene data', () => {
  it('refuses more steps than MAX_STEPS, naming the field and the limit', () => {
    const issues = issuesOf(() => loadScene(withSteps(3000)));
    expect(issues).toEqual([{ path: 'steps', message: `at most ${MAX_STEPS} steps, got 3000` }]);
    expect(() => loadScene(withSteps(3000))).toThrow(`steps: at most ${MAX_STEPS} steps, got 3000`);
  });

  it('accepts exactly MAX_STEPS steps', () => {
    expect(loadScene(withSteps(MAX_STEPS)).steps).toHaveLength(MAX_STEPS);
  });

  it('refuses an oversize list without looking at a single item (cheap for any size)', () => {
    const scene = il13Copy();
    let touched = 0;
    const steps: unknown[] = [];
    for (let i = 0; i < 10_000; i++) {
      Object.defineProperty(steps, i, { enumerable: true, get: () => (touched++, il13.steps[0]) });
    }
    scene.steps = steps;
    expect(sceneSizeIssues(scene)).toEqual([{ path: 'steps', message: `at most ${MAX_STEPS} steps, got 10000` }]);
    expect(issuesOf(() => loadScene(scene))).toHaveLength(1);
    expect(touched).toBe(0);
  });

  it('refuses more actions in a step than MAX_ACTIONS_PER_STEP', () => {
    const scene = il13Copy();
    scene.steps[10].actions = Array.from({ length: 500 }, () => ({ do: 'express', actor: 'flg' }));
    expect(issuesOf(() => loadScene(scene))).toEqual([
      { path: 'steps[10].actions', message: `at most ${MAX_ACTIONS_PER_STEP} actions, got 500` },
    ]);
    scene.steps[10].actions = scene.steps[10].actions.slice(0, MAX_ACTIONS_PER_STEP);
    expect(() => loadScene(scene)).not.toThrow();
  });

  it('refuses more source ids in a list than MAX_SOURCE_IDS', () => {
    const scene = il13Copy();
    scene.steps[0].sources = Array.from({ length: MAX_SOURCE_IDS + 1 }, () => 'S9');
    scene.receptor.sources = Array.from({ length: 1000 }, () => 'S9');
    expect(issuesOf(() => loadScene(scene))).toEqual([
      { path: 'steps[0].sources', message: `at most ${MAX_SOURCE_IDS} source ids, got ${MAX_SOURCE_IDS + 1}` },
      { path: 'receptor.sources', message: `at most ${MAX_SOURCE_IDS} source ids, got 1000` },
    ]);
  });

  it('refuses a third receptor chain, a third STAT id and a fourth gene instead of dropping them', () => {
    const scene = il13Copy();
    scene.receptor.chains.push(structuredClone(scene.receptor.chains[0]));
    scene.stat.ids.push('stat6-c');
    scene.genes.push({ id: 'extra', label: 'Extra', change: 'up' });
    expect(issuesOf(() => loadScene(scene))).toEqual([
      { path: 'receptor.chains', message: 'exactly 2 chains, got 3' },
      { path: 'stat.ids', message: 'exactly 2 ids, got 3' },
      { path: 'genes', message: 'at most 3 genes, got 4' },
    ]);
  });

  it('refuses a third actor in a two-actor action instead of dropping it', () => {
    const scene = il13Copy();
    scene.steps[2].actions[0].actors.push('jak1');
    expect(issuesOf(() => loadScene(scene))).toContainEqual({ path: 'steps[2].actions[0].actors[2]', message: 'must name exactly two actors' });
  });

  it('refuses ids, actor names and source ids longer than their limits', () => {
    const scene = il13Copy();
    const long = 'a'.repeat(MAX_ID_LENGTH + 1);
    scene.steps[1].id = long;
    scene.steps[1].actions[0].actor = long;
    scene.steps[1].sources = ['S'.repeat(1000)];
    const issues = issuesOf(() => loadScene(scene));
    expect(issues).toContainEqual({ path: 'steps[1].id', message: `must be at most ${MAX_ID_LENGTH} characters` });
    expect(issues).toContainEqual({ path: 'steps[1].actions[0].actor', message: `must be at most ${MAX_ID_LENGTH} characters` });
    expect(issues.find((issue) => issue.path === 'steps[1].sources[0]')?.message).toMatch(/^must be at most 12 characters/);
  });

  it('keeps a huge scene id out of the error message', () => {
    const scene = withSteps(1000);
    scene.id = 'x'.repeat(1_000_000);
    let message = '';
    try {
      loadScene(scene);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.length).toBeLessThan(200);
    expect(message).toContain(`steps: at most ${MAX_STEPS} steps, got 1000`);
  });

  it('looks only at own fields: a size on Object.prototype is not data', () => {
    expect(sceneSizeIssues({})).toEqual([]);
    expect(sceneSizeIssues(null)).toEqual([]);
    expect(sceneSizeIssues('steps')).toEqual([]);
  });
});

describe('limits on drug data', () => {
  it('refuses more source ids than MAX_SOURCE_IDS in a drug field', () => {
    const drug: any = structuredClone(abrocitinib);
    drug.boxedWarning.sources = Array.from({ length: 5000 }, () => 'S44');
    drug.potency.JAK2.sources = Array.from({ length: 21 }, () => 'S42');
    expect(drugSizeIssues(drug)).toEqual([
      { path: 'boxedWarning.sources', message: `at most ${MAX_SOURCE_IDS} source ids, got 5000` },
      { path: 'potency.JAK2.sources', message: `at most ${MAX_SOURCE_IDS} source ids, got 21` },
    ]);
    expect(issuesOf(() => loadDrug(drug))).toHaveLength(2);
  });
});
