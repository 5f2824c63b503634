import { describe, expect, it } from 'vitest';
import { checkDrugId, checkExposure, checkSceneId, checkSpeed, checkStep, EXPOSURE_RANGE, SPEED_RANGE } from '../../src/ui/attribute-values';

describe('attribute value checks', () => {
  it.each([['7', 7], [7, 7], ['1', 1], ['12', 12], [' 3 ', 3]])('step %j of 12 is accepted as %d', (value, expected) => {
    expect(checkStep(value, 12)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['abc', 'whole number'], ['abc ', 'whole number'], ['2.5', 'whole number'], [2.5, 'whole number'], ['', 'whole number'],
    [Number.NaN, 'whole number'], [null, 'whole number'], ['-4', 'from 1 to 12'], ['0', 'from 1 to 12'], ['999', 'from 1 to 12'], [13, 'from 1 to 12'],
  ])('step %j of 12 is refused: must be %s', (value, reason) => {
    const checked = checkStep(value, 12);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(new RegExp(`^step must be (a )?${reason}, got `));
  });

  it.each([['1', 1], ['0.25', 0.25], ['4', 4], [2, 2]])('speed %j is accepted as %d', (value, expected) => {
    expect(checkSpeed(value)).toEqual({ ok: true, value: expected });
  });

  it.each(['0', 'fast', '-1', '100', '0.1', '', 'Infinity', Number.NaN])('speed %j is refused, naming the range or the type', (value) => {
    const checked = checkSpeed(value);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(new RegExp(`^speed must be (a number|from ${SPEED_RANGE.min} to ${SPEED_RANGE.max})`));
  });

  it('exposure: numbers within the range are accepted; others are refused with the range', () => {
    expect(checkExposure('10')).toEqual({ ok: true, value: 10 });
    expect(checkExposure(EXPOSURE_RANGE.min)).toEqual({ ok: true, value: EXPOSURE_RANGE.min });
    expect(checkExposure(EXPOSURE_RANGE.max)).toEqual({ ok: true, value: EXPOSURE_RANGE.max });
    for (const bad of ['0', '1001', '-1']) {
      expect(checkExposure(bad)).toEqual({ ok: false, reason: `exposure must be from 0.1 to 1000, got ${Number(bad)}` });
    }
    expect(checkExposure('lots')).toEqual({ ok: false, reason: 'exposure must be a number, got "lots"' });
  });

  it('scene and drug ids must be known; the reason lists what is available', () => {
    expect(checkSceneId('il4', ['il13', 'il4'])).toEqual({ ok: true, value: 'il4' });
    expect(checkSceneId('il99', ['il13', 'il4'])).toEqual({ ok: false, reason: 'unknown scene "il99"; available: il13, il4' });
    expect(checkSceneId(undefined, ['il13'])).toEqual({ ok: false, reason: 'unknown scene undefined; available: il13' });
    expect(checkDrugId('none', ['none', 'abrocitinib'])).toEqual({ ok: true, value: 'none' });
    expect(checkDrugId('aspirin', ['none', 'abrocitinib'])).toEqual({ ok: false, reason: 'unknown drug "aspirin"; available: none, abrocitinib' });
  });

  it('shortens very long values in the reason', () => {
    const checked = checkSceneId('x'.repeat(500), ['il13']);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason.length).toBeLessThan(120);
  });
});
