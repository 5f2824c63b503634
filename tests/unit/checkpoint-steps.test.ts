import { describe, expect, it } from 'vitest';
import { checkpointFor } from '../../src/ui/jak-stat-explorer/checkpoint-steps';
import { inAnswerOrder } from '../../src/ui/jak-stat-explorer/answer-order';
import { SceneSession } from '../../src/session/scene-session';
import { en } from '../../src/i18n/locales/en';
import { SCENES } from '../../scenes';

const session = (id: string, data: unknown = SCENES[id]) =>
  new SceneSession({ kind: 'loaded', data }, { drug: undefined, exposure: 1, locale: en });

describe('checkpoints follow step roles, not step ids', () => {
  it.each(Object.keys(SCENES))('asks each checkpoint of %s after the step of its role', (id) => {
    const steps = session(id).scene.steps;
    for (const checkpoint of en.checkpoints) {
      const step = steps.findIndex((s) => s.role === checkpoint.afterStep) + 1;
      // The checkpoint of that role, its answers in the order they are offered.
      expect(checkpointFor(session(id), step), `${id} ${checkpoint.id}`).toEqual(inAnswerOrder(checkpoint));
    }
  });

  it('asks the receptor-assembly question after the IFN-γ receptor changes shape', () => {
    const step = session('ifng').scene.steps.findIndex((s) => s.id === 'receptor-shape-change') + 1;
    expect(checkpointFor(session('ifng'), step)?.afterStep).toBe('receptor-assembly');
  });

  it('asks by role whatever the step is called, and nothing past the last step', () => {
    const data = structuredClone(SCENES.il13!);
    data.steps[7] = { ...data.steps[7]!, id: 'stats-pair-up' };
    const renamed = session('il13', data);
    expect(checkpointFor(renamed, 8)?.afterStep).toBe('dimerization');
    expect(checkpointFor(renamed, renamed.scene.steps.length + 1)).toBeUndefined();
  });
});
