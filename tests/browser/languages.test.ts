import { afterEach, describe, expect, it } from 'vitest';
import { es } from '../../src/i18n/locales/es';

const ES_CONTENT = es.content!;
import { mount, narration, shadow } from './helpers';

describe('languages in the widget', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('lang="es" shows Spanish narration and controls', async () => {
    const explorer = await mount({ lang: 'es', step: '2' });
    expect(narration(explorer).title).toBe(ES_CONTENT.scenes.il13!.steps['ligand-binding']!.title);
    expect(narration(explorer).text).toBe(ES_CONTENT.scenes.il13!.steps['ligand-binding']!.text);
    expect(narration(explorer).counter).toBe(`Paso 2 de ${explorer.stepCount}`);
    expect(shadow(explorer, 'button.next').getAttribute('aria-label')).toBe('Paso siguiente');
    expect(shadow(explorer, '.drug-controls label').textContent).toContain('Fármaco');
  });

  it('defaults to the page language, and follows a change of the lang attribute', async () => {
    document.documentElement.lang = 'es';
    const explorer = await mount();
    expect(narration(explorer).counter).toMatch(/^Paso 1 de/);
    explorer.setAttribute('lang', 'en');
    await explorer.updateComplete;
    expect(narration(explorer).counter).toMatch(/^Step 1 of/);
    expect(explorer.step).toBe(1);
  });

  it('keeps the step when the language changes, and translates the drug narration', async () => {
    const explorer = await mount({ drug: 'abrocitinib', step: '4' });
    explorer.setAttribute('lang', 'es');
    await explorer.updateComplete;
    expect(explorer.step).toBe(4);
    expect(narration(explorer).text).toContain('el ATP no puede unirse');
    expect(shadow(explorer, '.facts summary').textContent).toContain('Sobre Abrocitinib');
  });
});
