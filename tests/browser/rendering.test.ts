import { describe, expect, it } from 'vitest';
import { advanceAndDraw, differingFraction, drawn, FRAME, frames, framesDrawn, manualClock, mount, readCanvas, shadow, showStep } from './helpers';

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
      await showStep(explorer, step);
      const reading = readCanvas(explorer);
      expect(reading.distinctColours, `step ${step} colours`).toBeGreaterThan(40);
      if (previous) {
        expect(differingFraction(previous.data, reading.data), `step ${step} vs ${step - 1}`).toBeGreaterThan(0.001);
      }
      previous = reading;
    }
  });

  it('animates between steps: a frame mid-step differs from both ends, and the animation ends on the step’s end state', async () => {
    const clock = manualClock();
    const explorer = await mount({ step: '3' }, 960, { clock });
    const end = readCanvas(explorer);
    await showStep(explorer, 2);
    const start = readCanvas(explorer);
    explorer.next();
    await advanceAndDraw(clock, 0.7);
    const middle = readCanvas(explorer);
    expect(clock.busy).toBe(true);
    expect(differingFraction(start.data, middle.data)).toBeGreaterThan(0.001);
    expect(differingFraction(middle.data, end.data)).toBeGreaterThan(0.001);
    const before = framesDrawn();
    await clock.runUntilIdle();
    await drawn(before);
    expect(explorer.step).toBe(3);
    expect(differingFraction(end.data, readCanvas(explorer).data)).toBeLessThan(0.001);
  });

  it('with the default clock (GSAP’s ticker), Next moves the picture over successive frames', async () => {
    const explorer = await mount({ step: '2' }, 960, { clock: 'real' });
    const hashes = new Set([readCanvas(explorer).hash]);
    explorer.next();
    // Frames, not a fixed time: each animation frame of the real clock must show a new picture.
    for (let i = 0; i < 6; i++) {
      await frames(1);
      hashes.add(readCanvas(explorer).hash);
    }
    explorer.pause();
    expect(hashes.size).toBeGreaterThanOrEqual(4);
  });

  it('keeps the stage and its text legible at 375 px wide', async () => {
    // A step with a simplification note, and a drug, so that every kind of panel text is on show.
    const explorer = await mount({ step: '4', drug: 'abrocitinib' }, 375);
    const canvas = shadow<HTMLCanvasElement>(explorer, 'canvas');
    expect(canvas.getBoundingClientRect().width).toBeGreaterThan(360);
    expect(readCanvas(explorer).distinctColours).toBeGreaterThan(40);
    const host = explorer.getBoundingClientRect();
    expect(host.right).toBeLessThanOrEqual(376);
    const px = (selector: string) => parseFloat(getComputedStyle(shadow(explorer, selector)).fontSize);
    // The narration reads at body size; nothing with text is smaller than 12 px.
    expect(px('.text')).toBeGreaterThanOrEqual(16);
    expect(px('.title')).toBeGreaterThanOrEqual(16);
    const texts = [...explorer.shadowRoot!.querySelectorAll<HTMLElement>('.panel *')].filter((element) =>
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')
      && element.getClientRects().length > 0 && !element.closest('.sr-only'));
    expect(texts.length).toBeGreaterThan(20);
    for (const element of texts) {
      const where = `${element.localName}.${element.className} "${element.textContent!.trim().slice(0, 30)}"`;
      expect(parseFloat(getComputedStyle(element).fontSize), where).toBeGreaterThanOrEqual(12);
      // Nothing is cut off: no text wider than its box, and no box beyond the widget's edges.
      expect(element.scrollWidth, where).toBeLessThanOrEqual(element.clientWidth + 1);
      const box = element.getBoundingClientRect();
      expect(box.left, where).toBeGreaterThanOrEqual(host.left - 0.5);
      expect(box.right, where).toBeLessThanOrEqual(host.right + 0.5);
    }
    // The controls stay large enough to hit with a finger.
    for (const button of explorer.shadowRoot!.querySelectorAll<HTMLElement>('.controls button')) {
      const box = button.getBoundingClientRect();
      expect(Math.min(box.width, box.height), button.className).toBeGreaterThanOrEqual(24);
      expect(box.right, button.className).toBeLessThanOrEqual(host.right + 0.5);
    }
  });

  it('keeps its step when removed and added again', async () => {
    const explorer = await mount({ step: '6' });
    const parent = explorer.parentElement!;
    explorer.remove();
    await frames(1);
    const before = framesDrawn();
    parent.append(explorer);
    await explorer.updateComplete;
    await explorer.rendererReady;
    await drawn(before);
    expect(explorer.step).toBe(6);
    expect(readCanvas(explorer).distinctColours).toBeGreaterThan(40);
  });

  it.each([
    [4, 'JAK activation: ATPs move in, JAKs and the population light up'],
    [9, 'nuclear import: the dimers enter the nucleus, the population’s small dimers arrive'],
  ])('redrawing only the parts that moved leaves exactly the picture a full redraw gives (step %i, %s)', async (step) => {
    // Frame by frame through the step, each frame repaints only where something changed; a resize then
    // repaints everything, at the same size again.
    const clock = manualClock();
    const explorer = await mount({ step: String(step - 1) }, 960, { clock });
    await frames(2);
    explorer.next();
    const partial: number[] = [];
    for (let i = 0; i < 12 && clock.busy; i++) {
      await advanceAndDraw(clock, 4 * FRAME);
      partial.push(readCanvas(explorer).hash);
    }
    await clock.runUntilIdle();
    await frames(2);
    expect(explorer.step).toBe(step);
    const played = readCanvas(explorer);
    expect(new Set(partial).size, 'the picture moved').toBeGreaterThan(5);
    const box = explorer.parentElement!;
    for (const width of ['961px', '960px']) {
      const before = framesDrawn();
      box.style.width = width;
      await drawn(before);
    }
    const redrawn = readCanvas(explorer);
    expect(redrawn.width).toBe(played.width);
    expect(differingFraction(played.data, redrawn.data)).toBe(0);
    expect(redrawn.hash).toBe(played.hash);
  });

  it('a picture rebuilt for another drug, exposure or language draws exactly as a fresh widget does', async () => {
    // The new picture takes over the unchanged backdrop and sprites of the old one: it must not show leftovers.
    const fresh = async (attributes: Record<string, string>) => readCanvas(await mount({ step: '6', ...attributes }, 800));
    const untreated = await fresh({});
    const treated = await fresh({ drug: 'ruxolitinib', exposure: '100' });
    const explorer = await mount({ step: '6' }, 800);
    const change = async (attributes: Record<string, string>) => {
      const before = framesDrawn();
      for (const [name, value] of Object.entries(attributes)) explorer.setAttribute(name, value);
      await explorer.updateComplete;
      await drawn(before);
    };
    await change({ drug: 'abrocitinib' });
    await change({ lang: 'es' });
    await change({ lang: 'en', drug: 'ruxolitinib', exposure: '0.3' });
    await change({ exposure: '100' });
    expect(differingFraction(readCanvas(explorer).data, treated.data)).toBe(0);
    await change({ drug: 'none' });
    expect(differingFraction(readCanvas(explorer).data, untreated.data)).toBe(0);
  });
});
