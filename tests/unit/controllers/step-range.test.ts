import { describe, expect, it, vi } from 'vitest';
import { StepRange } from '../../../src/ui/controllers/step-range';

function range() {
  const refuse = vi.fn();
  const warn = vi.fn();
  return { refuse, warn, range: new StepRange(refuse, warn) };
}

describe('step range (from / to)', () => {
  it('is the whole scene until asked, and then the steps asked for', () => {
    const { range: r, refuse } = range();
    expect(r.resolve(12)).toEqual({ from: 1, to: 12 });
    r.ask('from', '4');
    r.ask('to', 8);
    expect(r.get('from')).toBe(4);
    expect(r.resolve(12)).toEqual({ from: 4, to: 8 });
    expect(r.get('to')).toBe(8);
    expect(refuse).not.toHaveBeenCalled();
  });

  it('checks both ends together at the update, so moving a range past its old end is not refused', () => {
    const { range: r, refuse } = range();
    r.ask('from', 4);
    r.ask('to', 8);
    r.resolve(12);
    r.ask('from', 9);
    r.ask('to', 12);
    expect(r.resolve(12)).toEqual({ from: 9, to: 12 });
    expect(refuse).not.toHaveBeenCalled();
  });

  it('refuses a bad end with a reason and keeps the last good range', () => {
    const { range: r, refuse } = range();
    r.ask('from', 4);
    r.ask('to', 8);
    r.resolve(12);
    r.ask('to', 3);
    expect(r.resolve(12)).toEqual({ from: 4, to: 8 });
    expect(refuse).toHaveBeenLastCalledWith('to', 'from must not be after to, got from 4, to 3');
    expect(r.get('to')).toBe(8);
    r.ask('from', 13);
    expect(r.resolve(12)).toEqual({ from: 4, to: 8 });
    expect(refuse).toHaveBeenLastCalledWith('from', 'from must be from 1 to 12, got 13');
  });

  it.each(['abc', '2.5', '0', '-1', ''])('refuses %j at once', (value) => {
    const { range: r, refuse } = range();
    r.ask('from', value);
    expect(refuse).toHaveBeenCalledTimes(1);
    expect(r.resolve(12)).toEqual({ from: 1, to: 12 });
  });

  it('removing an attribute opens that end to the scene\'s own', () => {
    const { range: r } = range();
    r.ask('from', 4);
    r.ask('to', 8);
    r.resolve(12);
    r.ask('to', null);
    expect(r.resolve(12)).toEqual({ from: 4, to: 12 });
    expect(r.get('to')).toBeUndefined();
  });

  it('on a scene with fewer steps, cuts the end to its last step or drops the range, warning', () => {
    const { range: r, warn } = range();
    r.ask('from', 4);
    r.ask('to', 10);
    r.resolve(12);
    expect(r.resolve(6)).toEqual({ from: 4, to: 6 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(r.resolve(3)).toEqual({ from: 1, to: 3 });
    expect(warn).toHaveBeenCalledTimes(2);
    // The attributes keep what was asked: a scene with the steps gets the range back.
    expect(r.resolve(12)).toEqual({ from: 4, to: 10 });
  });
});
