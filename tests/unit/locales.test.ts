import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/locales/en';
import type { Locale } from '../../src/i18n/locale';
import { LOCALE_MODULE_CODES } from '../../src/i18n/locale-codes';
import { LOCALE_LOADERS } from '../../src/i18n/locale-loaders';
import { localizeDrugData, localizeSceneData } from '../../src/i18n/localize-content';
import { loadScene } from '../../src/model/load-scene';
import { loadDrug } from '../../src/model/load-drug';
import { isKnownSource } from '../../src/model/sources';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';

/** Every language module file in src/i18n/locales: all but English (bundled in the core) and index.ts. */
const LOCALE_FILES = readdirSync(new URL('../../src/i18n/locales/', import.meta.url))
  .filter((file) => file.endsWith('.ts') && file !== 'en.ts' && file !== 'index.ts')
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

/** Each language module, imported from its file as the loaders import it: its default export. */
const others: Locale[] = [];
for (const code of LOCALE_FILES) {
  const module = (await import(`../../src/i18n/locales/${code}.ts`)) as { default: Locale };
  others.push(module.default);
}

/** The shape of a value: keys of objects, lengths of arrays, arity of functions, "string" for strings. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort().map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

describe('languages', () => {
  it('ships a module, a code and a loader for every language file, and nothing else', () => {
    expect(LOCALE_FILES).toContain('es');
    expect([...LOCALE_MODULE_CODES].sort()).toEqual(LOCALE_FILES);
    expect(Object.keys(LOCALE_LOADERS).sort()).toEqual(LOCALE_FILES);
    expect(others.map((l) => l.code)).toEqual(LOCALE_FILES);
  });

  it('each loader gives the same locale as its file', async () => {
    for (const locale of others) {
      const module = (await LOCALE_LOADERS[locale.code]!()) as { default: Locale };
      expect(module.default).toBe(locale);
    }
  });

  describe.each(others.map((l) => [l.code, l] as const))('%s', (_code, locale) => {
    it('has every shell string, describer and drug phrase English has', () => {
      expect(shape(locale.ui)).toEqual(shape(en.ui));
      expect(shape(locale.describer)).toEqual(shape(en.describer));
      expect(shape(locale.treatment)).toEqual(shape(en.treatment));
    });

    it('names a drug mid-sentence by its generic name alone, without the formulation', () => {
      for (const id of Object.keys(DRUGS)) {
        const name = locale.content!.drugs[id]!.name;
        const sentence = locale.ui.drug.withDrug(name);
        // Drug ids are the generic names; a formulation ("en crema") is the words after it.
        expect(sentence, name).toContain(id);
        if (name.includes(' ')) expect(sentence, name).not.toContain(name.split(' ').at(-1));
      }
    });

    it('translates every scene: every step, gene and simplification note, and the result is a valid scene', () => {
      for (const [id, data] of Object.entries(SCENES)) {
        const text = locale.content?.scenes[id];
        expect(text, id).toBeDefined();
        const steps = loadScene(data).steps;
        expect(Object.keys(text!.steps).sort(), id).toEqual(steps.map((s) => s.id).sort());
        expect(Object.keys(text!.genes).sort(), id).toEqual(data.genes.map((g) => g.id).sort());
        for (const step of steps) expect(!!text!.steps[step.id]!.simplified, `${id}/${step.id}`).toBe(step.simplified !== undefined);
        expect(() => loadScene(localizeSceneData(data, text))).not.toThrow();
      }
    });

    it('translates every drug text, including each "not established" and "assumed" potency note', () => {
      for (const [id, data] of Object.entries(DRUGS)) {
        const text = locale.content?.drugs[id];
        expect(text, id).toBeDefined();
        const withNotes = Object.entries(data.potency).filter(([, p]) => p.kind !== 'ratio').map(([jak]) => jak).sort();
        expect(Object.keys(text!.potencyNotes).sort(), id).toEqual(withNotes);
        expect(() => loadDrug(localizeDrugData(data, text))).not.toThrow();
      }
    });

    it('has the same glossary and checkpoints as English, with known sources', () => {
      expect(locale.glossary.map((g) => [g.id, g.sources])).toEqual(en.glossary.map((g) => [g.id, g.sources]));
      expect(locale.checkpoints.map((c) => [c.id, c.afterStep, c.answers.map((a) => a.correct), c.sources])).toEqual(
        en.checkpoints.map((c) => [c.id, c.afterStep, c.answers.map((a) => a.correct), c.sources]),
      );
    });
  });

  it('cites only known sources in the glossary and checkpoints, each checkpoint with one right answer', () => {
    for (const locale of [en, ...others]) {
      for (const entry of [...locale.glossary, ...locale.checkpoints]) {
        for (const id of entry.sources) expect(isKnownSource(id), `${locale.code} ${entry.id} ${id}`).toBe(true);
      }
      for (const checkpoint of locale.checkpoints) expect(checkpoint.answers.filter((a) => a.correct)).toHaveLength(1);
    }
  });
});
