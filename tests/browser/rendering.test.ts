import { describe, expect, it } from 'vitest';
import { differingFraction, frames, mount, readCanvas, shadow } from './helpers';

describe('rendering', () => {
  it('mounts with a canvas sized to its container at 16:9, not 300×150', async () => {
    const explorer = await mount({}, 800);
    const canvas = shadow<HTMLCanvasElement>(explorer, 'canvas');
    const box = canvas.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(780);
    expect(box.height / box.width).toBeCloseTo(9 / 16, 2);
    expect(canvas.width).toBeGreaterThanOrEqual(Math.round(box.width));
    for (const part of ['stage', 'narration', 'controls']) {
      expect(explorer.shadowRoot!.querySelector(`[part~="${part}"]`), part).not.toBeNull();
    }
  });

  it('draws non-blank, different pixels at every step', async () => {
    const explorer = await mount();
    expect(explorer.stepCount).toBeGreaterThanOrEqual(12);
    let previous: ReturnType<typeof readCanvas> | undefined;
    for (let step = 1; step <= explorer.stepCount; step++) {
      explorer.goToStep(step);
      await frames(2);
      const reading = readCanvas(explorer);
      expect(reading.distinctColours, `step ${step} colours`).toBeGreaterThan(40);
      if (previous) {
        expect(differingFraction(previous.data, reading.data), `step ${step} vs ${step - 1}`).toBeGreaterThan(0.001);
      }
      previous = reading;
    }
  });

  it('animates between steps: a frame mid-step differs from both ends', async () => {
    const explorer = await mount({ step: '2' });
    const start = readCanvas(explorer);
    explorer.next();
    await new Promise((resolve) => setTimeout(resolve, 700));
    await frames(1);
    const middle = readCanvas(explorer);
    explorer.goToStep(3);
    await frames(2);
    const end = readCanvas(explorer);
    expect(differingFraction(start.data, middle.data)).toBeGreaterThan(0.001);
    expect(differingFraction(middle.data, end.data)).toBeGreaterThan(0.001);
  });

  it('keeps the stage legible at 375 px wide', async () => {
    const explorer = await mount({}, 375);
    const canvas = shadow<HTMLCanvasElement>(explorer, 'canvas');
    expect(canvas.getBoundingClientRect().width).toBeGreaterThan(360);
    expect(readCanvas(explorer).distinctColours).toBeGreaterThan(40);
    const controls = shadow(explorer, '.controls').getBoundingClientRect();
    expect(controls.right).toBeLessThanOrEqual(376);
  });

  it('keeps its step when removed and added again', async () => {
    const explorer = await mount({ step: '6' });
    const parent = explorer.parentElement!;
    explorer.remove();
    await frames(1);
    parent.append(explorer);
    await explorer.updateComplete;
    await explorer.rendererReady;
    await frames(2);
    expect(explorer.step).toBe(6);
    expect(readCanvas(explorer).distinctColours).toBeGreaterThan(40);
  });
});
