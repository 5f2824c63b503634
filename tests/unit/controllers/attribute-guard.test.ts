import { describe, expect, it, vi } from 'vitest';
import { AttributeGuard } from '../../../src/ui/controllers/attribute-guard';
import { EXPLORER_INPUTS, type ExplorerInputs } from '../../../src/ui/jak-stat-explorer/explorer-inputs';
import { FakeHost } from './fake-host';

function setup() {
  const host = new FakeHost();
  const warn = vi.fn();
  const guard = new AttributeGuard<ExplorerInputs>(host, EXPLORER_INPUTS, warn);
  return { host, warn, guard };
}

describe('attribute guard', () => {
  it('starts from the defaults, with honest types', () => {
    const { guard } = setup();
    expect(guard.get('drug')).toBe('none');
    expect(guard.get('exposure')).toBe(10);
    expect(guard.get('speed')).toBe(1);
    expect(guard.get('compare')).toBe(false);
  });

  it('turns attribute text into numbers and keeps them numbers', () => {
    const { guard } = setup();
    expect(guard.set('exposure', '100')).toBe(true);
    expect(guard.get('exposure')).toBe(100);
    guard.set('speed', '0.5');
    expect(guard.get('speed')).toBe(0.5);
  });

  it.each([
    ['drug', '__proto__'], ['drug', 'constructor'], ['drug', ['abrocitinib']], ['drug', 'aspirin'],
    ['exposure', 'lots'], ['exposure', {}], ['exposure', 0], ['speed', Number.NaN], ['speed', '100'],
  ] as const)('refuses %s = %j, keeps the last good value and warns', (name, value) => {
    const { guard, warn, host } = setup();
    expect(guard.set(name, value)).toBe(false);
    expect(guard.get(name)).toBe(EXPLORER_INPUTS[name].default);
    expect(warn).toHaveBeenCalledTimes(1);
    // The kept value goes back on the attribute at the next update.
    host.update();
    expect(host.updates.some((u) => u.name === name)).toBe(true);
  });

  it('makes booleans booleans, whatever a script sets', () => {
    const { guard } = setup();
    guard.set('compare', '');
    expect(guard.get('compare')).toBe(false);
    guard.set('compare', 'yes');
    expect(guard.get('compare')).toBe(true);
  });

  it('restores the default when the attribute is removed (null) or the property cleared (undefined)', () => {
    const { guard, warn } = setup();
    guard.set('drug', 'abrocitinib');
    guard.set('exposure', 100);
    guard.set('drug', null);
    guard.set('exposure', undefined);
    expect(guard.get('drug')).toBe('none');
    expect(guard.get('exposure')).toBe(10);
    expect(warn).not.toHaveBeenCalled();
  });

  it('survives values whose text cannot be read', () => {
    const { guard, warn } = setup();
    expect(() => guard.set('drug', Object.create(null))).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
