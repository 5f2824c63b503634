import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { simulatePathway } from '../../src/simulate';
import { mount, shadow } from './helpers';

/** The figure a cell shows, as a fraction: "50%" → 0.5, "under 1%" → 0. */
const fractionOf = (text: string) => (/under 1%/.test(text) ? 0 : Number(/(\d+)%/.exec(text)![1]) / 100);

/** The dose-response table as { exposure → { column → fraction } }, columns keyed by JAK name or "signal". */
function readTable(root: ShadowRoot) {
  const table = root.querySelector('[part="dose-response"] table')!;
  const keys = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.getAttribute('data-jak')!);
  return new Map(
    [...table.querySelectorAll('tbody tr')].map((tr) => [
      Number(tr.getAttribute('data-exposure')),
      Object.fromEntries([...tr.querySelectorAll('td')].map((td, i) => [keys[i]!, fractionOf(td.textContent!)])),
    ]),
  );
}

describe('the dose-response plot', () => {
  let warn: { mockRestore(): void };
  beforeEach(() => { warn = vi.spyOn(console, 'warn').mockImplementation(() => {}); });
  afterEach(() => warn.mockRestore());

  it('exists only while a drug is set, and has an accessible name from its caption', async () => {
    const explorer = await mount({ scene: 'il13' });
    const root = explorer.shadowRoot!;
    expect(root.querySelector('[part="dose-response"]')).toBeNull();
    explorer.drug = 'abrocitinib';
    await explorer.updateComplete;
    const figure = root.querySelector('[part="dose-response"]')!;
    expect(figure.tagName).toBe('FIGURE');
    const name = root.getElementById(figure.getAttribute('aria-labelledby')!)!.textContent!;
    expect(name).toBe('Abrocitinib on IL-13: JAK pockets filled and signal, by exposure');
    expect(figure.querySelector('table caption')!.textContent).toContain('Abrocitinib on IL-13');
    expect(figure.querySelectorAll('th[scope="col"]').length).toBeGreaterThan(2);
    expect(figure.querySelectorAll('th[scope="row"]').length).toBe(9);
    explorer.drug = 'none';
    await explorer.updateComplete;
    expect(root.querySelector('[part="dose-response"]')).toBeNull();
  });

  it.each([
    ['il13', 'abrocitinib', 10],
    ['il4', 'upadacitinib', 3.2],
    ['il31', 'ruxolitinib', 0.3],
    ['tslp', 'upadacitinib', 250],
    ['ifng', 'abrocitinib', 1],
  ] as const)('%s + %s at %s×: the table equals simulatePathway to two decimals', async (scene, drug, exposure) => {
    const explorer = await mount({ scene, drug, exposure: String(exposure) });
    const table = readTable(explorer.shadowRoot!);
    expect([...table.keys()]).toEqual([...new Set([0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000, exposure])].sort((a, b) => a - b));
    for (const [x, row] of table) {
      const expected = simulatePathway({ scene, drug, exposure: x });
      expect(row.signal, `signal at ${x}×`).toBe(Math.round(expected.signal * 100) / 100);
      for (const [jak, occupancy] of Object.entries(expected.occupancy)) {
        if (expected.jaks[jak as 'JAK1']!.certainty === 'not-established') expect(row[jak]).toBeUndefined();
        else expect(row[jak], `${jak} at ${x}×`).toBe(Math.round(occupancy * 100) / 100);
      }
    }
    expect(explorer.shadowRoot!.querySelector('tr.chosen')!.getAttribute('data-exposure')).toBe(String(exposure));
  });

  it('draws no curve for a potency that is not established, dashes at-most curves, dots assumed ones, and says so', async () => {
    const upa = await mount({ scene: 'il13', drug: 'upadacitinib' });
    const root = upa.shadowRoot!;
    expect(root.querySelector('.dr-plot .curve.tyk2')).toBeNull();
    expect(root.querySelector('.dr-plot .curve.jak3.at-most')).not.toBeNull();
    const legend = root.querySelector('.dr-legend')!.textContent!;
    expect(legend).toContain('TYK2: not established, not drawn');
    expect(legend).toContain('JAK3: at most');
    expect(legend).toMatch(/IL-13 signal, % of normal; at most/);
    expect(root.querySelector('thead')!.textContent).toContain('Signal (at most)');

    const rux = await mount({ scene: 'tslp', drug: 'ruxolitinib' });
    expect(rux.shadowRoot!.querySelector('.dr-plot .curve.jak2.assumed')).not.toBeNull();
    expect(rux.shadowRoot!.querySelector('.dr-legend')!.textContent).toContain('JAK2 (this receptor): assumed');
  });

  it('says in numbers that selectivity fades as exposure rises, and states the exposure scale, assay and ATP caveats', async () => {
    const explorer = await mount({ scene: 'il31', drug: 'abrocitinib' });
    const figure = shadow(explorer, '[part="dose-response"]');
    const at = (x: number) => simulatePathway({ scene: 'il31', drug: 'abrocitinib', exposure: x }).occupancy;
    const pct = (f: number) => `${Math.round(f * 100)}%`;
    expect(shadow(explorer, '.dr-selectivity').textContent).toBe(
      `At 1×, JAK1 is ${pct(at(1).JAK1!)} filled and JAK2 ${pct(at(1).JAK2!)}; at 100×, ${pct(at(100).JAK1!)} and ${pct(at(100).JAK2!)}. The gap between the curves is the selectivity: it shrinks as exposure rises.`,
    );
    expect(figure.textContent).toContain('exposures cannot be compared across drugs');
    expect(figure.textContent).toContain('The ratios come from cell-free enzyme assays');
    expect(figure.textContent).toContain('ATP concentration');
    const upa = await mount({ scene: 'il31', drug: 'upadacitinib' });
    expect(shadow(upa, '[part="dose-response"]').textContent).toContain('The ratios come from cell assays');
  });

  it('marks the chosen exposure and moves the marker when it changes', async () => {
    const explorer = await mount({ scene: 'il13', drug: 'abrocitinib', exposure: '1' });
    const markerX = () => Number(shadow(explorer, '.dr-plot .marker').getAttribute('x1'));
    const at1 = markerX();
    expect(shadow(explorer, '.dr-plot .marker-label').textContent).toBe('1×');
    explorer.exposure = 100;
    await explorer.updateComplete;
    expect(markerX()).toBeGreaterThan(at1);
    expect(shadow(explorer, '.dr-plot .marker-label').textContent).toBe('100×');
  });

  it('speaks Spanish with a decimal comma', async () => {
    const explorer = await mount({ scene: 'il13', drug: 'upadacitinib', exposure: '3.2', lang: 'es' });
    expect(shadow(explorer, '.dr-plot .marker-label').textContent).toBe('3,2×');
    expect(shadow(explorer, '[part="dose-response"] figcaption').textContent).toBe('Upadacitinib sobre IL-13: bolsillos de JAK ocupados y señal, según la exposición');
    expect(shadow(explorer, '.dr-legend').textContent).toContain('TYK2: no establecido, no se dibuja');
    expect(shadow(explorer, 'input.exposure-slider').getAttribute('aria-valuetext')).toBe('3,2× CI50 de JAK1');
  });

  it('scales to a 375 px container with text of at least 11 px', async () => {
    const explorer = await mount({ scene: 'il13', drug: 'abrocitinib' }, 375);
    const plot = shadow(explorer, '.dr-plot');
    const host = explorer.getBoundingClientRect();
    for (const part of [shadow(explorer, '[part="dose-response"]'), plot]) {
      const box = part.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(host.left);
      expect(box.right).toBeLessThanOrEqual(host.right);
    }
    for (const text of plot.querySelectorAll('text')) expect(text.getBoundingClientRect().height, text.textContent!).toBeGreaterThanOrEqual(11);
  });

  it('the exposure slider sets a two-figure exposure on a log scale, and the preset picker shows it as "other"', async () => {
    const explorer = await mount({ scene: 'il13', drug: 'abrocitinib' });
    const slider = shadow<HTMLInputElement>(explorer, 'input.exposure-slider');
    expect(slider.getAttribute('aria-valuetext')).toBe('10× JAK1 IC50');
    expect(slider.labels![0]!.textContent).toContain('Exposure, log scale');
    slider.value = '0.5';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await explorer.updateComplete;
    expect(explorer.exposure).toBe(3.2);
    expect(slider.getAttribute('aria-valuetext')).toBe('3.2× JAK1 IC50');
    const picker = shadow<HTMLSelectElement>(explorer, 'select.exposure-picker');
    expect(picker.selectedOptions[0]!.textContent).toBe('Other: 3.2× JAK1 IC50');
    slider.focus();
    await userEvent.keyboard('{End}');
    await explorer.updateComplete;
    expect(explorer.exposure).toBe(1000);
    await userEvent.selectOptions(picker, '10');
    await explorer.updateComplete;
    expect(explorer.exposure).toBe(10);
    expect(Number(slider.value)).toBeCloseTo(1, 5);
    expect(picker.querySelectorAll('option')).toHaveLength(4);
  });
});
