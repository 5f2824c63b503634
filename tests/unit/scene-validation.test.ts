import { describe, expect, it } from 'vitest';
import { loadScene, SceneValidationError, validateScene } from '../../src/model/load-scene';
import { SCENES } from '../../scenes';
import { il13 } from '../../scenes/il13';

/** A deep copy of the IL-13 scene, every step's id and actions given explicitly, to break on purpose. */
function brokenIl13(): any {
  return structuredClone(loadScene(il13));
}

/** The IL-13 scene as authored (roles, and ids and actions only where they differ from the defaults). */
function authoredIl13(): any {
  return structuredClone(il13);
}

function messageOf(data: unknown): string {
  try {
    loadScene(data);
  } catch (error) {
    expect(error).toBeInstanceOf(SceneValidationError);
    return (error as Error).message;
  }
  throw new Error('expected the scene to be rejected');
}

describe('scene validation', () => {
  it.each(Object.keys(SCENES))('accepts the shipped scene "%s"', (id) => {
    expect(validateScene(SCENES[id])).toEqual([]);
  });

  it('names the step, action and field of an unknown actor', () => {
    const scene = brokenIl13();
    scene.steps[3].actions[0].actor = 'jak9';
    expect(messageOf(scene)).toContain('steps[3].actions[0].actor: unknown actor "jak9"');
  });

  it('rejects an actor of the wrong kind for the action', () => {
    const scene = brokenIl13();
    scene.steps[5].actions[0].to = 'jak1';
    expect(messageOf(scene)).toContain('steps[5].actions[0].to: "jak1" is a jak; "dock" needs a receptor here');
  });

  it('names a missing title', () => {
    const scene = brokenIl13();
    delete scene.steps[2].title;
    expect(messageOf(scene)).toMatch(/steps\[2\]\.title: /);
  });

  it('rejects markup in narration', () => {
    const scene = brokenIl13();
    scene.steps[1].text = 'IL-13 <img src=x onerror=alert(1)> binds.';
    expect(messageOf(scene)).toContain('steps[1].text: must be plain text');
  });

  it('names the step and index of an unknown actor in a camera focus, and a focus of the wrong shape', () => {
    const scene = authoredIl13();
    scene.steps[4].focus = { actors: ['jak9'] };
    scene.steps[5].focus = 'close-up';
    const message = messageOf(scene);
    expect(message).toContain('steps[5].focus: must be "whole-cell" or { actors: [...] }');
    scene.steps[5].focus = 'whole-cell';
    expect(messageOf(scene)).toContain('steps[4].focus.actors[0]: unknown actor "jak9"');
  });

  it('rejects an unknown source id', () => {
    const scene = brokenIl13();
    scene.steps[0].sources = ['S9', 'S999'];
    expect(messageOf(scene)).toContain('steps[0].sources[1]: unknown source id "S999"');
  });

  it('rejects an unknown action verb', () => {
    const scene = brokenIl13();
    scene.steps[4].actions[0] = { do: 'teleport', actor: 'jak1' };
    expect(messageOf(scene)).toMatch(/steps\[4\]\.actions\[0\]\.do: unknown action "teleport"/);
  });

  it('rejects an unknown JAK name and an unknown field', () => {
    const scene = brokenIl13();
    scene.receptor.chains[0].jak.name = 'JAK9';
    scene.colour = 'red';
    const message = messageOf(scene);
    expect(message).toContain('receptor.chains[0].jak.name: must be one of JAK1, JAK2, JAK3, TYK2');
    expect(message).toMatch(/colour: unknown field/);
  });

  it('rejects duplicate step ids and non-objects', () => {
    const scene = brokenIl13();
    scene.steps[2].id = scene.steps[1].id;
    expect(messageOf(scene)).toContain('steps[2].id: duplicate step id "ligand-binding"');
    expect(messageOf(null)).toMatch(/Scene "\(unknown\)" is invalid/);
  });

  it('refuses a step without a role, or with a mistyped role, naming the path', () => {
    const scene = authoredIl13();
    delete scene.steps[2].role;
    scene.steps[4].role = 'receptor-phosphorilation';
    const message = messageOf(scene);
    expect(message).toContain('steps[2].role: missing; every step states its role');
    expect(message).toContain('steps[4].role: must be one of resting, ligand-binding, receptor-assembly,');
  });

  it('gives a step without an id its role as id, and keeps an id the step gives', () => {
    const scene = loadScene(SCENES.ifng);
    expect(il13.steps.every((step) => step.id === undefined)).toBe(true);
    expect(loadScene(il13).steps.map((step) => step.id)).toEqual(loadScene(il13).steps.map((step) => step.role));
    expect(scene.steps[2]).toMatchObject({ id: 'receptor-shape-change', role: 'receptor-assembly' });
  });

  it('refuses two steps of one role unless they have ids of their own', () => {
    const scene = authoredIl13();
    scene.steps.splice(3, 0, { ...scene.steps[2] });
    expect(messageOf(scene)).toContain('steps[3].id: missing: an earlier step already has the id "receptor-assembly"');
    scene.steps[3].id = 'receptor-assembly-again';
    expect(validateScene(scene)).toEqual([]);
  });

  it('accepts a scene that gives every id, role and action explicitly, and loads it unchanged', () => {
    const explicit = structuredClone(loadScene(il13));
    expect(loadScene(explicit)).toEqual(loadScene(il13));
  });

  it('checks the actions a step gives instead of its defaults', () => {
    const scene = authoredIl13();
    scene.steps[3].actions = [{ do: 'phosphorylate', actor: 'jak9', by: 'jak1' }];
    expect(messageOf(scene)).toContain('steps[3].actions[0].actor: unknown actor "jak9"');
  });
});
