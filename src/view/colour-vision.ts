/**
 * Colour-vision deficiency simulation and colour distance, to check that the actor palette stays
 * distinguishable for the common deficiencies (the matrices are Machado, Oliveira & Fernandes 2009, severity 1,
 * applied in linear RGB; distance is CIE76 ΔE in CIELAB).
 */

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

const MATRICES: Record<Deficiency, readonly number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** A 0xRRGGBB colour as linear RGB, 0…1. */
function linearRgb(hex: number): [number, number, number] {
  return [toLinear(((hex >> 16) & 255) / 255), toLinear(((hex >> 8) & 255) / 255), toLinear((hex & 255) / 255)];
}

/** Linear RGB as seen with a deficiency (or unchanged). */
export function simulate(hex: number, deficiency?: Deficiency): [number, number, number] {
  const [r, g, b] = linearRgb(hex);
  if (!deficiency) return [r, g, b];
  const m = MATRICES[deficiency];
  return [
    clamp01(m[0]! * r + m[1]! * g + m[2]! * b),
    clamp01(m[3]! * r + m[4]! * g + m[5]! * b),
    clamp01(m[6]! * r + m[7]! * g + m[8]! * b),
  ];
}

/** CIELAB (D65) of a linear RGB colour. */
function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference between two colours as seen with a deficiency (or normal vision). */
export function deltaE(a: number, b: number, deficiency?: Deficiency): number {
  const [l1, a1, b1] = lab(simulate(a, deficiency));
  const [l2, a2, b2] = lab(simulate(b, deficiency));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
