import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, viewHash } from '../../src/app/hash-state';

describe('URL hash state', () => {
  it('reads every key it knows, with or without the leading #', () => {
    const state = { scene: 'il31', step: '5', drug: 'abrocitinib', exposure: '10', compare: '1', lang: 'es' };
    expect(parseHash('#scene=il31&step=5&drug=abrocitinib&exposure=10&compare=1&lang=es')).toEqual(state);
    expect(parseHash('scene=il31&step=5&drug=abrocitinib&exposure=10&compare=1&lang=es')).toEqual(state);
  });

  it('ignores unknown keys and empty values, and leaves bad values for the element to refuse', () => {
    expect(parseHash('#foo=bar&scene=&step=abc')).toEqual({ step: 'abc' });
    expect(parseHash('')).toEqual({});
    expect(parseHash('#')).toEqual({});
  });

  it('writes the keys in a fixed order, leaving out the ones not set, and reads back what it wrote', () => {
    expect(formatHash({ lang: 'es', step: '3', scene: 'il13' })).toBe('#scene=il13&step=3&lang=es');
    expect(formatHash({})).toBe('#');
    const state = { scene: 'tslp', step: '12', drug: 'ruxolitinib', exposure: '0.3', compare: '1', lang: 'en' };
    expect(parseHash(formatHash(state))).toEqual(state);
  });

  it('escapes what it writes', () => {
    const state = { scene: 'a&b=c #d' };
    expect(formatHash(state)).not.toContain('&b');
    expect(parseHash(formatHash(state))).toEqual(state);
  });

  it('holds the step range (from, to) after the other keys', () => {
    expect(parseHash('#scene=il13&step=5&from=4&to=8')).toEqual({ scene: 'il13', step: '5', from: '4', to: '8' });
    expect(formatHash({ to: '8', from: '4', scene: 'il4', step: '4' })).toBe('#scene=il4&step=4&from=4&to=8');
    expect(parseHash(formatHash({ from: '2' }))).toEqual({ from: '2' });
  });

  it('holds the whole-cell framing (whole=1) after compare', () => {
    expect(parseHash('#scene=il13&step=4&whole=1')).toEqual({ scene: 'il13', step: '4', whole: '1' });
    expect(formatHash({ lang: 'es', whole: '1', compare: '1', scene: 'il4' })).toBe('#scene=il4&compare=1&whole=1&lang=es');
  });

  it('writes a view: exposure and compare only with a drug, flags as 1, the page\'s language left out', () => {
    expect(viewHash({ scene: 'il4', step: 3, drug: 'none', exposure: 10, compare: true })).toBe('#scene=il4&step=3');
    expect(viewHash({ scene: 'il4', drug: 'abrocitinib', exposure: 0.3, compare: true, wholeCell: true, lang: 'es', from: 4, to: 8 }))
      .toBe('#scene=il4&drug=abrocitinib&exposure=0.3&compare=1&whole=1&lang=es&from=4&to=8');
    expect(viewHash({ scene: 'tslp', drug: 'none', exposure: 10, compare: false, lang: '' })).toBe('#scene=tslp');
  });
});

