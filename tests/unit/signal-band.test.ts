import { describe, expect, it } from 'vitest';
import { bandOf, mayClaimCompleteBlock, percentWords } from '../../src/model/signal-band';

describe('signal bands', () => {
  it('grades a fraction into almost all, most, about half, some, little', () => {
    expect([1, 0.9, 0.89, 0.6, 0.59, 0.4, 0.39, 0.11, 0.1, 0.01, 0].map(bandOf)).toEqual([
      'almost-all', 'almost-all', 'most', 'most', 'about-half', 'about-half', 'some', 'some', 'little', 'little', 'little',
    ]);
  });

  it('clamps out-of-range and non-finite fractions', () => {
    expect(bandOf(1.5)).toBe('almost-all');
    expect(bandOf(-1)).toBe('little');
    expect(bandOf(Number.NaN)).toBe('little');
  });

  it('never goes up as the fraction falls', () => {
    const order = ['little', 'some', 'about-half', 'most', 'almost-all'];
    let last = order.length - 1;
    for (let f = 1; f >= 0; f -= 0.001) {
      const rank = order.indexOf(bandOf(f));
      expect(rank).toBeLessThanOrEqual(last);
      last = rank;
    }
  });

  it('allows a complete-block claim only at 10% signal or less', () => {
    expect(mayClaimCompleteBlock(0.1)).toBe(true);
    expect(mayClaimCompleteBlock(0.03)).toBe(true);
    expect(mayClaimCompleteBlock(0.1001)).toBe(false);
    expect(mayClaimCompleteBlock(0.5)).toBe(false);
  });

  it('says "under 1%" for a non-zero figure that rounds to 0, never "0%"', () => {
    expect(percentWords(0.004)).toBe('under 1%');
    expect(percentWords(0.0001, 'menos del 1%')).toBe('menos del 1%');
    expect(percentWords(0)).toBe('0%');
    expect(percentWords(0.005)).toBe('1%');
    expect(percentWords(0.494)).toBe('49%');
  });
});
