import { describe, expect, it } from 'vitest';
import { elementTag, snippets } from '../../src/app/builder/snippets';
import { BUILDER_TEXTS } from '../../src/app/builder/builder-strings';
import { DEFAULT_CONFIG, frameHash, readPageWidget, THEMES, widgetAttributes } from '../../src/app/widget-config';

const full = { ...DEFAULT_CONFIG, scene: 'il4', drug: 'upadacitinib', exposure: 3, compare: true, lang: 'es', from: 4, to: 8, theme: 'dark' as const, quiz: true, autoplay: true, width: 640, height: 600 };

describe('widget set-up (builder, iframe page, SCORM page)', () => {
  it('gives the element only what differs from its defaults; exposure and compare only with a drug', () => {
    expect(widgetAttributes(DEFAULT_CONFIG)).toEqual([['scene', 'il13']]);
    expect(widgetAttributes({ ...DEFAULT_CONFIG, compare: true, exposure: 50 })).toEqual([['scene', 'il13']]);
    expect(widgetAttributes(full)).toEqual([
      ['scene', 'il4'], ['drug', 'upadacitinib'], ['exposure', '3'], ['compare', ''], ['lang', 'es'], ['from', '4'], ['to', '8'], ['quiz', ''], ['autoplay', ''],
    ]);
  });

  it('the iframe page reads back exactly the attributes and theme the frame hash holds', () => {
    const hash = frameHash(full);
    expect(hash).toBe('#scene=il4&drug=upadacitinib&exposure=3&compare=1&lang=es&from=4&to=8&quiz=1&autoplay=1&theme=dark');
    expect(readPageWidget('', hash)).toEqual({ attributes: widgetAttributes(full), theme: THEMES.dark });
  });

  it('reads the query too (a SCORM launch URL), the hash winning, and ignores unknown keys, flags not 1 and unknown themes', () => {
    expect(readPageWidget('?scene=il4&quiz=1&foo=bar', '#scene=il31&autoplay=0&theme=neon')).toEqual({ attributes: [['scene', 'il31'], ['quiz', '']], theme: {} });
    // Names of Object.prototype are no themes either.
    for (const name of ['toString', 'constructor', '__proto__']) expect(readPageWidget('', `#theme=${name}`).theme, name).toEqual({});
  });

  it('writes snippets that name the module, the frame page and the app beside the builder, escaping attribute values', () => {
    const out = snippets(full, 'https://example.org/jse/');
    expect(out.scriptTag).toContain('<script type="module" src="https://example.org/jse/jak-stat-explorer.js"></script>');
    expect(out.scriptTag).toContain(elementTag(full));
    expect(out.scriptTag).toContain('--jse-bg: #17202b;');
    expect(out.scriptTag).toContain('width: 640px;');
    expect(out.npm).toContain('npm install jak-stat-explorer');
    expect(out.npm).toContain(elementTag(full));
    expect(out.iframe).toContain(`src="https://example.org/jse/frame.html${frameHash(full).replace(/&/g, '&amp;')}"`);
    expect(out.iframe).toContain('width="640" height="600"');
    expect(out.deepLink).toBe('https://example.org/jse/index.html#scene=il4&drug=upadacitinib&exposure=3&compare=1&lang=es&from=4&to=8');
    expect(elementTag({ ...DEFAULT_CONFIG, scene: '"><script>' })).toBe('<jak-stat-explorer scene="&quot;>&lt;script>"></jak-stat-explorer>');
  });

  it('has the builder page\'s text in English and Spanish, every key in both', () => {
    expect(Object.keys(BUILDER_TEXTS.es).sort()).toEqual(Object.keys(BUILDER_TEXTS.en).sort());
    for (const [key, value] of Object.entries(BUILDER_TEXTS.es)) {
      if (typeof value === 'string' && !['npm', 'iframe'].includes(key)) expect(value, key).not.toBe(BUILDER_TEXTS.en[key as keyof typeof BUILDER_TEXTS.en]);
    }
  });
});
