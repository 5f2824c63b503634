/**
 * The stage's logical coordinate system and the fixed landmarks of a cell.
 *
 * Everything the model places lives in a 1280 × 720 space (16:9); the view scales it to the element.
 * Landmarks are here, not in the view, because the model decides where molecules go (a STAT docks
 * *on the receptor tail*, a dimer passes *through the pore*), and the view must draw the same places.
 */

/** Logical stage size. */
export const STAGE = { width: 1280, height: 720 } as const;

/** The plasma membrane: a horizontal bilayer band. */
export const MEMBRANE = { top: 196, bottom: 246, get mid(): number { return (this.top + this.bottom) / 2; } } as const;

/** The nucleus: an ellipse whose upper arc crosses the lower cytoplasm. */
export const NUCLEUS = { cx: 640, cy: 900, rx: 900, ry: 360 } as const;

/** Where the nuclear pore sits on the nuclear envelope. */
export const PORE = { x: 420, y: nucleusTopAt(420) } as const;

/** The DNA strand inside the nucleus, with the GAS motif that STAT dimers bind. */
export const DNA = { y: 684, left: 120, right: 1160, gasX: 560, gasWidth: 96 } as const;

/**
 * Receptor chain geometry, relative to the chain's origin (x = chain centre, y = membrane mid).
 * Negative y is outside the cell.
 */
export const RECEPTOR = {
  /** Top of the extracellular domains. */
  outerTop: -150,
  /** Bottom of the cytoplasmic tail. */
  tailBottom: 236,
  /** Width of the extracellular domains. */
  outerWidth: 54,
  /** Width of the tail. */
  tailWidth: 16,
  /** Vertical offset of the tyrosine sites on the tail (where phosphates go and STATs dock). */
  tyrosineY: [150, 202] as const,
  /** Where the cytokine sits when bound, relative to the chain origin. */
  cytokineY: -112,
} as const;

/** Horizontal positions of the two receptor chains, apart (resting) and assembled. */
export const CHAIN_X = {
  apart: [468, 812] as const,
  together: [548, 732] as const,
} as const;

/** JAK geometry: the JAK hangs beside the tail (Box1/Box2), on the side facing the partner chain. */
export const JAK = {
  width: 84,
  height: 112,
  /** Horizontal offset of the JAK centre from the chain centre (signed toward the partner chain). */
  offsetX: 50,
  /** Vertical offset of the JAK centre below the membrane mid. */
  offsetY: 92,
  /** The ATP pocket (kinase domain), relative to the JAK centre. */
  pocket: { x: 0, y: 34 },
} as const;

/** STAT geometry. */
export const STAT = {
  width: 118,
  height: 54,
  /** Horizontal offset of a docked STAT's centre from its chain centre (away from the partner). */
  dockOffsetX: 70,
} as const;

/** Small molecules. */
export const ATP = { radius: 17 } as const;
export const CYTOKINE = { radius: 40 } as const;
export const SOCS = { width: 70, height: 44 } as const;

/** Gene cards, placed above the DNA, right of the GAS motif. */
export const GENES = { y: 622, firstX: 740, spacing: 142, width: 126, height: 52 } as const;

/** y of the nuclear envelope's upper arc at a given x (clamped inside the ellipse). */
export function nucleusTopAt(x: number): number {
  const dx = Math.max(-1, Math.min(1, (x - NUCLEUS.cx) / NUCLEUS.rx));
  return NUCLEUS.cy - NUCLEUS.ry * Math.sqrt(1 - dx * dx);
}

/**
 * Where a drug comes from. A pill's drug arrives from a blood vessel (drawn in cross-section at the top right of
 * the extracellular space); a cream's from the skin surface (a layer along the top edge). Both are drawn much
 * closer to the cell than they really are.
 */
export const ROUTE = {
  vessel: { x: 1196, y: 104, radius: 52 },
  cream: { left: 350, right: 930, top: 0, bottom: 34 },
} as const;

/** A drug molecule. */
export const DRUG = { radius: 15 } as const;
