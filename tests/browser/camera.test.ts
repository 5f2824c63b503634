/**
 * The camera: each step is framed on its focus (the model's stepFocus, tweened by the timeline), the whole-cell
 * control shows the entire stage, seeking lands on the same picture as playing, reduced motion cuts, and a
 * narrow widget is a portrait stage that still frames each step. Checked by the pixels drawn.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StageView } from '../../src/view/stage-view';
import { SCENES } from '../../scenes';
import { page } from 'vitest/browser';
import type { JakStatExplorer } from '../../src/ui/jak-stat-explorer/jak-stat-explorer';
import { differingFraction, drawn, FRAME, frames, framesDrawn, manualClock, mount, readCanvas, shadow, showStep } from './helpers';

/** Sets whole-cell and waits for the redraw; returns the pixels. */
async function wholeCell(explorer: JakStatExplorer, on: boolean) {
  const before = framesDrawn();
  explorer.wholeCell = on;
  await explorer.updateComplete;
  await drawn(before);
  return readCanvas(explorer).data;
}

/** How many rows the shown controls wrap onto (by their vertical centres). */
function controlRows(explorer: JakStatExplorer): number {
  const shown = [...shadow(explorer, '.controls').children].map((c) => c.getBoundingClientRect()).filter((box) => box.width > 0);
  return new Set(shown.map((box) => Math.round((box.top + box.bottom) / 2))).size;
}

/** Sizes the test page and waits until it has that size (on a loaded machine it lands a little later). */
async function viewport(width: number, height: number): Promise<void> {
  await page.viewport(width, height);
  for (let i = 0; i < 120 && (innerWidth !== width || innerHeight !== height); i++) await frames(1);
  expect([innerWidth, innerHeight]).toEqual([width, height]);
}

const stepOf = (explorer: JakStatExplorer, id: string) => explorer.steps.findIndex((s) => s.id === id) + 1;

describe('camera', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    await page.viewport(1280, 800);
  });

  it('at 1280 px frames binding, activation and transcription closer than the whole cell; whole-cell restores the full view', async () => {
    await viewport(1400, 900);
    const explorer = await mount({}, 1280);
    await showStep(explorer, 1);
    const resting = readCanvas(explorer).data;
    // The resting cell is framed whole: the control changes only the bitmaps' density there (whole cell only, they
    // are baked 1:1 for the whole stage; with close-ups to come, denser and resampled): edges, not content.
    expect(differingFraction(resting, await wholeCell(explorer, true))).toBeLessThan(0.05);
    await wholeCell(explorer, false);
    for (const id of ['ligand-binding', 'jak-activation', 'transcription']) {
      await showStep(explorer, stepOf(explorer, id));
      const framed = readCanvas(explorer).data;
      const whole = await wholeCell(explorer, true);
      expect(differingFraction(framed, whole), id).toBeGreaterThan(0.2);
      expect(explorer.hasAttribute('whole-cell')).toBe(true);
      expect(shadow(explorer, 'button.whole-cell').getAttribute('aria-pressed')).toBe('true');
      expect(shadow(explorer, '#stage-description').textContent).toContain('In view: the whole cell.');
      // Back to the close-up, and whole again: the same full picture.
      expect(differingFraction(whole, await wholeCell(explorer, false)), id).toBeGreaterThan(0.2);
      expect(shadow(explorer, '#stage-description').textContent).toMatch(/In view: (?!the whole cell)/);
      expect(differingFraction(whole, await wholeCell(explorer, true)), id).toBeLessThan(0.001);
      await wholeCell(explorer, false);
    }
  });

  it("with the whole cell only, bitmaps are baked at the stage's own scale (copied, not resampled, each frame)", async () => {
    const explorer = await mount({}, 1280);
    type View = { bakeScale: number; root: { scale: { x: number } } };
    const view = () => ([...(explorer as unknown as { stage: { surfaces: Map<string, { surface: { view: View } }> } }).stage.surfaces.values()][0]!.surface.view);
    // With close-ups to come, denser than the whole stage needs.
    expect(view().bakeScale).toBeGreaterThan(view().root.scale.x * 1.05);
    await wholeCell(explorer, true);
    expect(view().bakeScale).toBeCloseTo(view().root.scale.x, 6);
    await wholeCell(explorer, false);
    expect(view().bakeScale).toBeGreaterThan(view().root.scale.x * 1.05);
  });

  it('the W key and the button toggle the whole cell', async () => {
    const explorer = await mount({});
    shadow(explorer, '.stage').focus();
    shadow(explorer, '.stage').dispatchEvent(new KeyboardEvent('keydown', { key: 'w', bubbles: true, composed: true }));
    await explorer.updateComplete;
    expect(explorer.wholeCell).toBe(true);
    shadow<HTMLButtonElement>(explorer, 'button.whole-cell').click();
    await explorer.updateComplete;
    expect(explorer.wholeCell).toBe(false);
    expect(shadow(explorer, 'button.whole-cell').getAttribute('aria-pressed')).toBe('false');
  });

  it.each(Object.keys(SCENES))('%s: goToStep(n) shows the same picture as playing up to step n, at every step', async (scene) => {
    const clock = manualClock();
    const played = await mount({ scene }, 960, { clock });
    const stepCount = played.stepCount;
    for (let step = 2; step <= stepCount; step++) {
      const before = framesDrawn();
      played.next();
      await clock.runUntilIdle();
      await played.updateComplete;
      await drawn(before);
      await frames(2);
      const afterPlay = readCanvas(played).data;
      // Another path to the same step: from the far end, back.
      await showStep(played, step === stepCount ? 1 : stepCount);
      await showStep(played, step);
      expect(differingFraction(afterPlay, readCanvas(played).data), `step ${step}`).toBeLessThan(0.001);
    }
  }, 120_000);

  it('pans while a step plays, and cuts with reduced motion', async () => {
    for (const reduced of [false, true]) {
      const clock = manualClock();
      const explorer = await mount(reduced ? { 'reduced-motion': '' } : {}, 960, { clock });
      const activation = stepOf(explorer, 'jak-activation');
      await showStep(explorer, activation);
      const end = readCanvas(explorer).data;
      await showStep(explorer, activation - 1);
      const start = readCanvas(explorer).data;
      const before = framesDrawn();
      explorer.next();
      clock.advance(FRAME * 20);
      await drawn(before);
      const early = readCanvas(explorer).data;
      if (reduced) {
        expect(differingFraction(early, end), 'reduced motion: at the end at once').toBeLessThan(0.001);
      } else {
        expect(differingFraction(early, end), 'moving: not at the end yet').toBeGreaterThan(0.01);
        expect(differingFraction(early, start), 'moving: left the start').toBeGreaterThan(0.01);
      }
    }
  });

  it('compare mode frames both runs the same way', async () => {
    await viewport(1400, 900);
    const explorer = await mount({ drug: 'upadacitinib', compare: '' }, 1280);
    await explorer.updateComplete;
    await showStep(explorer, stepOf(explorer, 'jak-activation'));
    const framed = readCanvas(explorer, '.view.baseline canvas').data;
    await wholeCell(explorer, true);
    expect(differingFraction(framed, readCanvas(explorer, '.view.baseline canvas').data)).toBeGreaterThan(0.2);
  });

  it('at 375 px the stage is portrait and every step looks different; the controls take two rows', async () => {
    await viewport(375, 740);
    const explorer = await mount({}, 375);
    const stage = shadow(explorer, '[part~="stage"]').getBoundingClientRect();
    expect(stage.height).toBeGreaterThanOrEqual(stage.width);
    const narration = shadow(explorer, '[part~="narration"]').getBoundingClientRect();
    expect(narration.top).toBeGreaterThanOrEqual(stage.bottom - 1);
    expect(controlRows(explorer)).toBeLessThanOrEqual(2);
    let previous: Uint8ClampedArray | undefined;
    for (let step = 1; step <= explorer.stepCount; step++) {
      await showStep(explorer, step);
      const reading = readCanvas(explorer);
      expect(reading.distinctColours, `step ${step}`).toBeGreaterThan(40);
      if (previous) expect(differingFraction(previous, reading.data), `step ${step}`).toBeGreaterThan(0.01);
      previous = reading.data;
    }
  }, 60_000);

  it('at 320 px nothing is wider than the widget and the controls take two rows', async () => {
    await viewport(320, 700);
    document.body.style.margin = '0';
    const explorer = await mount({ drug: 'abrocitinib' }, 320);
    try {
      await showStep(explorer, 4);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const host = explorer.getBoundingClientRect();
      for (const element of explorer.shadowRoot!.querySelectorAll('.panel *, .stage > *')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || element.closest('.sr-only, [hidden], details:not([open]) > :not(summary)')) continue;
        expect(box.right, `${element.localName}.${element.className}`).toBeLessThanOrEqual(host.right + 0.5);
      }
      expect(controlRows(explorer)).toBeLessThanOrEqual(2);
    } finally {
      document.body.style.margin = '';
    }
  });

  it('presenter mode at 1920×1080: narration at least 28 px, the stage drawn', async () => {
    await viewport(1920, 1080);
    const minimum = vi.spyOn(StageView.prototype, 'setLabelMinimum');
    const explorer = await mount({ presenter: '', step: '4' }, 1920);
    await frames(4);
    await explorer.updateComplete;
    // Presenter mode asks the view for 20 px labels; leaving it, for 12 px again.
    expect(minimum).toHaveBeenLastCalledWith(20);
    const size = parseFloat(getComputedStyle(shadow(explorer, '.text')).fontSize);
    expect(size).toBeGreaterThanOrEqual(28);
    const reading = readCanvas(explorer);
    expect(reading.width).toBeGreaterThanOrEqual(Math.round(shadow(explorer, '.view').getBoundingClientRect().width));
    expect(reading.width).toBeGreaterThan(900);
    expect(reading.distinctColours).toBeGreaterThan(40);
    explorer.presenter = false;
    await explorer.updateComplete;
    expect(minimum).toHaveBeenLastCalledWith(12);
    minimum.mockRestore();
  });
});

describe('label minimum (presenter passes 20 px to the view)', () => {
  it('a larger minimum enlarges the labels that were below it, at the same framing', async () => {
    const { planScene } = await import('../../src/model/plan-scene');
    const { loadScene } = await import('../../src/model/load-scene');
    const { Text } = await import('pixi.js');
    const { en } = await import('../../src/i18n/locales/en');
    const plan = planScene(loadScene(SCENES.il13!));
    const view = new StageView(plan, { ...en.ui.backdrop, cellKind: 'keratinocyte', cellLabel: 'Skin cell' });
    try {
      view.setViewport(1280, 720, 1);
      view.draw(plan.steps[3]!.end);
      /** On-screen size (CSS px) of every shown label: its font size times every scale above it. */
      const sizes = () => {
        const out: number[] = [];
        const walk = (node: import('pixi.js').Container, scale: number) => {
          if (!node.visible) return;
          const s = scale * Math.abs(node.scale.x);
          if (node instanceof Text) out.push(Number(node.style.fontSize) * s);
          for (const child of node.children) walk(child, s);
        };
        walk(view.root, 1);
        return out;
      };
      const normal = sizes();
      view.setLabelMinimum(20);
      const presenter = sizes();
      expect(presenter.length).toBe(normal.length);
      const below = (list: number[]) => list.filter((px) => px < 19.5).length;
      expect(below(normal)).toBeGreaterThan(0);
      expect(below(presenter)).toBeLessThan(below(normal));
      expect(Math.min(...presenter)).toBeGreaterThan(Math.min(...normal));
      // At a step's framing the labels are sized for its exact zoom, whatever pan led there.
      const focus = plan.steps[3]!.focus.rect;
      view.setCamera(focus);
      const direct = sizes();
      view.setCamera({ x: focus.x / 2, y: focus.y / 2, width: (focus.width + 1280) / 2, height: (focus.height + 720) / 2 });
      expect(sizes()).not.toEqual(direct);
      view.setCamera(focus);
      expect(sizes()).toEqual(direct);
    } finally {
      view.destroy();
    }
  });
});
