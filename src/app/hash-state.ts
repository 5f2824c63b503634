/**
 * The app's URL state: `#scene=il13&step=5&drug=abrocitinib&exposure=10&compare=1&whole=1&lang=es&from=4&to=8`
 * (`whole`: the whole cell instead of each step's close-up; `from`/`to`: the step range). Parsing is lenient:
 * unknown keys are ignored and bad values are left for the element to refuse.
 */

/** What the hash can hold. */
export interface HashState {
  scene?: string;
  step?: string;
  drug?: string;
  exposure?: string;
  compare?: string;
  /** `1`: the whole cell (the widget's `whole-cell`). */
  whole?: string;
  lang?: string;
  /** First step of the step range. */
  from?: string;
  /** Last step of the step range. */
  to?: string;
}

const KEYS = ['scene', 'step', 'drug', 'exposure', 'compare', 'whole', 'lang', 'from', 'to'] as const;

/** Reads the state from a location hash such as `#scene=il13&step=5`. */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: HashState = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value !== null && value !== '') state[key] = value;
  }
  return state;
}

/** Writes the state as a hash, keys in a fixed order. */
export function formatHash(state: HashState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value !== undefined) params.set(key, value);
  }
  return `#${params.toString()}`;
}
