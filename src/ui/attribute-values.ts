/**
 * Checks of attribute values coming from HTML or script. Each returns the value or a reason it is wrong,
 * so that the element can keep its last good value and say why in one console warning.
 */

/** A checked value, or the reason it was refused. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Playback speeds the element accepts (multiples of normal speed). */
export const SPEED_RANGE = { min: 0.25, max: 4 } as const;

/** A step number: a whole number from 1 to `stepCount`, and within the step range `range` when there is one. */
export function checkStep(value: unknown, stepCount: number, range?: { from: number; to: number }): Checked<number> {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) return { ok: false, reason: `step must be a whole number, got ${show(value)}` };
  if (n < 1 || n > stepCount) return { ok: false, reason: `step must be from 1 to ${stepCount}, got ${n}` };
  if (range && (n < range.from || n > range.to)) return { ok: false, reason: `step must be within the range from ${range.from} to ${range.to}, got ${n}` };
  return { ok: true, value: n };
}

/** A playback speed within SPEED_RANGE. */
export function checkSpeed(value: unknown): Checked<number> {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return { ok: false, reason: `speed must be a number, got ${show(value)}` };
  if (n < SPEED_RANGE.min || n > SPEED_RANGE.max) {
    return { ok: false, reason: `speed must be from ${SPEED_RANGE.min} to ${SPEED_RANGE.max}, got ${n}` };
  }
  return { ok: true, value: n };
}

/** A scene id present in the registry. */
export function checkSceneId(value: unknown, known: readonly string[]): Checked<string> {
  if (typeof value !== 'string' || !known.includes(value)) {
    return { ok: false, reason: `unknown scene ${show(value)}; available: ${known.join(', ')}` };
  }
  return { ok: true, value };
}

/** Drug exposures the element accepts (multiples of the drug's JAK1 IC50). */
export const EXPOSURE_RANGE = { min: 0.1, max: 1000 } as const;

/** A drug id: `none` or a registered drug. */
export function checkDrugId(value: unknown, known: readonly string[]): Checked<string> {
  if (typeof value !== 'string' || !known.includes(value)) {
    return { ok: false, reason: `unknown drug ${show(value)}; available: ${known.join(', ')}` };
  }
  return { ok: true, value };
}

/** An exposure within EXPOSURE_RANGE. */
export function checkExposure(value: unknown): Checked<number> {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return { ok: false, reason: `exposure must be a number, got ${show(value)}` };
  if (n < EXPOSURE_RANGE.min || n > EXPOSURE_RANGE.max) {
    return { ok: false, reason: `exposure must be from ${EXPOSURE_RANGE.min} to ${EXPOSURE_RANGE.max}, got ${n}` };
  }
  return { ok: true, value: n };
}

function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? `"${value}"` : Array.isArray(value) ? `[${value.length} items]` : String(value);
  } catch {
    text = typeof value; // An object whose toString throws or is missing (Object.create(null)).
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A boolean property set from script: any value counts by its truthiness, so the property is always a boolean. */
export function checkBoolean(value: unknown): Checked<boolean> {
  return { ok: true, value: Boolean(value) };
}

/** A step number before the scene is known: a whole number from 1 (the upper bound is checked on use). */
export function checkStepNumber(value: unknown): Checked<number> {
  return checkStep(value, Number.MAX_SAFE_INTEGER);
}

/** A language tag as an attribute gives it (BCP 47 shape, e.g. "es" or "pt-BR"); "" means "the page's". */
/**
 * The address of a handout page: '' (none), or a relative or http(s) address. Other schemes (javascript:, data:)
 * are refused: the menu puts it in a link.
 */
export function checkPageAddress(value: unknown): Checked<string> {
  if (typeof value === 'string' && value.length <= 2048) {
    if (value === '') return { ok: true, value };
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase();
    if (scheme === undefined || scheme === 'http' || scheme === 'https') return { ok: true, value };
  }
  return { ok: false, reason: `handout must be the address of a page (relative, http or https), got ${show(value)}` };
}

export function checkLang(value: unknown): Checked<string> {
  if (typeof value === 'string' && (value === '' || /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(value))) return { ok: true, value };
  return { ok: false, reason: `lang must be a language tag such as "en" or "es", got ${show(value)}` };
}
