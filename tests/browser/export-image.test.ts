/**
 * `exportImage()`: a PNG of the step shown, drawn offscreen. Checked by decoding the PNG and reading its pixels:
 * size, not blank, different between steps, the caption strip, the scale option, bad options, that the live
 * widget is left as it was, and the export menu (keyboard, focus, axe, the download it starts).
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import axe from 'axe-core';
import { STAGE } from '../../src/model/geometry';
import { getSource } from '../../src/model/source-works';
import { captionLines, checkImageOptions, wrapText } from '../../src/ui/export/export-image';
import { renderStill, stillStageOf } from '../../src/view/render-still';
import { differingFraction, manualClock, mount, readCanvas, shadow, showStep } from './helpers';

/** A PNG's pixels, decoded by the browser. */
async function decode(blob: Blob) {
  expect(blob.type).toBe('image/png');
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  return { width: canvas.width, height: canvas.height, data, region: (y0: number, y1: number) => context.getImageData(0, y0, canvas.width, y1 - y0).data };
}

/** Distinct colours among every 16th pixel (a drawn picture has many, a blank one one). */
function distinctColours(data: Uint8ClampedArray): number {
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 64) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  return colours.size;
}

/** The share of pixels in `data` that are not near-white (text on the white strip). */
function inkedShare(data: Uint8ClampedArray): number {
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) inked++;
  return inked / (data.length / 4);
}

describe('exportImage()', () => {
  it('gives a PNG at least 1280 px wide that decodes, is not blank, and differs between steps', async () => {
    const explorer = await mount({ step: '2' });
    const second = await decode(await explorer.exportImage({ caption: false }));
    expect(second.width).toBeGreaterThanOrEqual(1280);
    expect(second.height).toBe(Math.round((second.width * STAGE.height) / STAGE.width));
    expect(distinctColours(second.data)).toBeGreaterThan(40);
    await showStep(explorer, 6);
    const sixth = await decode(await explorer.exportImage({ caption: false }));
    expect(sixth.width).toBe(second.width);
    expect(differingFraction(second.data, sixth.data)).toBeGreaterThan(0.001);
  });

  it('frames the step as the widget does: its close-up, or the whole cell with whole-cell', async () => {
    const explorer = await mount({ step: '4' });
    const closeUp = await decode(await explorer.exportImage({ caption: false }));
    explorer.wholeCell = true;
    await explorer.updateComplete;
    const whole = await decode(await explorer.exportImage({ caption: false }));
    expect(differingFraction(closeUp.data, whole.data)).toBeGreaterThan(0.05);
    // The whole-cell export is the offscreen stage at the step's end with the whole stage framed.
    const still = await renderStill({ stage: stillStageOf((explorer as unknown as { sessions: { main: Parameters<typeof stillStageOf>[0] } }).sessions.main, true), step: 4 });
    expect(differingFraction(readPixels(still), whole.data)).toBeLessThan(0.001);
  });

  it('adds a caption strip by default: a taller picture whose strip holds text', async () => {
    const explorer = await mount({ step: '3' });
    const bare = await decode(await explorer.exportImage({ caption: false }));
    const captioned = await decode(await explorer.exportImage());
    expect(captioned.width).toBe(bare.width);
    expect(captioned.height).toBeGreaterThan(bare.height + 60);
    // The picture part is the same picture; the strip below it is not blank.
    expect(differingFraction(captioned.region(0, bare.height), bare.data)).toBeLessThan(0.001);
    expect(inkedShare(captioned.region(bare.height + 4, captioned.height))).toBeGreaterThan(0.01);
  });

  it('captions the step, title, scene, drug and exposure, the product and the step\'s sources, in the widget\'s language', async () => {
    const explorer = await mount({ step: '4', drug: 'abrocitinib', exposure: '10' });
    const session = (explorer as unknown as { sessions: { main: Parameters<typeof captionLines>[0] } }).sessions.main;
    const lines = captionLines(session, 4, getSource);
    expect(lines.heading).toBe(`Step 4 of ${explorer.stepCount} · ${explorer.steps[3]!.title}`);
    expect(lines.detail).toContain(session.scene.title);
    expect(lines.detail).toMatch(/abrocitinib.*10× JAK1 IC50/i);
    expect(lines.credit).toMatch(/^JAK-STAT Explorer · Sources: S\w+ /);
    const untreated = captionLines((await mount({ step: '1' }) as unknown as { sessions: { main: typeof session } }).sessions.main, 1, getSource);
    expect(untreated.detail).toContain('Without a drug');
    const spanish = await mount({ step: '2', lang: 'es' });
    await spanish.updateComplete;
    const es = captionLines((spanish as unknown as { sessions: { main: typeof session } }).sessions.main, 2, getSource);
    expect(es.heading).toMatch(/^Paso 2 de /);
    expect(es.detail).toContain('Sin fármaco');
  });

  it('wraps the credit line between words to the strip\'s width, cutting what does not fit in its lines', () => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = '15px sans-serif';
    const words = Array.from({ length: 80 }, (_, i) => `source${i}`).join(' ');
    const lines = wrapText(context, words, 400, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(context.measureText(line).width).toBeLessThanOrEqual(400);
    expect(lines[0]!.startsWith('source0 source1')).toBe(true);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(wrapText(context, 'short text', 400, 3)).toEqual(['short text']);
  });

  it('scales: scale 2 gives a picture twice as wide', async () => {
    const explorer = await mount();
    const one = await decode(await explorer.exportImage({ caption: false }));
    const two = await decode(await explorer.exportImage({ scale: 2, caption: false }));
    expect(two.width).toBe(one.width * 2);
    expect(two.height).toBe(one.height * 2);
  });

  it('rejects bad options with a clear message (never throwing at the caller), and warns', async () => {
    const explorer = await mount();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onTestFinished(() => warn.mockRestore());
    let result: Promise<Blob> | undefined;
    expect(() => { result = explorer.exportImage({ scale: 0 }); }).not.toThrow();
    await expect(result).rejects.toThrow(/scale must be a number from 0.5 to 4/);
    await expect(explorer.exportImage({ caption: 'yes' as unknown as boolean })).rejects.toThrow(/caption must be true or false/);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/scale must be/));
    expect(() => checkImageOptions({ scale: Number.NaN })).toThrow(/scale/);
  });

  it('leaves the live widget as it was: its step, time and canvas', async () => {
    const explorer = await mount({ step: '5' });
    const playhead = (explorer as unknown as { playback: { playhead: { time: number } } }).playback.playhead;
    const time = playhead.time;
    const before = readCanvas(explorer);
    await explorer.exportImage();
    await explorer.exportImage({ scale: 2 });
    expect(explorer.step).toBe(5);
    expect(playhead.time).toBe(time);
    expect(readCanvas(explorer).hash).toBe(before.hash);
  });

  it('leaves the other widgets on the page as they were', async () => {
    const explorer = await mount({ step: '2' });
    const other = document.createElement('jak-stat-explorer');
    other.clock = manualClock();
    other.setAttribute('step', '7');
    explorer.parentElement!.after(other);
    await other.updateComplete;
    await other.rendererReady;
    await vi.waitFor(() => expect(readCanvas(other).distinctColours).toBeGreaterThan(40));
    const before = readCanvas(other);
    await explorer.exportImage({ scale: 2 });
    expect(other.step).toBe(7);
    expect(readCanvas(other).hash).toBe(before.hash);
  });

  it('renderStill draws a session at a step or a time, at any size, into a canvas of its own', async () => {
    const explorer = await mount();
    const session = (explorer as unknown as { sessions: { main: Parameters<typeof stillStageOf>[0] } }).sessions.main;
    const small = await renderStill({ stage: stillStageOf(session), step: 3, width: 640 });
    expect([small.width, small.height]).toEqual([640, 360]);
    const atTime = await renderStill({ stage: stillStageOf(session), time: 0, width: 640 });
    expect(differingFraction(readPixels(small), readPixels(atTime))).toBeGreaterThan(0.001);
    expect(distinctColours(readPixels(small))).toBeGreaterThan(40);
  });
});

function readPixels(canvas: HTMLCanvasElement): Uint8ClampedArray {
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
}

describe('the export menu', () => {
  it('opens from one control-row button, moves focus in, closes on Escape with focus back, and passes axe', async () => {
    const explorer = await mount();
    const toggle = shadow<HTMLButtonElement>(explorer, 'button.export-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(explorer.shadowRoot!.querySelector('.export-menu')).toBeNull();
    toggle.click();
    await explorer.updateComplete;
    await explorer.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const item = shadow<HTMLButtonElement>(explorer, '.export-menu button.save-picture');
    expect(explorer.shadowRoot!.activeElement).toBe(item);
    const result = await axe.run(explorer, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const presenter = explorer.presenter;
    item.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await explorer.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(explorer.shadowRoot!.querySelector('.export-menu')).toBeNull();
    expect(explorer.shadowRoot!.activeElement).toBe(toggle);
    expect(explorer.presenter).toBe(presenter);
  });

  it('"Save picture" downloads jak-stat-<scene>-step-<n>.png from an object URL', async () => {
    const explorer = await mount({ step: '3', scene: 'il4' });
    await explorer.updateComplete;
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this); });
    onTestFinished(() => click.mockRestore());
    shadow<HTMLButtonElement>(explorer, 'button.export-toggle').click();
    await explorer.updateComplete;
    shadow<HTMLButtonElement>(explorer, '.export-menu button.save-picture').click();
    await vi.waitFor(() => expect(clicked).toHaveLength(1), { timeout: 10_000 });
    expect(clicked[0]!.download).toBe('jak-stat-il4-step-3.png');
    expect(clicked[0]!.href).toMatch(/^blob:/);
    const png = await (await fetch(clicked[0]!.href)).blob();
    expect(png.type).toBe('image/png');
    expect(explorer.shadowRoot!.querySelector('.export-menu')).toBeNull();
  });

  it('links to the printable handout of the view shown where the page sets `handout`; other schemes are refused', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onTestFinished(() => warn.mockRestore());
    const explorer = await mount({ scene: 'il4', drug: 'abrocitinib', exposure: '3', lang: 'es' });
    const open = async () => {
      shadow<HTMLButtonElement>(explorer, 'button.export-toggle').click();
      await explorer.updateComplete;
    };
    await open();
    expect(explorer.shadowRoot!.querySelector('.export-menu a.handout')).toBeNull();
    explorer.setAttribute('handout', '/lessons/handout.html');
    await explorer.updateComplete;
    const link = shadow<HTMLAnchorElement>(explorer, '.export-menu a.handout');
    expect(link.getAttribute('href')).toBe('/lessons/handout.html#scene=il4&drug=abrocitinib&exposure=3&lang=es');
    expect(link.textContent).toBe('Material para imprimir');
    explorer.setAttribute('handout', 'javascript:alert(1)');
    await explorer.updateComplete;
    expect(explorer.handout).toBe('/lessons/handout.html');
    expect(warn.mock.calls.flat().join(' ')).toContain('handout must be the address of a page');
    expect(shadow<HTMLAnchorElement>(explorer, '.export-menu a.handout').getAttribute('href')).toMatch(/^\/lessons\/handout\.html#/);
  });
});
