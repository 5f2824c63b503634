import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manualClock, mount, narration, recordEvents, shadow } from './helpers';

describe('attributes and bad input', () => {
  let warn: { mock: { calls: unknown[][] }; mockRestore(): void };
  const pageErrors: unknown[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(event.error);
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    pageErrors.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    warn.mockRestore();
    window.removeEventListener('error', onError);
  });

  it('step="7" shows step 7', async () => {
    const explorer = await mount({ step: '7' });
    expect(explorer.step).toBe(7);
    expect(narration(explorer).title).toBe(explorer.steps[6]!.title);
    explorer.setAttribute('step', '3');
    await explorer.updateComplete;
    expect(narration(explorer).counter).toBe(`Step 3 of ${explorer.stepCount}`);
  });

  // Which values are bad, and why, is tested in Node (tests/unit/attribute-values.test.ts); here, that the element
  // refuses each kind: a step that is not a number, a step out of range, and a speed out of range.
  it.each([['step', 'abc'], ['step', '999'], ['speed', '0']])(
    '%s="%s" throws nothing, keeps the last good value, warns once and keeps working',
    async (name, value) => {
      const explorer = await mount({ step: '4' });
      const log = recordEvents(explorer);
      explorer.setAttribute(name, value);
      await explorer.updateComplete;
      explorer.setAttribute(name, value === 'abc' ? 'abc ' : value);
      await explorer.updateComplete;
      expect(explorer.step).toBe(4);
      expect(explorer.speed).toBe(1);
      expect(explorer.getAttribute(name)).toBe(name === 'step' ? '4' : '1');
      expect(warn.mock.calls.filter((call: unknown[]) => String(call[0]).includes(name)).length).toBeGreaterThanOrEqual(1);
      expect(warn.mock.calls.length).toBeLessThanOrEqual(2);
      expect(log.of('step-change')).toHaveLength(0);
      explorer.next();
      await explorer.updateComplete;
      expect(explorer.step).toBe(5);
      expect(pageErrors).toEqual([]);
    },
  );

  it('warns only once for the same bad value', async () => {
    const explorer = await mount();
    for (let i = 0; i < 3; i++) {
      explorer.setAttribute('step', '999');
      await explorer.updateComplete;
    }
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('goToStep out of range is refused without throwing', async () => {
    const explorer = await mount({ step: '2' });
    expect(() => explorer.goToStep(0)).not.toThrow();
    expect(() => explorer.goToStep(Number.NaN)).not.toThrow();
    expect(explorer.step).toBe(2);
    explorer.goToStep(9);
    expect(explorer.step).toBe(9);
  });

  it('speed="2" is accepted, and plays twice as fast', async () => {
    const clock = manualClock();
    const explorer = await mount({ speed: '2' }, 960, { clock });
    expect(explorer.speed).toBe(2);
    expect(warn).not.toHaveBeenCalled();
    const seek = shadow<HTMLInputElement>(explorer, 'input.seek');
    const start = Number(seek.value);
    explorer.next();
    clock.advance(0.5);
    expect(Number(seek.value) - start).toBeCloseTo(1, 2);
  });

  it('an unknown scene shows a message, fires scene-error and keeps the current scene', async () => {
    const explorer = await mount({ step: '3' });
    const log = recordEvents(explorer);
    explorer.setAttribute('scene', 'il99');
    await explorer.updateComplete;
    expect(log.of('scene-error')).toHaveLength(1);
    expect(log.of('scene-error')[0]!.detail.scene).toBe('il99');
    expect(explorer.scene).toBe('il13');
    expect(explorer.getAttribute('scene')).toBe('il13');
    expect(explorer.step).toBe(3);
    expect(shadow(explorer, '[role="alert"]').textContent).toContain('il99');
    explorer.next();
    expect(explorer.step).toBe(4);
    expect(pageErrors).toEqual([]);
  });

  it('invalid scene data passed by script fires scene-error naming the field', async () => {
    const explorer = await mount();
    const log = recordEvents(explorer);
    const { il13 } = await import('../../scenes/il13');
    const broken = structuredClone(il13) as any;
    broken.id = 'broken';
    broken.steps[3].actions = [{ do: 'phosphorylate', actor: 'jak9', by: 'jak1' }];
    expect(explorer.loadSceneData(broken)).toBe(false);
    await explorer.updateComplete;
    const detail = log.of('scene-error')[0]!.detail;
    expect(detail.issues[0].path).toBe('steps[3].actions[0].actor');
    expect(shadow(explorer, '[role="alert"]').textContent).toContain('steps[3].actions[0].actor: unknown actor "jak9"');
    expect(explorer.scene).toBe('il13');
  });

  it('hostile narration text is refused, never rendered as HTML', async () => {
    const explorer = await mount();
    const { il13 } = await import('../../scenes/il13');
    const hostile = structuredClone(il13) as any;
    hostile.steps[0].text = '<img src=x onerror="window.__pwned = true">';
    expect(explorer.loadSceneData(hostile)).toBe(false);
    await explorer.updateComplete;
    expect(explorer.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as any).__pwned).toBeUndefined();
  });
});
