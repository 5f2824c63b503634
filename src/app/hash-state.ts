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

/** A widget's view, as the app page shows it or the embed builder sets it up. */
export interface HashView {
  readonly scene: string;
  readonly step?: number;
  /** `none` for no drug. */
  readonly drug: string;
  readonly exposure: number;
  readonly compare: boolean;
  readonly wholeCell?: boolean;
  /** A language tag, or undefined for the page's (or English). */
  readonly lang?: string;
  readonly from?: number;
  readonly to?: number;
}

/** The hash of a view: exposure and compare only with a drug (they change nothing without one). */
export function viewHash(view: HashView): string {
  const withDrug = view.drug !== 'none';
  const text = (value: number | undefined) => (value === undefined ? undefined : String(value));
  return formatHash({
    scene: view.scene,
    step: text(view.step),
    drug: withDrug ? view.drug : undefined,
    exposure: withDrug ? String(view.exposure) : undefined,
    compare: withDrug && view.compare ? '1' : undefined,
    whole: view.wholeCell ? '1' : undefined,
    lang: view.lang || undefined,
    from: text(view.from),
    to: text(view.to),
  });
}
