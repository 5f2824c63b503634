import { describe, expect, it } from 'vitest';
import { registerLocales } from '../../src/i18n/locales';
import { registeredLocales, resolveLocale } from '../../src/i18n/registry';
import { localizeDrugData, localizeSceneData } from '../../src/i18n/localize-content';
import { loadScene } from '../../src/model/load-scene';
import { loadDrug } from '../../src/model/load-drug';
import { isKnownSource } from '../../src/model/sources';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';

registerLocales();
const [english, ...others] = registeredLocales();

/** The shape of a value: keys of objects, lengths of arrays, arity of functions, "string" for strings. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort().map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

describe('languages', () => {
  it('registers English first (the fallback) and Spanish', () => {
    expect(registeredLocales().map((l) => l.code)).toEqual(['en', 'es']);
    expect(resolveLocale('es-MX').code).toBe('es');
    expect(resolveLocale('fr').code).toBe('en');
  });

  describe.each(others.map((l) => [l.code, l] as const))('%s', (_code, locale) => {
    it('has every shell string, describer and drug phrase English has', () => {
      expect(shape(locale.ui)).toEqual(shape(english!.ui));
      expect(shape(locale.describer)).toEqual(shape(english!.describer));
      expect(shape(locale.treatment)).toEqual(shape(english!.treatment));
    });

    it('translates every scene: every step, gene and simplification note, and the result is a valid scene', () => {
      for (const [id, data] of Object.entries(SCENES)) {
        const text = locale.content?.scenes[id];
        expect(text, id).toBeDefined();
        expect(Object.keys(text!.steps).sort(), id).toEqual(data.steps.map((s) => s.id).sort());
        expect(Object.keys(text!.genes).sort(), id).toEqual(data.genes.map((g) => g.id).sort());
        for (const step of data.steps) expect(!!text!.steps[step.id]!.simplified, `${id}/${step.id}`).toBe(step.simplified !== undefined);
        expect(() => loadScene(localizeSceneData(data, text))).not.toThrow();
      }
    });

    it('translates every drug text, including each "not established" note', () => {
      for (const [id, data] of Object.entries(DRUGS)) {
        const text = locale.content?.drugs[id];
        expect(text, id).toBeDefined();
        const notEstablished = Object.entries(data.potency).filter(([, p]) => p.kind === 'not-established').map(([jak]) => jak).sort();
        expect(Object.keys(text!.notEstablished).sort(), id).toEqual(notEstablished);
        expect(() => loadDrug(localizeDrugData(data, text))).not.toThrow();
      }
    });

    it('has the same glossary and checkpoints as English, with known sources', () => {
      expect(locale.glossary.map((g) => [g.id, g.sources])).toEqual(english!.glossary.map((g) => [g.id, g.sources]));
      expect(locale.checkpoints.map((c) => [c.id, c.afterStep, c.answers.map((a) => a.correct), c.sources])).toEqual(
        english!.checkpoints.map((c) => [c.id, c.afterStep, c.answers.map((a) => a.correct), c.sources]),
      );
    });
  });

  it('cites only known sources in the glossary and checkpoints, each checkpoint with one right answer', () => {
    for (const locale of registeredLocales()) {
      for (const entry of [...locale.glossary, ...locale.checkpoints]) {
        for (const id of entry.sources) expect(isKnownSource(id), `${locale.code} ${entry.id} ${id}`).toBe(true);
      }
      for (const checkpoint of locale.checkpoints) expect(checkpoint.answers.filter((a) => a.correct)).toHaveLength(1);
    }
  });
});
