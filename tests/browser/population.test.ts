/**
 * The receptor population on stage: the picture at JAK activation follows the drug's exposure (how many
 * pockets are plugged, how many pairs light up), for every scene.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCENES } from '../../scenes';
import { loadLocale } from '../../src/i18n/registry';
import { roleOf } from '../../src/model/step-role';
import type { JakStatExplorer } from '../../src/ui/jak-stat-explorer/jak-stat-explorer';
import { differingFraction, drawn, framesDrawn, mount, readCanvas, shadow, showStep } from './helpers';

/** 1-based number of a scene's JAK-activation step, found by its role. */
const jakActivation = (sceneId: string) => SCENES[sceneId]!.steps.findIndex((step) => roleOf(step) === 'jak-activation') + 1;

async function setExposure(explorer: JakStatExplorer, exposure: number) {
  const before = framesDrawn();
  explorer.exposure = exposure;
  await explorer.updateComplete;
  await drawn(before);
  return readCanvas(explorer).data;
}

describe('receptor population', () => {
  let warn: { mockRestore(): void };
  beforeEach(() => { warn = vi.spyOn(console, 'warn').mockImplementation(() => {}); });
  afterEach(() => warn.mockRestore());

  it.each(Object.keys(SCENES))('%s with abrocitinib: the JAK-activation picture differs between 0.3×, 1× and 10×', async (scene) => {
    const step = jakActivation(scene);
    expect(step).toBeGreaterThan(0);
    // The whole cell: at JAK activation the camera frames the featured pair, and the small pairs are the point here.
    const explorer = await mount({ scene, drug: 'abrocitinib', exposure: '0.3', step: String(step), 'whole-cell': '' });
    await showStep(explorer, step);
    const low = readCanvas(explorer).data;
    const mid = await setExposure(explorer, 1);
    const high = await setExposure(explorer, 10);
    // Several small pairs change (a pocket plugged, a glow gone): each is about 0.3% of the canvas.
    expect(differingFraction(low, mid)).toBeGreaterThan(0.004);
    expect(differingFraction(mid, high)).toBeGreaterThan(0.004);
    expect(differingFraction(low, high)).toBeGreaterThan(0.004);
  });

  it('the signalling pairs light up during JAK activation (the step before looks the same in the membrane strip)', async () => {
    const step = jakActivation('il13');
    const explorer = await mount({ scene: 'il13', step: String(step - 1) });
    const before = readCanvas(explorer);
    await showStep(explorer, step);
    const after = readCanvas(explorer);
    // Compare only the small pairs' band left of the featured pair (stage x 120–440, y 150–290).
    const band = (data: Uint8ClampedArray, width: number, height: number) => {
      const scale = Math.min(width / 1280, height / 720);
      const out: number[] = [];
      for (let y = Math.round(150 * scale); y < Math.round(290 * scale); y++) {
        for (let x = Math.round(120 * scale); x < Math.round(440 * scale); x++) {
          const i = (y * width + x) * 4;
          out.push(data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!);
        }
      }
      return new Uint8ClampedArray(out);
    };
    expect(differingFraction(band(before.data, before.width, before.height), band(after.data, after.width, after.height))).toBeGreaterThan(0.02);
  });

  it('captions which case the featured pair shows, from the population numbers', async () => {
    const explorer = await mount({ scene: 'il13', drug: 'abrocitinib', exposure: '1', step: '4' });
    expect(shadow(explorer, '.population-caption').textContent).toMatch(/^Shown: a typical pair — JAK1 holds the drug \(\d+ of 16 pairs\)$/);
    explorer.exposure = 0.1;
    await explorer.updateComplete;
    expect(shadow(explorer, '.population-caption').textContent).toMatch(/^Shown: a typical pair — both JAKs free \(\d+ of 16 pairs signal\)$/);
    explorer.lang = 'es';
    await loadLocale('es');
    await explorer.updateComplete;
    expect(shadow(explorer, '.population-caption').textContent).toMatch(/^Se muestra: un par típico, con las dos JAK libres \(\d+ de 16 pares dan señal\)$/);
  });
});
