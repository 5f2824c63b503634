/**
 * Colours of the drug and of its route of arrival (blood vessel, skin cream).
 *
 * Kept apart from palette.ts on purpose (so the drug can be themed without touching the shared palette).
 * The drug is the one deep plum on stage (SOCS is a muted raspberry, STATs a pale lavender). Its fill is darker
 * than every protein (L* ≈ 25), edged near-black and lit with pale pink bonds, so the molecule stays apart by
 * lightness alone: a brighter fuchsia was indistinguishable from the teal receptor for deuteranopes (the
 * colour-vision test in tests/unit checks every pair of actor kinds).
 */
export const DRUG_COLOURS = {
  drug: {
    /** The six-membered ring (the ATP-adenine mimic). */
    ring: 0x7a0e5a,
    /** The fused five-membered ring, a touch lighter so the two rings read as two. */
    ring2: 0x961a72,
    /** Side-chain ring. */
    side: 0xb0408e,
    edge: 0x3a0529,
    /** Double bonds drawn inside the rings (a chemistry-diagram cue). */
    bond: 0xffc2e6,
    /** Label text; white halo. */
    label: 0x6e0c52,
  },
  vessel: {
    /** Connective tissue sheath around the capillary. */
    sheath: 0xf6dcd6,
    /** Endothelial cells forming the wall. */
    wall: 0xeeb1a8,
    wallEdge: 0xa9574f,
    /** Flattened endothelial nuclei (H&E purple). */
    nucleus: 0x8d5d9f,
    /** Blood plasma in the lumen. */
    lumen: 0xfff1ea,
    lumenShade: 0xfbdcd3,
    rbc: 0xd42a3c,
    rbcEdge: 0x8f1424,
    /** The pale central pallor of a biconcave red cell. */
    rbcPallor: 0xef7482,
    label: 0x8f1424,
  },
  cream: {
    top: 0xfffbf8,
    bottom: 0xf7d5e1,
    edge: 0xc998ae,
    highlight: 0xffffff,
    label: 0x7a3f5c,
    /** Halo behind the label, the cream's own colour so the text sits in the layer. */
    halo: 0xfbe9ee,
  },
} as const;
