/** A small seeded PRNG (mulberry32): the same seed gives the same numbers, so a fuzz run replays exactly. */
export type Random = () => number;

/** Numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One item of a list, chosen by `rand`. */
export function pick<T>(rand: Random, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** A whole number from `min` to `max` inclusive. */
export function integer(rand: Random, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}
