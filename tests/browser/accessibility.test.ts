import { describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { SCENES } from '../../scenes';
import { frames, mount } from './helpers';

/** axe-core over the widget's shadow DOM (axe walks open shadow roots itself). */
async function violations(context: Element) {
  const result = await axe.run(context, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

const DARK = `--jse-bg: #161b22; --jse-fg: #e6edf3; --jse-muted: #a9b8c9; --jse-border: #3a4656; --jse-accent: #58a6ff; --jse-accent-fg: #0d1117;`;

describe('accessibility (axe-core)', () => {
  it.each(Object.keys(SCENES))('scene %s: no violations at any step, light and dark, with and without a drug', async (scene) => {
    for (const theme of ['light', 'dark']) {
      for (const drug of ['none', 'upadacitinib']) {
        const explorer = await mount({ scene, drug }, 900);
        if (theme === 'dark') explorer.setAttribute('style', DARK);
        for (let step = 1; step <= explorer.stepCount; step++) {
          explorer.goToStep(step);
          await explorer.updateComplete;
          const found = await violations(explorer);
          expect(found, `${scene} ${theme} ${drug} step ${step}`).toEqual([]);
        }
      }
    }
  }, 120_000);

  it('checkpoint, glossary definition, shortcuts panel, presenter mode and Spanish are clean too', async () => {
    const explorer = await mount({ quiz: '', step: '2', lang: 'es' });
    explorer.next();
    await explorer.updateComplete;
    explorer.shadowRoot!.querySelector<HTMLButtonElement>('.text .term')?.click();
    explorer.setAttribute('presenter', '');
    explorer.focus();
    explorer.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true, composed: true }));
    await explorer.updateComplete;
    expect(explorer.shadowRoot!.querySelector('.checkpoint')).not.toBeNull();
    expect(explorer.shadowRoot!.querySelector('.shortcuts')).not.toBeNull();
    expect(await violations(explorer)).toEqual([]);
    explorer.removeAttribute('presenter');
  });

  it('compare mode and text mode are clean too', async () => {
    const explorer = await mount({ drug: 'abrocitinib', compare: '' });
    await frames(2);
    expect(await violations(explorer)).toEqual([]);
  });
});
