import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { manualClock, mount, narration, recordEvents, shadow } from './helpers';

describe('step range (from / to)', () => {
  it('starts on the range\'s first step, counts the whole scene, and exposes range', async () => {
    const explorer = await mount({ from: '4', to: '8' });
    expect(explorer.step).toBe(4);
    expect(explorer.range).toEqual({ from: 4, to: 8 });
    expect(explorer.stepCount).toBe(explorer.steps.length);
    expect(narration(explorer).counter).toBe(`Step 4 of ${explorer.stepCount}`);
    expect(explorer.from).toBe(4);
    expect(explorer.getAttribute('to')).toBe('8');
  });

  it('next() at the last step and previous() at the first do nothing', async () => {
    const explorer = await mount({ from: '4', to: '8', step: '8' });
    const log = recordEvents(explorer);
    explorer.next();
    await explorer.updateComplete;
    expect(explorer.step).toBe(8);
    expect(shadow<HTMLButtonElement>(explorer, 'button.next').disabled).toBe(true);
    explorer.goToStep(4);
    await explorer.updateComplete;
    explorer.previous();
    await explorer.updateComplete;
    expect(explorer.step).toBe(4);
    expect(shadow<HTMLButtonElement>(explorer, 'button.previous').disabled).toBe(true);
    expect(log.of('step-change').map((e) => e.detail.step)).toEqual([4]);
  });

  it('Home goes to the range\'s first step and End to its last', async () => {
    const explorer = await mount({ from: '4', to: '8', step: '6' });
    explorer.focus();
    await userEvent.keyboard('{Home}');
    expect(explorer.step).toBe(4);
    await userEvent.keyboard('{End}');
    expect(explorer.step).toBe(8);
    await userEvent.keyboard('{ArrowRight}');
    expect(explorer.step).toBe(8);
  });

  it('the progress bar spans only the range\'s time', async () => {
    const explorer = await mount({ from: '4', to: '8' });
    const seek = shadow<HTMLInputElement>(explorer, 'input.seek');
    expect(Number(seek.min)).toBeGreaterThan(0);
    seek.value = seek.min;
    seek.dispatchEvent(new Event('input', { bubbles: true }));
    expect(explorer.step).toBe(4);
    seek.value = seek.max;
    seek.dispatchEvent(new Event('input', { bubbles: true }));
    expect(explorer.step).toBe(8);
  });

  it('play stops at the end of the range and fires ended', async () => {
    const clock = manualClock();
    const explorer = await mount({ from: '4', to: '6', speed: '4' }, 960, { clock });
    const log = recordEvents(explorer);
    explorer.play();
    await clock.runUntilIdle(200);
    await explorer.updateComplete;
    expect(explorer.step).toBe(6);
    expect(log.of('step-change').map((e) => e.detail.step)).toEqual([5, 6]);
    expect(log.of('ended')).toHaveLength(1);
  });

  it('refuses bad ranges and steps outside the range with a warning, keeping the last good values', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const explorer = await mount({ from: '4', to: '8' });
      explorer.setAttribute('to', '2');
      await explorer.updateComplete;
      expect(explorer.range).toEqual({ from: 4, to: 8 });
      expect(explorer.getAttribute('to')).toBe('8');
      explorer.setAttribute('from', '99');
      await explorer.updateComplete;
      expect(explorer.range).toEqual({ from: 4, to: 8 });
      explorer.goToStep(2);
      await explorer.updateComplete;
      expect(explorer.step).toBe(4);
      explorer.setAttribute('step', '10');
      await explorer.updateComplete;
      expect(explorer.step).toBe(4);
      expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/range from 4 to 8, got 2/);
      expect(warn).toHaveBeenCalledTimes(4);
      // Removing both ends opens the range to the whole scene again.
      explorer.removeAttribute('from');
      explorer.removeAttribute('to');
      await explorer.updateComplete;
      expect(explorer.range).toEqual({ from: 1, to: explorer.stepCount });
    } finally {
      warn.mockRestore();
    }
  });
});
