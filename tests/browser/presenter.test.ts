/**
 * Presenter mode is the projector feature: in full screen the picture must fill the height the narration
 * leaves, alone and with compare. Checked by the pixels drawn, not by the host's size.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { frames, mount, shadow } from './helpers';
import type { JakStatExplorer } from '../../src/ui/jak-stat-explorer/jak-stat-explorer';

/** Waits until the document's full-screen element is `expected` (the change is asynchronous). */
async function fullscreenIs(expected: Element | null): Promise<void> {
  for (let i = 0; i < 120 && document.fullscreenElement !== expected; i++) await frames(1);
  expect(document.fullscreenElement).toBe(expected);
}

/** Each drawn view: its canvas box, backing size, and whether its pixels are more than one flat colour. */
function views(explorer: JakStatExplorer) {
  return [...explorer.shadowRoot!.querySelectorAll<HTMLCanvasElement>('.view canvas')].map((canvas) => {
    const box = canvas.getBoundingClientRect();
    const context = canvas.getContext('2d')!;
    const colours = new Set<number>();
    if (canvas.width > 0 && canvas.height > 0) {
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    return { box, width: canvas.width, height: canvas.height, colours: colours.size };
  });
}

/** Enters presenter mode the way a teacher does: a real click on the presenter button (a user gesture). */
async function enterPresenter(explorer: JakStatExplorer): Promise<void> {
  await userEvent.click(shadow(explorer, 'button.presenter-toggle'));
  await fullscreenIs(explorer);
  await explorer.updateComplete;
  await frames(4);
}

describe('presenter mode in full screen', () => {
  afterEach(async () => {
    // Each test waits for its own full-screen changes to land; leave full screen so that tests do not meet.
    if (document.fullscreenElement) {
      const changed = new Promise((resolve) => document.addEventListener('fullscreenchange', resolve, { once: true }));
      await document.exitFullscreen();
      await changed;
    }
    document.body.replaceChildren();
    await page.viewport(1280, 800);
  });

  it('shows the picture, filling the height the narration leaves', async () => {
    await page.viewport(1280, 720);
    const explorer = await mount({ step: '4' }, 640);
    await enterPresenter(explorer);
    expect(explorer.presenter).toBe(true);
    const [view] = views(explorer);
    const stage = shadow(explorer, '.stage').getBoundingClientRect();
    expect(view!.width).toBeGreaterThan(0);
    expect(view!.height).toBeGreaterThan(0);
    expect(view!.colours).toBeGreaterThan(8);
    // The largest 16:9 box in the stage's free area: it fills the height, or the width, within a pixel or two.
    const fillsHeight = view!.box.height >= stage.height - 2;
    const fillsWidth = view!.box.width >= stage.width - 2;
    expect(fillsHeight || fillsWidth).toBe(true);
    expect(view!.box.height).toBeGreaterThan(window.innerHeight * 0.4);
    expect(Math.abs(view!.box.width / view!.box.height - 16 / 9)).toBeLessThan(0.02);
  });

  it('shows both pictures side by side with compare', async () => {
    await page.viewport(1280, 720);
    const explorer = await mount({ step: '4', drug: 'abrocitinib', compare: '' }, 640);
    await enterPresenter(explorer);
    const drawn = views(explorer);
    expect(drawn).toHaveLength(2);
    for (const view of drawn) {
      expect(view.width).toBeGreaterThan(0);
      expect(view.height).toBeGreaterThan(0);
      expect(view.colours).toBeGreaterThan(8);
      expect(view.box.width).toBeGreaterThan(window.innerWidth * 0.4);
    }
    expect(Math.abs(drawn[0]!.box.top - drawn[1]!.box.top)).toBeLessThan(2);
  });

  it('switched off and on again within one full-screen change, ends on', async () => {
    const explorer = await mount({}, 640);
    await enterPresenter(explorer);
    explorer.presenter = false;
    await explorer.updateComplete;
    explorer.presenter = true;
    await explorer.updateComplete;
    // The exit lands, then the controller asks for full screen again (the click's activation still holds).
    await fullscreenIs(explorer);
    expect(explorer.presenter).toBe(true);
    expect(explorer.hasAttribute('presenter')).toBe(true);
    expect(views(explorer)[0]!.height).toBeGreaterThan(0);
  });

  it("leaving full screen with the browser's own Escape leaves presenter mode", async () => {
    const explorer = await mount({}, 640);
    await enterPresenter(explorer);
    // The browser reports the change with an event after exitFullscreen() resolves: wait for that event.
    const changed = new Promise((resolve) => document.addEventListener('fullscreenchange', resolve, { once: true }));
    await document.exitFullscreen();
    await changed;
    await explorer.updateComplete;
    expect(explorer.presenter).toBe(false);
  });
});
