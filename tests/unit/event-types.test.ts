/**
 * The element's events are typed for hosts: `addEventListener('step-change', e => e.detail.step)` type-checks,
 * and every detail type is exported from the package entry. Checked by the compiler (`npm run typecheck` compiles the tests), and at run
 * time for the names of the events the element documents.
 */
import { describe, expectTypeOf, it, expect } from 'vitest';
import type { CheckpointDetail, DrugChangeDetail, ExplorerEventMap, ExportProgressDetail, SceneErrorDetail, StepChangeDetail } from '../../src/index';

describe('event types', () => {
  it('maps each custom event to its detail on any HTML element', () => {
    expectTypeOf<HTMLElementEventMap['step-change']>().toEqualTypeOf<CustomEvent<StepChangeDetail>>();
    expectTypeOf<HTMLElementEventMap['checkpoint']>().toEqualTypeOf<CustomEvent<CheckpointDetail>>();
    expectTypeOf<HTMLElementEventMap['drug-change']>().toEqualTypeOf<CustomEvent<DrugChangeDetail>>();
    expectTypeOf<HTMLElementEventMap['scene-error']>().toEqualTypeOf<CustomEvent<SceneErrorDetail>>();
    expectTypeOf<HTMLElementEventMap['export-progress']>().toEqualTypeOf<CustomEvent<ExportProgressDetail>>();
  });

  it('lists the eight events the element fires', () => {
    const names: Record<keyof ExplorerEventMap, true> = {
      'step-change': true, play: true, pause: true, ended: true, checkpoint: true, 'drug-change': true, 'scene-error': true,
      'export-progress': true,
    };
    expect(Object.keys(names)).toHaveLength(8);
  });
});
