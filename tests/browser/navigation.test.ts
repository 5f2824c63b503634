import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { manualClock, mount, narration, recordEvents, shadow } from './helpers';

describe('stepping', () => {
  it('next() from step 1 shows step 2 with new narration and fires one step-change', async () => {
    const explorer = await mount();
    const before = narration(explorer);
    const log = recordEvents(explorer);
    explorer.next();
    await explorer.updateComplete;
    expect(explorer.step).toBe(2);
    expect(explorer.getAttribute('step')).toBe('2');
    const after = narration(explorer);
    expect(after.text).not.toBe(before.text);
    expect(after.counter).toBe(`Step 2 of ${explorer.stepCount}`);
    expect(log.of('step-change')).toHaveLength(1);
    const detail = log.of('step-change')[0]!.detail;
    expect(detail).toEqual({ step: 2, stepCount: explorer.stepCount, id: explorer.steps[1]!.id, title: explorer.steps[1]!.title });
    expect(log.of('step-change')[0]!.bubbles && log.of('step-change')[0]!.composed).toBe(true);
  });

  it('previous() goes back one step with one step-change', async () => {
    const explorer = await mount({ step: '5' });
    const log = recordEvents(explorer);
    explorer.previous();
    await explorer.updateComplete;
    expect(explorer.step).toBe(4);
    expect(narration(explorer).title).toBe(explorer.steps[3]!.title);
    expect(log.of('step-change').map((e) => e.detail.step)).toEqual([4]);
  });

  it('the buttons step, play and restart', async () => {
    const explorer = await mount();
    const log = recordEvents(explorer);
    await userEvent.click(shadow(explorer, 'button.next'));
    expect(explorer.step).toBe(2);
    await userEvent.click(shadow(explorer, 'button.next'));
    await userEvent.click(shadow(explorer, 'button.previous'));
    expect(explorer.step).toBe(2);
    await userEvent.click(shadow(explorer, 'button.play'));
    expect(explorer.playing).toBe(true);
    await explorer.updateComplete;
    expect(shadow(explorer, 'button.play').getAttribute('aria-label')).toBe('Pause');
    await userEvent.click(shadow(explorer, 'button.play'));
    expect(explorer.playing).toBe(false);
    await userEvent.click(shadow(explorer, 'button.restart'));
    expect(explorer.step).toBe(1);
    expect(log.of('step-change').map((e) => e.detail.step)).toEqual([2, 3, 2, 3, 1]);
    expect(log.of('play')).toHaveLength(1);
    expect(log.of('pause')).toHaveLength(1);
  });

  it('keys on the focused widget: Right, Left, End, Home and Space', async () => {
    const explorer = await mount();
    const log = recordEvents(explorer);
    explorer.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(explorer.step).toBe(2);
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowLeft}');
    expect(explorer.step).toBe(2);
    await userEvent.keyboard('{End}');
    expect(explorer.step).toBe(explorer.stepCount);
    await userEvent.keyboard('{Home}');
    expect(explorer.step).toBe(1);
    await userEvent.keyboard(' ');
    expect(explorer.playing).toBe(true);
    await userEvent.keyboard(' ');
    expect(explorer.playing).toBe(false);
    expect(log.of('step-change').map((e) => e.detail.step)).toEqual([2, 3, 2, explorer.stepCount, 1, 2]);
  });

  it('the progress bar seeks continuously and reports each step once', async () => {
    const explorer = await mount();
    const log = recordEvents(explorer);
    const seek = shadow<HTMLInputElement>(explorer, 'input.seek');
    const max = Number(seek.max);
    for (const fraction of [0.5, 0.51, 0.52]) {
      seek.value = String(max * fraction);
      seek.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await explorer.updateComplete;
    const changes = log.of('step-change');
    expect(changes).toHaveLength(new Set(changes.map((e) => e.detail.step)).size);
    expect(explorer.step).toBeGreaterThan(3);
    expect(explorer.step).toBeLessThan(explorer.stepCount);
    expect(narration(explorer).title).toBe(explorer.steps[explorer.step - 1]!.title);
  });

  it('dragging the progress bar with the pointer scrubs', async () => {
    const explorer = await mount();
    const log = recordEvents(explorer);
    const seek = shadow<HTMLInputElement>(explorer, 'input.seek');
    const { width, height } = seek.getBoundingClientRect();
    const y = Math.round(height / 2);
    // Press near the start, drag to near the end, in several moves: the steps follow the pointer.
    await userEvent.dragAndDrop(seek, seek, {
      sourcePosition: { x: Math.round(width * 0.1), y },
      targetPosition: { x: Math.round(width * 0.9), y },
      steps: 8,
    } as object);
    await explorer.updateComplete;
    const steps = log.of('step-change').map((e) => e.detail.step);
    expect(steps[0]).toBeLessThanOrEqual(3);
    expect(steps.length).toBeGreaterThan(2);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(explorer.step).toBeGreaterThan(8);
    expect(explorer.step).toBe(steps.at(-1));
  });

  it('play runs on through the steps as the clock ticks, emits play, and pause stops', async () => {
    const clock = manualClock();
    const explorer = await mount({ speed: '4' }, 960, { clock });
    const log = recordEvents(explorer);
    explorer.play();
    expect(explorer.playing).toBe(true);
    expect(log.of('play')).toHaveLength(1);
    // Play moves on from step 1's end at once; every further step needs the clock.
    expect(explorer.step).toBe(2);
    clock.advance(40);
    expect(explorer.step).toBeGreaterThanOrEqual(4);
    // One step at a time, in order.
    const steps = log.of('step-change').map((e) => e.detail.step);
    expect(steps).toEqual(Array.from({ length: steps.length }, (_, i) => i + 2));
    explorer.pause();
    expect(log.of('pause')).toHaveLength(1);
    expect(explorer.playing).toBe(false);
    expect(clock.busy).toBe(false);
    const step = explorer.step;
    clock.advance(40);
    await explorer.updateComplete;
    expect(explorer.step).toBe(step);
  });

  it('play runs to the last step, then fires ended and pause and stops', async () => {
    const clock = manualClock();
    const explorer = await mount({ speed: '4', step: String(10) }, 960, { clock });
    const log = recordEvents(explorer);
    explorer.play();
    await clock.runUntilIdle();
    expect(explorer.step).toBe(explorer.stepCount);
    expect(explorer.playing).toBe(false);
    expect(log.of('ended')).toHaveLength(1);
    expect(log.of('pause')).toHaveLength(1);
    await explorer.updateComplete;
    expect(shadow(explorer, 'button.play').getAttribute('aria-label')).toBe('Play');
  });

  it('autoplay starts playing on its own', async () => {
    const clock = manualClock();
    const explorer = await mount({ autoplay: '', speed: '4' }, 960, { clock });
    expect(explorer.playing).toBe(true);
    clock.advance(20);
    expect(explorer.step).toBeGreaterThan(2);
    explorer.pause();
  });
});
