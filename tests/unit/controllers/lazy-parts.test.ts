import { describe, expect, it, vi } from 'vitest';
import { LazyParts, lazyModule } from '../../../src/ui/controllers/lazy-parts';

/** A host that counts update requests and has an update that completes at once. */
function host() {
  const h = { requests: 0, requestUpdate: () => { h.requests++; }, addController() {}, removeController() {}, updateComplete: Promise.resolve(true) };
  return h;
}

describe('lazy parts', () => {
  it('imports a part once, for every widget, and renders it after its host updates again', async () => {
    const importer = vi.fn(async () => ({ answer: 42 }));
    const part = lazyModule(importer);
    const a = host();
    const b = host();
    const partsA = new LazyParts(a);
    const partsB = new LazyParts(b);
    expect(partsA.use(part)).toBeUndefined();
    expect(partsA.use(part)).toBeUndefined();
    expect(partsB.use(part)).toBeUndefined();
    let updates = 0;
    await partsA.settled(async () => { updates++; return true; });
    await partsB.settled(async () => true);
    // The host's update ran again once the part had come.
    expect(updates).toBe(2);
    expect(importer).toHaveBeenCalledTimes(1);
    expect([a.requests, b.requests]).toEqual([1, 1]);
    expect(partsA.use(part)).toEqual({ answer: 42 });
  });

  it('a part that fails to load stays away, is reported once and never asked for again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const importer = vi.fn(() => Promise.reject(new Error('404')));
    const part = lazyModule(importer);
    const parts = new LazyParts(host());
    expect(parts.use(part)).toBeUndefined();
    await parts.settled(async () => true);
    expect(part.failed).toBe(true);
    expect(parts.use(part)).toBeUndefined();
    expect(new LazyParts(host()).use(part)).toBeUndefined();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
