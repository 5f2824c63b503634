/**
 * The ATP-pocket close-up: shown at JAK activation in every scene with and without a drug, absent at other
 * steps, both states at partial occupancy, described for screen readers, cross-fades only under reduced
 * motion, axe-clean, legible and clear of the featured JAKs at phone width.
 */
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';
import { loadLocale } from '../../src/i18n/registry';
import { roleOf } from '../../src/model/step-role';
import { simulatePathway } from '../../src/simulate';
import type { JakStatExplorer } from '../../src/ui/jak-stat-explorer/jak-stat-explorer';
import { mount, shadow, showStep } from './helpers';

const jakActivation = (sceneId: string) => SCENES[sceneId]!.steps.findIndex((step) => roleOf(step) === 'jak-activation') + 1;
const inset = (explorer: JakStatExplorer) => explorer.shadowRoot!.querySelectorAll<HTMLElement>('[part~="atp-inset"]');

/** Whether an element is laid out with a size and not hidden. */
function shown(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** Every keyframe property an element's running animations change, over the inset and its descendants. */
function animatedProperties(root: Element): Set<string> {
  const properties = new Set<string>();
  for (const animation of root.getAnimations({ subtree: true })) {
    for (const frame of (animation.effect as KeyframeEffect).getKeyframes()) {
      for (const key of Object.keys(frame)) if (!['offset', 'easing', 'composite', 'computedOffset'].includes(key)) properties.add(key);
    }
  }
  return properties;
}

describe('ATP-pocket close-up', () => {
  let warn: { mockRestore(): void };
  beforeEach(() => { warn = vi.spyOn(console, 'warn').mockImplementation(() => {}); });
  afterEach(() => warn.mockRestore());

  it.each(Object.keys(SCENES))('%s: shown at JAK activation with and without a drug, absent at every other step', async (scene) => {
    const step = jakActivation(scene);
    const explorer = await mount({ scene, step: String(step) });
    expect(inset(explorer)).toHaveLength(1);
    expect(shown(inset(explorer)[0]!)).toBe(true);
    for (let other = 1; other <= explorer.stepCount; other++) {
      if (other === step) continue;
      explorer.goToStep(other);
      await explorer.updateComplete;
      expect(inset(explorer), `step ${other}`).toHaveLength(0);
    }
    for (const drug of Object.keys(DRUGS)) {
      explorer.drug = drug;
      explorer.goToStep(step);
      await explorer.updateComplete;
      expect(inset(explorer), drug).toHaveLength(1);
      expect(shown(inset(explorer)[0]!)).toBe(true);
    }
    // Compare mode: one close-up per view.
    explorer.compare = true;
    await explorer.updateComplete;
    expect(inset(explorer)).toHaveLength(2);
  });

  it('untreated: one state, ATP docking and a phosphate moving onto the tyrosine, in words', async () => {
    const explorer = await mount({ scene: 'il13', step: '4' });
    const box = inset(explorer)[0]!;
    expect(box.querySelectorAll('.atp-state')).toHaveLength(1);
    expect(box.querySelector('.atp-state.free .pm')).not.toBeNull();
    expect(box.getAttribute('role')).toBe('img');
    expect(box.getAttribute('aria-label')).toBe(
      'Close-up of the ATP pocket in the kinase domain of JAK1: ATP docks in the pocket and a phosphate moves onto the activation-loop tyrosine.',
    );
  });

  it('partial occupancy: both states side by side, each with its share of pockets from the simulation (en and es)', async () => {
    const explorer = await mount({ scene: 'il13', step: '4', drug: 'abrocitinib', exposure: '1' });
    const occupancy = simulatePathway({ scene: 'il13', drug: 'abrocitinib', exposure: 1 }).occupancy.JAK1!;
    const percent = (f: number) => `${Math.round(f * 100)}%`;
    const box = inset(explorer)[0]!;
    expect([...box.querySelectorAll('.atp-state')].map((s) => s.className.split(' ').at(-1))).toEqual(['free', 'filled']);
    expect([...box.querySelectorAll('.atp-share')].map((s) => s.textContent)).toEqual([
      `free pockets: ${percent(1 - occupancy)}`,
      `drug-filled: ${percent(occupancy)}`,
    ]);
    expect(box.querySelector('.filled .drug')).not.toBeNull();
    const label = box.getAttribute('aria-label')!;
    expect(label).toContain(`Free pockets (${percent(1 - occupancy)})`);
    expect(label).toContain(`Drug-filled pockets (${percent(occupancy)}): abrocitinib sits in the pocket`);
    const [free, filled] = [...box.querySelectorAll('.atp-state')].map((s) => s.getBoundingClientRect());
    expect(free!.width).toBeGreaterThan(0);
    expect(filled!.width).toBeGreaterThan(0);

    // A tiny free share says "under 1%", never 0%.
    explorer.exposure = 1000;
    await explorer.updateComplete;
    expect(inset(explorer)[0]!.querySelector('.atp-share')!.textContent).toBe('free pockets: under 1%');
    explorer.lang = 'es';
    await loadLocale('es');
    await explorer.updateComplete;
    expect(inset(explorer)[0]!.querySelector('.atp-share')!.textContent).toBe('bolsillos libres: menos del 1%');
    expect(inset(explorer)[0]!.getAttribute('aria-label')).toMatch(/^Primer plano del bolsillo de ATP del dominio cinasa de JAK1, en sus dos estados\. Bolsillos libres \(menos del 1%\)/);
  });

  it('moves with transforms normally, and only cross-fades (opacity) under reduced motion', async () => {
    const moving = await mount({ scene: 'il13', step: '4', drug: 'abrocitinib', exposure: '1' });
    expect(animatedProperties(inset(moving)[0]!)).toContain('transform');
    moving.reducedMotion = true;
    await moving.updateComplete;
    const calm = animatedProperties(inset(moving)[0]!);
    expect(calm).toContain('opacity');
    expect(calm).not.toContain('transform');
  });

  it('axe-core finds nothing, alone and in compare mode', async () => {
    const explorer = await mount({ scene: 'il13', step: '4', drug: 'abrocitinib', exposure: '1' });
    const run = async () => (await axe.run(explorer, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.help}`);
    expect(await run()).toEqual([]);
    explorer.compare = true;
    await explorer.updateComplete;
    expect(await run()).toEqual([]);
  });

  it.each([375, 960])('at %i px: text at least 12 px, and the close-up leaves the featured JAKs uncovered', async (width) => {
    const explorer = await mount({ scene: 'il13', step: '4', drug: 'abrocitinib', exposure: '1' }, width);
    await showStep(explorer, 4);
    const box = inset(explorer)[0]!;
    for (const text of box.querySelectorAll('p, text')) {
      const size = parseFloat(getComputedStyle(text).fontSize);
      // SVG text is in user units: scale by how wide the SVG is drawn against its viewBox.
      const svg = text.closest('svg');
      const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
      expect(size * scale, text.textContent!).toBeGreaterThanOrEqual(12);
    }
    // The featured JAKs span stage x 476–804, y 257–369 of 1280 × 720 (assembled or apart), letterboxed into the canvas.
    const canvas = shadow(explorer, '.view.main canvas').getBoundingClientRect();
    const scale = Math.min(canvas.width / 1280, canvas.height / 720);
    const left = canvas.left + (canvas.width - 1280 * scale) / 2;
    const top = canvas.top + (canvas.height - 720 * scale) / 2;
    const jaks = { left: left + 476 * scale, right: left + 804 * scale, top: top + 257 * scale, bottom: top + 369 * scale };
    const r = box.getBoundingClientRect();
    const overlaps = r.left < jaks.right && r.right > jaks.left && r.top < jaks.bottom && r.bottom > jaks.top;
    expect(overlaps).toBe(false);
    expect(r.right).toBeLessThanOrEqual(explorer.getBoundingClientRect().right + 0.5);
  });

  it('is not shown in text mode', async () => {
    const { mountTextOnly } = await import('./helpers');
    const explorer = await mountTextOnly({ scene: 'il13', step: '4', drug: 'abrocitinib' });
    expect(inset(explorer)).toHaveLength(0);
    expect(explorer.shadowRoot!.querySelector('.population-caption')).toBeNull();
  });
});
