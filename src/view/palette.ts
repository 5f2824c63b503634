/**
 * The colours of the stage (light theme).
 *
 * Actor kinds are spread over a lightness ladder, not just over hues, so that they stay apart for
 * colour-blind viewers (approximate CIE L*): JAK 33 · SOCS 40 · receptor 55 · cytokine 62 · STAT 70 ·
 * phosphate 80. Warm/cool pairs (coral cytokine vs teal receptor, orange "up" vs blue "down") are on
 * the blue–yellow axis that most colour-vision deficiencies keep. Colour is never the only cue: every
 * actor also has a label and a distinct silhouette.
 */
export const PALETTE = {
  /** Scenery. */
  stage: {
    /** Canvas clear colour (also the outside-of-cell tint, so letterboxing blends in). */
    background: 0xeaf2f8,
    outside: 0xeaf2f8,
    /** A faint darker wash near the membrane, for depth. */
    outsideShade: 0xdbe8f2,
    cytoplasm: 0xfbf5ec,
    cytoplasmShade: 0xf5ecdf,
    membraneBand: 0xf4e4d3,
    lipidHead: 0xe4b995,
    lipidHeadEdge: 0xc48f68,
    lipidTail: 0xd9b898,
    nucleus: 0xefebf7,
    /** The perinuclear space between the two envelope membranes. */
    envelopeGap: 0xe0daf0,
    envelope: 0x8c83bd,
    poreRing: 0x776db0,
    poreFibril: 0x9d94ca,
    dnaFront: 0x4d62a6,
    dnaBack: 0xa9b3da,
    dnaRung: 0xc7cde6,
    gasBand: 0xfbdde8,
    gasEdge: 0xd1477a,
    gasRung: 0xd1477a,
  },
  /**
   * Per-cell-kind scenery (see view/cells/): the cytoplasm wash, the outside wash near the membrane, the
   * colours of the low-contrast decor (`accent` for strands and outlines, `accentFill` for small bodies) and
   * of the cell in the inset pictogram. The outside's top colour stays `stage.outside` for every kind so that
   * letterboxing still blends in. Keratinocyte keeps the original look.
   */
  cells: {
    keratinocyte: {
      outsideShade: 0xdbe8f2,
      cytoplasm: 0xfbf5ec,
      cytoplasmShade: 0xf5ecdf,
      accent: 0xdcc2a0,
      accentFill: 0xcfae88,
      cell: 0xf2c48f,
      cellEdge: 0x9a6a3c,
    },
    't-cell': {
      outsideShade: 0xd8e6f0,
      cytoplasm: 0xf3f8f4,
      cytoplasmShade: 0xe6f0e9,
      accent: 0xc3d8ca,
      accentFill: 0xd9e8de,
      cell: 0xcfe6d7,
      cellEdge: 0x5f917a,
    },
    'sensory-neuron': {
      outsideShade: 0xdce8ef,
      cytoplasm: 0xf8f8ea,
      cytoplasmShade: 0xefefda,
      accent: 0xd3d6b0,
      accentFill: 0xe7e9cb,
      cell: 0xe6e9bf,
      cellEdge: 0x868f4f,
    },
    'immune-cell': {
      outsideShade: 0xdde6f1,
      cytoplasm: 0xfcf4f3,
      cytoplasmShade: 0xf6e6e7,
      accent: 0xe2c0c6,
      accentFill: 0xdcaab4,
      cell: 0xf1cdd4,
      cellEdge: 0xa8616f,
    },
    'tissue-cell': {
      outsideShade: 0xdae6ee,
      cytoplasm: 0xf9f5f1,
      cytoplasmShade: 0xf0e9e2,
      accent: 0xdcc9b8,
      accentFill: 0xe8d2c2,
      cell: 0xeddccd,
      cellEdge: 0x9c7e66,
    },
  },
  /** The inset pictogram of the whole cell in its tissue. */
  inset: {
    card: 0xffffff,
    cardEdge: 0xb6c5d5,
    /** Neighbouring cells and tissue, kept pale so that the cell of the scene stands out. */
    tissue: 0xece3d9,
    tissueEdge: 0xb8a792,
    nucleus: 0xc9c1e6,
    nucleusEdge: 0x7d73b3,
    /** The box marking the patch of membrane the stage shows. */
    marker: 0x1f2a3d,
    markerFill: 0xffc928,
  },
  /** On-stage text. */
  text: {
    label: 0x1f2a3d,
    region: 0x5d6882,
    /** Halo drawn around dark text so it reads over shapes. */
    halo: 0xffffff,
    /** Light text on dark molecules (JAK, SOCS), with a dark halo. */
    inverse: 0xffffff,
  },
  /** "Switched on" glow, the same for every kind so that students learn one cue. */
  glow: 0xffc928,
  /** Phosphate groups: the P badges and the phosphates of ATP share this colour on purpose. */
  phosphate: { fill: 0xf7b733, edge: 0xb9790d, text: 0x3d2a00 },
  cytokine: { fill: 0xef7b5a, helix: 0xf7a588, edge: 0xb94a2e, label: 0x8f3319 },
  receptor: {
    /** Side 0 and side 1 chains are different proteins (e.g. IL-4Rα / IL-13Rα1): two teals. */
    chain: [0x2a9487, 0x2f86a6] as const,
    lobe: [0x9fd8cd, 0x9fcde3] as const,
    edge: [0x1b6b62, 0x1f5f78] as const,
    tyrosine: 0xffffff,
  },
  jak: {
    ferm: 0x4a6cb0,
    sh2: 0x5f82c4,
    pseudokinase: 0x3c5c9c,
    kinase: 0x2c4a85,
    edge: 0x1b2f5a,
    pocket: 0x14213f,
    halo: 0x1b2f5a,
  },
  stat: { body: 0xbba6ea, dbd: 0xa990df, sh2: 0x8a6cc9, edge: 0x5b4396, tail: 0x5b4396, label: 0x2a1c57 },
  atp: { adenosine: 0x6fc49c, ribose: 0xb5e3cb, adenosineEdge: 0x2f7a58, bond: 0x8a7a5a },
  socs: { body: 0xb23a5b, box: 0x7e2440, edge: 0x5e1a30, halo: 0x5e1a30 },
  gene: {
    card: 0xffffff,
    cardEdge: 0xc9d2e0,
    shadow: 0x1f2a3d,
    name: 0x1f2a3d,
    track: 0xe4e9f1,
    tick: 0x9aa5b8,
    baseline: 0x6b7487,
    up: 0xd9480f,
    down: 0x1c64c8,
  },
} as const;

/** The palette's type, for code that wants to accept it as a parameter. */
export type Palette = typeof PALETTE;
