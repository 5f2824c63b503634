/**
 * English strings of the shell. Every language supplies the same keys (a test fails on a missing one).
 */
const UI_TEXT = {
  stepOf: (step: number, count: number) => `Step ${step} of ${count}`,
  play: 'Play',
  pause: 'Pause',
  next: 'Next step',
  previous: 'Previous step',
  restart: 'Restart',
  progress: 'Progress through the steps',
  controls: 'Playback controls',
  simplified: 'Simplified',
  sources: 'Sources',
  dismiss: 'Dismiss',
  animation: 'animation',
  reducedMotion: 'Reduce motion',
  readAloud: 'Read aloud',
  presenter: 'Presenter mode',
  shortcuts: 'Keyboard shortcuts',
  close: 'Close',
  language: 'Language',
  glossaryHint: 'Terms with a dotted underline have a short definition: hover, focus or tap them.',
  quizMode: 'Checkpoints',
  shortcutList: [
    ['Space', 'Play or pause'],
    ['→  or  Page Down', 'Next step'],
    ['←  or  Page Up', 'Previous step'],
    ['Home / End', 'First / last step'],
    ['F', 'Presenter mode'],
    ['Esc', 'Leave presenter mode, close this panel'],
    ['?', 'Show or hide these shortcuts'],
  ] as readonly (readonly [string, string])[],
  sceneRefused: (reason: string) => `That scene could not be shown, so the current one stays. ${reason}`,
  noGraphics: 'The animation could not start on this device; the narration and controls still work.',
};

/** The small caption naming each cell kind's signature detail on stage. */
const CELL_DETAIL_TEXT: Record<string, string | undefined> = {
  keratinocyte: 'Keratin filaments',
  't-cell': 'Microvilli',
  'sensory-neuron': 'Microtubules',
  'immune-cell': 'Granules',
};

/** Labels of the fixed scenery (the cell label comes from each scene). */
const BACKDROP_TEXT = {
  outsideLabel: 'Outside the cell',
  membraneLabel: 'Cell membrane',
  cytoplasmLabel: 'Cytoplasm',
  nucleusLabel: 'Nucleus',
  poreLabel: 'Nuclear pore',
  dnaLabel: 'DNA',
  gasLabel: 'GAS motif',
};

/** Strings of the overview table. */
const OVERVIEW_TEXT = {
  caption: 'Which JAKs and STAT each cytokine uses',
  cytokine: 'Cytokine',
  receptor: 'Receptor chains and cell shown',
  stat: 'STAT',
  role: 'Role in atopic dermatitis',
  show: (cytokine: string) => `Show the ${cytokine} animation`,
  uses: (jak: string) => `uses ${jak}`,
  notUsed: (jak: string) => `does not use ${jak}`,
};

/** Strings of the drug controls and panels. */
const DRUG_TEXT = {
  drug: 'Drug',
  none: 'No drug',
  exposure: 'Exposure',
  exposureOption: (x: number) => `${x}× JAK1 IC50`,
  compare: 'Compare with no drug',
  withDrug: (name: string) => `With ${name.replace(/ cream$/i, '').toLowerCase()}`,
  untreated: 'Without a drug',
  treated: (name: string, exposure: number) => `With ${name.replace(/ cream$/i, '').toLowerCase()} (${exposure}× JAK1 IC50)`,
  occupancyTitle: (name: string, exposure: number) => `${name} at ${exposure}× its JAK1 IC50: JAK pockets filled`,
  occupancyOf: (jak: string) => `${jak} pockets filled`,
  signal: 'Signal',
  notEstablished: 'not established',
  caveat:
    'An illustration from enzyme or cell-assay ratios (occupancy = exposure ÷ (exposure + ratio)), not a dosing tool: no source here gives blood levels, and ratios from different assays are not directly comparable. Bold rows are the JAKs this cytokine uses; signal needs both of its JAKs free.',
  factsTitle: (name: string, brand: string) => `About ${name} (${brand})`,
  route: 'How it is taken',
  approval: 'Approved for',
  mechanism: 'How it works',
  selectivity: 'Selectivity',
  sideEffects: 'Common side effects',
  boxedWarning: 'Boxed warning',
  notAdvice: 'Educational, not medical advice. Check the current label before relying on any of this.',
};

/** Strings of the checkpoint ("what happens next?") questions. */
const QUIZ_TEXT = {
  title: 'What happens next?',
  answer: 'Check answer',
  continue: 'Continue',
  right: 'Right.',
  wrong: 'Not quite.',
};

/** All English shell strings. */
export const EN_UI = {
  ui: UI_TEXT,
  cellDetail: CELL_DETAIL_TEXT,
  backdrop: BACKDROP_TEXT,
  overview: OVERVIEW_TEXT,
  drug: DRUG_TEXT,
  quiz: QUIZ_TEXT,
};

/** The shape every language's shell strings have. */
export type UiStrings = typeof EN_UI;
