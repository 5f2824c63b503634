import { describe, expect, it } from 'vitest';
import { handoutHref, handoutOptions } from '../../src/app/handout/handout-options';
import { HANDOUT_TEXT, handoutText } from '../../src/app/handout/handout-text';
import { LOCALE_LOADERS } from '../../src/i18n/locale-loaders';

describe('handout options from the hash', () => {
  it('reads scene, drug, exposure and language, and ignores the step and compare mode', () => {
    expect(handoutOptions('#scene=il31&step=5&drug=abrocitinib&exposure=3&compare=1&lang=es')).toEqual({
      options: { scene: 'il31', drug: 'abrocitinib', exposure: 3, lang: 'es' },
      refused: [],
    });
  });

  it("falls back to the widget's defaults for what the hash leaves out: il13, no drug, 10×, English", () => {
    expect(handoutOptions('')).toEqual({ options: { scene: 'il13', drug: 'none', exposure: 10, lang: 'en' }, refused: [] });
  });

  it('refuses bad values one by one, keeping the good ones, and says why', () => {
    const { options, refused } = handoutOptions('#scene=il99&drug=aspirin&exposure=-1&lang=es');
    expect(options).toEqual({ scene: 'il13', drug: 'none', exposure: 10, lang: 'es' });
    expect(refused).toHaveLength(3);
    expect(refused.join(' | ')).toMatch(/unknown scene "il99".*unknown drug "aspirin".*exposure must be from 0.1 to 1000/);
    expect(handoutOptions('#lang=<b>').refused).toEqual([expect.stringMatching(/lang must be a language tag/)]);
  });

  it('writes the address the app links to, which reads back as the same view', () => {
    const view = { scene: 'il4', drug: 'upadacitinib', exposure: 0.3, lang: 'es' };
    const href = handoutHref(view);
    expect(href).toBe('handout.html#scene=il4&drug=upadacitinib&exposure=0.3&lang=es');
    expect(handoutOptions(href.slice(href.indexOf('#'))).options).toEqual(view);
    // Without a drug the exposure means nothing; English is the default.
    expect(handoutHref({ scene: 'tslp', drug: 'none', exposure: 10, lang: 'en' })).toBe('handout.html#scene=tslp');
  });
});

describe('handout text', () => {
  it('exists for every language the widget ships, in that language', () => {
    const codes = ['en', ...Object.keys(LOCALE_LOADERS)];
    expect(Object.keys(HANDOUT_TEXT).sort()).toEqual(codes.sort());
    const en = HANDOUT_TEXT.en!;
    for (const code of codes.filter((c) => c !== 'en')) {
      const text = HANDOUT_TEXT[code]!;
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const [mine, english] = [text[key], en[key]].map((value) => (typeof value === 'function' ? (value as (x: never) => string)(7 as never) : value));
        expect(typeof mine, `${code}.${key}`).toBe('string');
        expect((mine as string).length, `${code}.${key}`).toBeGreaterThan(0);
        expect(mine, `${code}.${key} is still English`).not.toBe(english);
      }
    }
  });

  it('follows a regional tag to its language and falls back to English', () => {
    expect(handoutText('es-MX')).toBe(HANDOUT_TEXT.es);
    expect(handoutText('fr')).toBe(HANDOUT_TEXT.en);
  });
});
