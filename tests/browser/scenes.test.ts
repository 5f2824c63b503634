import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SCENES } from '../../scenes';
import { getSource } from '../../src/model/source-works';
import { SOURCE_WORKS } from '../../src/ui/jak-stat-explorer/templates/narration-template';
import { differingFraction, drawn, framesDrawn, mount, narration, readCanvas, recordEvents, shadow, showStep } from './helpers';

describe('scenes in the widget', () => {
  it.each(Object.keys(SCENES))('scene "%s" renders non-blank, distinct pixels at every step', async (id) => {
    const explorer = await mount({ scene: id });
    expect(explorer.scene).toBe(id);
    expect(narration(explorer).title).toBe(SCENES[id]!.steps[0]!.title);
    let previous: Uint8ClampedArray | undefined;
    for (let step = 1; step <= explorer.stepCount; step++) {
      await showStep(explorer, step);
      const reading = readCanvas(explorer);
      expect(reading.distinctColours, `${id} step ${step}`).toBeGreaterThan(40);
      if (previous) expect(differingFraction(previous, reading.data), `${id} step ${step}`).toBeGreaterThan(0.001);
      previous = reading.data;
    }
  });

  it('different cytokines on different cells look different', async () => {
    const explorer = await mount({ scene: 'il13' });
    const readings: Uint8ClampedArray[] = [];
    for (const id of ['il13', 'il4', 'il31', 'tslp', 'ifng']) {
      const before = framesDrawn();
      explorer.setAttribute('scene', id);
      await explorer.updateComplete;
      await drawn(before);
      readings.push(readCanvas(explorer).data);
    }
    for (let i = 1; i < readings.length; i++) expect(differingFraction(readings[i - 1]!, readings[i]!)).toBeGreaterThan(0.01);
  });

  it('switching scene keeps the step, updates narration and fires one step-change', async () => {
    const explorer = await mount({ scene: 'il13', step: '4' });
    const log = recordEvents(explorer);
    explorer.setAttribute('scene', 'il31');
    await explorer.updateComplete;
    expect(explorer.scene).toBe('il31');
    expect(explorer.step).toBe(4);
    expect(narration(explorer).title).toBe(SCENES.il31!.steps[3]!.title);
    expect(log.of('step-change')).toHaveLength(1);
    expect(log.of('step-change')[0]!.detail).toMatchObject({ step: 4, id: 'jak-activation' });
    explorer.next();
    expect(explorer.step).toBe(5);
  });

  it('lists each step’s sources with titles and links, and its simplification note', async () => {
    const explorer = await mount({ scene: 'il31', step: '1' });
    const step = SCENES.il31!.steps[0]!;
    // Until a reader opens them, the sources are listed by id; opening loads their titles and addresses.
    // (Other tests on this page may have loaded them already.)
    if (!SOURCE_WORKS.module) expect(shadow(explorer, '.sources li').textContent).toBe(step.sources[0]);
    const details = shadow(explorer, '.sources') as HTMLDetailsElement;
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.querySelector('summary')!.click();
    await toggled;
    await explorer.updateComplete;
    const items = explorer.shadowRoot!.querySelectorAll('.sources li');
    expect(items).toHaveLength(step.sources.length);
    const firstWork = getSource(step.sources[0]!).works[0]!;
    expect(items[0]!.textContent).toContain(firstWork.title);
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe(firstWork.url);
    expect(shadow(explorer, '.simplified').textContent).toContain(step.simplified!);
  });
});

describe('<jak-stat-overview>', () => {
  it('shows each cytokine with its JAKs and STAT, and selecting one fires scene-select', async () => {
    document.body.replaceChildren();
    const overview = document.createElement('jak-stat-overview');
    overview.current = 'il4';
    document.body.append(overview);
    await overview.updateComplete;
    const rows = [...overview.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(Object.keys(SCENES).length);
    const il4 = rows.find((row) => row.textContent?.includes('IL-4Rα + γc'))!;
    expect(il4.classList.contains('current')).toBe(true);
    const cells = [...il4.querySelectorAll('td.jak')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual(['✓IL-4Rα', '–', '✓γc', '–']);
    expect(il4.textContent).toContain('STAT6');
    const selected: string[] = [];
    overview.addEventListener('scene-select', (event) => selected.push(event.detail.scene));
    await userEvent.click(rows[2]!.querySelector('button')!);
    expect(selected).toEqual(['il31']);
  });
});
