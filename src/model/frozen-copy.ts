/**
 * The model keeps nothing its caller can still change: checked data is copied into fresh, deeply frozen
 * objects, so mutating the input after loading (or the result itself) can never change a loaded scene.
 */

/** A deep copy of plain data (objects, arrays, primitives), frozen at every level. */
export function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map((item) => frozenCopy(item))) as T;
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // defineProperty, not assignment: a key "__proto__" stays an ordinary own field.
      Object.defineProperty(copy, key, { value: frozenCopy((value as Record<string, unknown>)[key]), enumerable: true });
    }
    return Object.freeze(copy) as T;
  }
  return value;
}
