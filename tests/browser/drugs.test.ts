import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DRUGS } from '../../scenes/drugs';
import { simulatePathway } from '../../src/simulate';
import { differingFraction, mount, narration, readCanvas, recordEvents, shadow, showStep as show } from './helpers';

const JAK_ACTIVATION = 4;

describe('JAK inhibitors in the widget', () => {
  let warn: { mockRestore(): void; mock: { calls: unknown[][] } };
  beforeEach(() => { warn = vi.spyOn(console, 'warn').mockImplementation(() => {}); });
  afterEach(() => warn.mockRestore());

  it.each(Object.keys(DRUGS))('%s on IL-13: drug in the pocket at JAK activation, narration says what it prevents, final step differs', async (drug) => {
    const untreated = await mount({ scene: 'il13' });
    await show(untreated, JAK_ACTIVATION);
    const plainActivation = readCanvas(untreated).data;
    await show(untreated, untreated.stepCount);
    const plainFinal = readCanvas(untreated).data;

    const explorer = await mount({ scene: 'il13', drug, exposure: '10' });
    await show(explorer, JAK_ACTIVATION);
    const name = DRUGS[drug]!.name.replace(/ cream$/i, '').toLowerCase();
    expect(narration(explorer).text).toContain(`In the pair shown, ${name} sits in the ATP pocket of JAK1, so ATP is kept out`);
    expect(narration(explorer).text).toMatch(/Across the cell [^.]*\d+ of 16/);
    expect(shadow(explorer, '.drug-note').textContent).toMatch(/Signal across the cell: (about|at most|at least|roughly) \d+% of the usual/);
    expect(differingFraction(plainActivation, readCanvas(explorer).data)).toBeGreaterThan(0.003);
    await show(explorer, explorer.stepCount);
    expect(differingFraction(plainFinal, readCanvas(explorer).data)).toBeGreaterThan(0.003);
    expect(narration(explorer).text).toMatch(/reversible/);
  });

  it('says the drug does not block the cytokine or its receptor', async () => {
    const explorer = await mount({ scene: 'il13', drug: 'abrocitinib', step: '2' });
    expect(shadow(explorer, '.drug-note').textContent).toContain('not on the cytokine or its receptor');
    expect(shadow(explorer, '.drug-note').textContent).toContain('antibody drugs such as dupilumab do: dupilumab binds IL-4Rα');
  });

  it('names dupilumab only where its target, IL-4Rα, is a chain of the receptor', async () => {
    const explorer = await mount({ scene: 'il22', drug: 'abrocitinib', step: '2' });
    expect(shadow(explorer, '.drug-note').textContent).toContain('antibody drugs (biologics)');
    expect(shadow(explorer, '.drug-note').textContent).not.toContain('dupilumab');
  });

  it('the live region, the narration and the description read the same facts', async () => {
    const explorer = await mount({ scene: 'il13', drug: 'abrocitinib', exposure: '1' });
    await show(explorer, JAK_ACTIVATION);
    const live = explorer.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent!;
    const text = narration(explorer).text!;
    expect(live).toContain(text);
    const signalling = Number(/\((\d+) of 16\) still switch on/.exec(text)![1]);
    const description = shadow(explorer, '#stage-description').textContent!;
    expect(description).toContain(`${16 - signalling} of 16 receptor pairs have the drug in a JAK pocket; ${signalling} still signal`);
    expect(description).toContain('Abrocitinib fills the ATP pocket of JAK1.');
    expect(description).not.toContain('not in a pocket');
    const percent = Math.round(simulatePathway({ scene: 'il13', drug: 'abrocitinib', exposure: 1 }).signal * 100);
    expect(text).toContain(`about ${percent}% of the usual signal`);
  });

  it('asks a checkpoint whose premise the drug stopped in the pair shown as a conditional question', async () => {
    const explorer = await mount({ scene: 'il13', drug: 'abrocitinib', exposure: '10', quiz: '', step: '5' });
    explorer.next();
    await explorer.updateComplete;
    expect(shadow(explorer, '.checkpoint legend').textContent).toContain('In the pair shown the drug stopped this step. In a receptor pair without the drug');
  });

  it('shows occupancy bars per JAK and the signal, matching simulatePathway', async () => {
    const explorer = await mount({ scene: 'tslp', drug: 'ruxolitinib', exposure: '10' });
    const rows = [...explorer.shadowRoot!.querySelectorAll('.bars li')];
    expect(rows.map((row) => row.querySelector('.jak')!.textContent)).toEqual(['JAK1', 'JAK2', 'JAK3', 'TYK2', 'Signal']);
    const expected = simulatePathway({ scene: 'tslp', drug: 'ruxolitinib', exposure: 10 });
    expect(rows[0]!.querySelector('.value')!.textContent).toBe(`${Math.round(expected.occupancy.JAK1! * 100)}%`);
    expect(rows[3]!.querySelector('.value')!.textContent).toBe('not established');
    expect(rows[4]!.querySelector('.value')!.textContent).toBe(`${Math.round(expected.signal * 100)}%`);
    expect(rows[0]!.classList.contains('used') && rows[1]!.classList.contains('used')).toBe(true);
    expect(rows[2]!.classList.contains('unused')).toBe(true);
    expect(shadow(explorer, '.occupancy .caveat').textContent).toContain('not a dosing tool');
  });

  it('raising the exposure lowers the signal and fills JAK2 more (selectivity fades)', async () => {
    const explorer = await mount({ scene: 'tslp', drug: 'abrocitinib', exposure: '1' });
    // "under 1%" counts as 0.
    const value = (i: number) => parseInt(explorer.shadowRoot!.querySelectorAll('.bars li .value')[i]!.textContent!.replace('under 1%', '0'), 10);
    const low = { jak2: value(1), signal: value(4) };
    explorer.setAttribute('exposure', '100');
    await explorer.updateComplete;
    expect(value(1)).toBeGreaterThan(low.jak2);
    expect(value(4)).toBeLessThan(low.signal);
  });

  it('words bounds and assumptions as such: "under 1%", "at most", "assumed", the potency notes and the model’s assumptions', async () => {
    const abro = await mount({ scene: 'il4', drug: 'abrocitinib', exposure: '1' });
    const values = () => [...abro.shadowRoot!.querySelectorAll('.bars li .value')].map((v) => v.textContent);
    // JAK3's ratio is a lower bound (>340×): its occupancy, 1/341, is an upper bound that rounds to 0.
    expect(values()[2]).toBe('under 1%');
    expect(values().join()).not.toMatch(/≤|(^|\D)0%/);
    expect(values()[4]).toBe(`at least ${Math.round(simulatePathway({ scene: 'il4', drug: 'abrocitinib', exposure: 1 }).signal * 100)}%`);
    abro.exposure = 100;
    await abro.updateComplete;
    expect(values()[2]).toBe(`at most ${Math.round((100 / 440) * 100)}%`);

    const upa = await mount({ scene: 'il13', drug: 'upadacitinib', exposure: '10' });
    const upaRows = [...upa.shadowRoot!.querySelectorAll('.bars li')];
    expect(upaRows[4]!.querySelector('.value')!.textContent).toMatch(/^at most \d+%$/);
    expect(upaRows[3]!.querySelector('.note')!.textContent).toContain('No confirmed figure');

    const rux = await mount({ scene: 'tslp', drug: 'ruxolitinib', exposure: '10' });
    const jak1 = rux.shadowRoot!.querySelector('.bars li')!;
    expect(jak1.classList.contains('assumed')).toBe(true);
    expect(jak1.querySelector('.note')!.textContent).toMatch(/^assumed Modelling assumption: the reference JAK/);
    expect(rux.shadowRoot!.querySelector('.bars li.signal .note')!.textContent).toContain('rests on assumed potencies');
    const assumptions = shadow(rux, '.assumptions').textContent!.replace(/\s+/g, ' ');
    expect(assumptions).toContain('Assumptions of this model');
    expect(assumptions).toMatch(/only when both of its JAKs are free.*\[S37, S8, S34\]/);
    expect(assumptions).toMatch(/counted as free, so the signal is then an upper bound.*\[S50, S52\]/);
    expect(assumptions).toContain('Abrocitinib: the potency ratios come from cell-free enzyme assays. [S42, S47]');
    expect(assumptions).toContain('Upadacitinib: the potency ratios come from cell assays. [S28]');
    expect(assumptions).toMatch(/ATP concentration used in the assay\. \[S28\]/);
  });

  it('has a facts card with route, approval, side effects and the boxed warning, with sources', async () => {
    const explorer = await mount({ drug: 'ruxolitinib' });
    const card = shadow(explorer, '.facts');
    expect(card.textContent).toContain('About Ruxolitinib cream (Opzelura)');
    expect(card.textContent).toContain('ages 2–11 since September 2025');
    expect(card.textContent).toContain('Boxed warning');
    expect(card.textContent).toContain('Educational, not medical advice');
    expect(card.textContent).toMatch(/\[S57, S59\]/);
  });

  it('the drug picker and exposure picker change the drug, fire drug-change, and keep the step', async () => {
    const explorer = await mount({ step: '5' });
    const log = recordEvents(explorer, ['drug-change', 'step-change']);
    const picker = shadow<HTMLSelectElement>(explorer, 'select.drug-picker');
    await userEvent.selectOptions(picker, 'upadacitinib');
    await explorer.updateComplete;
    expect(explorer.drug).toBe('upadacitinib');
    expect(explorer.getAttribute('drug')).toBe('upadacitinib');
    expect(explorer.step).toBe(5);
    expect(log.of('drug-change')[0]!.detail).toEqual({ drug: 'upadacitinib', exposure: 10, compare: false });
    await userEvent.selectOptions(shadow<HTMLSelectElement>(explorer, 'select.exposure-picker'), '100');
    await explorer.updateComplete;
    expect(explorer.exposure).toBe(100);
  });

  it('refuses unknown drugs and exposures with a warning, keeping the last good value', async () => {
    const explorer = await mount({ drug: 'abrocitinib' });
    explorer.setAttribute('drug', 'aspirin');
    explorer.setAttribute('exposure', '0');
    await explorer.updateComplete;
    expect(explorer.drug).toBe('abrocitinib');
    expect(explorer.getAttribute('drug')).toBe('abrocitinib');
    expect(explorer.exposure).toBe(10);
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/unknown drug "aspirin"[\s\S]*exposure must be from/);
    explorer.next();
    expect(explorer.step).toBe(2);
  });

  it('compare mode shows the untreated run beside the treated one, stepping together', async () => {
    const explorer = await mount({ scene: 'il13', drug: 'abrocitinib', compare: '' }, 1200);
    const canvases = [...explorer.shadowRoot!.querySelectorAll('canvas')];
    expect(canvases).toHaveLength(2);
    const captions = [...explorer.shadowRoot!.querySelectorAll('.view-caption')].map((c) => c.textContent);
    expect(captions).toEqual(['With abrocitinib (10× JAK1 IC50)', 'Without a drug']);
    const read = (canvas: HTMLCanvasElement) => canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const baselineBox = canvases[1]!.getBoundingClientRect();
    const mainBox = canvases[0]!.getBoundingClientRect();
    expect(baselineBox.left).toBeLessThan(mainBox.left);
    expect(Math.abs(baselineBox.top - mainBox.top)).toBeLessThan(1);
    await show(explorer, 6);
    const baselineAt6 = read(canvases[1]!);
    const mainAt6 = read(canvases[0]!);
    await show(explorer, 7);
    expect(differingFraction(baselineAt6, read(canvases[1]!))).toBeGreaterThan(0.002);
    // The two runs diverge: STAT6 docks without the drug, not with it.
    expect(differingFraction(mainAt6, baselineAt6)).toBeGreaterThan(0.005);
    explorer.removeAttribute('compare');
    await explorer.updateComplete;
    expect(explorer.shadowRoot!.querySelectorAll('canvas')).toHaveLength(1);
  });
});
