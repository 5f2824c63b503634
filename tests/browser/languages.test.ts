import { afterEach, describe, expect, it } from 'vitest';
import { isLocaleLoaded, loadLocale } from '../../src/i18n/registry';
import type { JakStatExplorer } from '../../src/ui/jak-stat-explorer/jak-stat-explorer';
import { mount, narration, shadow } from './helpers';

/** Spanish arrives as a module of its own: wait for it, then for the re-render it causes. */
async function inSpanish(explorer: JakStatExplorer) {
  const es = await loadLocale('es');
  await explorer.updateComplete;
  return es;
}

describe('languages in the widget', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('lang="es" loads Spanish on demand and shows Spanish narration and controls', async () => {
    expect(isLocaleLoaded('es')).toBe(false);
    const explorer = await mount({ lang: 'es', step: '2' });
    const es = await inSpanish(explorer);
    expect(es.code).toBe('es');
    const content = es.content!;
    expect(narration(explorer).title).toBe(content.scenes.il13!.steps['ligand-binding']!.title);
    expect(narration(explorer).text).toBe(content.scenes.il13!.steps['ligand-binding']!.text);
    expect(narration(explorer).counter).toBe(`Paso 2 de ${explorer.stepCount}`);
    expect(shadow(explorer, 'button.next').getAttribute('aria-label')).toBe('Paso siguiente');
    expect(shadow(explorer, '.drug-controls label').textContent).toContain('Fármaco');
  });

  it('defaults to the page language, and follows a change of the lang attribute', async () => {
    document.documentElement.lang = 'es';
    const explorer = await mount();
    await inSpanish(explorer);
    expect(narration(explorer).counter).toMatch(/^Paso 1 de/);
    explorer.setAttribute('lang', 'en');
    await explorer.updateComplete;
    expect(narration(explorer).counter).toMatch(/^Step 1 of/);
    expect(explorer.step).toBe(1);
  });

  it('an unknown language shows English', async () => {
    const explorer = await mount({ lang: 'fr', step: '2' });
    expect(narration(explorer).counter).toMatch(/^Step 2 of/);
  });

  it('keeps the step when the language changes, and translates the drug narration', async () => {
    const explorer = await mount({ drug: 'abrocitinib', step: '4' });
    explorer.setAttribute('lang', 'es');
    await inSpanish(explorer);
    expect(explorer.step).toBe(4);
    expect(narration(explorer).text).toContain('así que el ATP queda fuera');
    expect(shadow(explorer, '.facts summary').textContent).toContain('Sobre Abrocitinib');
  });

  it('names the cream by its generic name alone mid-sentence, in each language', async () => {
    const explorer = await mount({ drug: 'ruxolitinib', compare: '' });
    expect(shadow(explorer, '.view.main .view-caption').textContent).toContain('With ruxolitinib (');
    explorer.setAttribute('lang', 'es');
    await inSpanish(explorer);
    expect(shadow(explorer, '.view.main .view-caption').textContent).toContain('Con ruxolitinib (');
  });
});
