/**
 * English: the shell strings, glossary and checkpoints, in this one file. Scene and drug texts are the scene
 * data itself (scenes/); the describer and drug phrases are the model's English defaults. Every other language
 * supplies the same keys (a test fails on a missing one).
 */
import { DESCRIBER_EN } from '../../model/describe-frame';
import { TREATMENT_EN } from '../../model/treatment-narration';
import { genericDrugName } from '../../model/drug-name';
import type { Checkpoint, GlossaryEntry } from '../content-types';
import type { Locale } from '../locale';
import type { UiStrings } from '../ui-strings';

export type { UiStrings } from '../ui-strings';

/** Formulation words dropped from a drug's name mid-sentence. */
const FORMULATIONS = TREATMENT_EN.formulations;

const UI_TEXT: UiStrings['ui'] = {
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
  wholeCell: 'Whole cell',
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
    ['W', 'Whole cell or close-up'],
    ['Esc', 'Leave presenter mode, close this panel'],
    ['?', 'Show or hide these shortcuts'],
  ],
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
const BACKDROP_TEXT: UiStrings['backdrop'] = {
  outsideLabel: 'Outside the cell',
  membraneLabel: 'Cell membrane',
  cytoplasmLabel: 'Cytoplasm',
  nucleusLabel: 'Nucleus',
  poreLabel: 'Nuclear pore',
  dnaLabel: 'DNA',
  gasLabel: 'GAS motif',
  baselineLabel: 'baseline',
};

/** Strings of the overview table. */
const OVERVIEW_TEXT: UiStrings['overview'] = {
  caption: 'Which JAKs and STAT each cytokine uses',
  cytokine: 'Cytokine',
  receptor: 'Receptor chains and cell shown',
  stat: 'STAT',
  role: 'Role in atopic dermatitis',
  show: (cytokine: string) => `Show the ${cytokine} animation`,
  uses: (jak: string) => `uses ${jak}`,
  notUsed: (jak: string) => `does not use ${jak}`,
};

/** Assay kinds in words: "cell-free enzyme and cell". */
const assayWords = (assays: readonly ('enzyme' | 'cellular')[]) => assays.map((a) => (a === 'enzyme' ? 'cell-free enzyme' : 'cell')).join(' and ');

/** Strings of the drug controls and panels. */
const DRUG_TEXT: UiStrings['drug'] = {
  drug: 'Drug',
  none: 'No drug',
  exposure: 'Exposure',
  exposureOption: (x: number) => `${x}× JAK1 IC50`,
  compare: 'Compare with no drug',
  withDrug: (name: string) => `With ${genericDrugName(name, FORMULATIONS)}`,
  untreated: 'Without a drug',
  treated: (name: string, exposure: number) => `With ${genericDrugName(name, FORMULATIONS)} (${exposure}× JAK1 IC50)`,
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
  underOnePercent: 'under 1%',
  atMost: (p: string) => `at most ${p}`,
  atLeast: (p: string) => `at least ${p}`,
  eitherWay: (p: string) => `${p} (could be higher or lower)`,
  assumed: 'assumed',
  signalAssumed: 'This signal rests on assumed potencies (see the notes above).',
  assumptionsTitle: 'Assumptions of this model',
  assumeBothFree:
    'A receptor signals only when both of its JAKs are free. Sources show this for γc receptors and for TSLP; for the other receptors it is the simplest reading, not a measured rule.',
  assumeNotEstablishedFree: 'A JAK whose potency is not established is counted as free, so the signal is then an upper bound (“at most”).',
  assumeAssay: (drug: string, assays: readonly ('enzyme' | 'cellular')[]) => `${drug}: the potency ratios come from ${assayWords(assays)} assays.`,
  assumeAtp: 'IC50 ratios depend on the ATP concentration used in the assay.',
  exposureSlider: 'Exposure, log scale',
  customExposure: (x: number) => `Other: ${x}× JAK1 IC50`,
  plotTitle: (drug: string, cytokine: string) => `${drug} on ${cytokine}: JAK pockets filled and signal, by exposure`,
  exposureTick: (x: number) => `${x}×`,
  axisExposure: 'Exposure (× JAK1 IC50, log scale)',
  axisPercent: '% filled · % of signal',
  signalCurve: (cytokine: string) => `${cytokine} signal`,
  legendJak: (jak: string, certainty: 'exact' | 'at-most' | 'assumed', inScene: boolean) =>
    `${jak}${inScene ? ' (this receptor)' : ''}${
      certainty === 'at-most' ? ': at most (dashed; the ratio is a lower bound)' : certainty === 'assumed' ? ': assumed (dotted; a modelling assumption, not a sourced figure)' : ''
    }`,
  legendNotEstablished: (jak: string) => `${jak}: not established, not drawn`,
  legendSignal: (cytokine: string, bound: 'about' | 'at-most' | 'at-least' | 'unknown', assumed: boolean) =>
    `${cytokine} signal, % of normal${
      { about: '', 'at-most': '; at most: a JAK with no established potency is counted as free', 'at-least': '; at least: a JAK’s ratio is a lower bound', unknown: '; could be higher or lower' }[bound]
    }${assumed ? '; rests on assumed figures' : ''}`,
  selectivityCaption: (jak: string, low: { x: number; jak1: string; other: string }, high: { x: number; jak1: string; other: string }, fades: boolean) =>
    `At ${low.x}×, JAK1 is ${low.jak1} filled and ${jak} ${low.other}; at ${high.x}×, ${high.jak1} and ${high.other}. ${
      fades ? 'The gap between the curves is the selectivity: it shrinks as exposure rises.' : 'The curves do not part, so no selectivity shows here.'
    }`,
  scaleNote: 'Each drug’s exposure scale is its own JAK1 IC50 (1× fills half of JAK1’s pockets), so exposures cannot be compared across drugs.',
  assayNote: (assays: readonly ('enzyme' | 'cellular')[]) =>
    assays.length === 0
      ? 'No measured ratio is drawn for this drug: its curves rest on modelling assumptions. IC50 ratios depend on the assay and on the ATP concentration in it.'
      : `The ratios come from ${assayWords(assays)} assays. IC50 ratios depend on the assay (enzyme or cellular) and on the ATP concentration in it, so figures from different assays cannot be compared directly.`,
  tableSummary: 'The numbers behind the plot',
  tableCaption: (drug: string, cytokine: string) => `${drug} on ${cytokine}: % of pockets filled and % of signal, by exposure`,
  tableExposure: 'Exposure (× JAK1 IC50)',
  tableJak: (jak: string, certainty: 'exact' | 'at-most' | 'assumed' | 'not-established') =>
    `${jak}${{ exact: '', 'at-most': ' (at most)', assumed: ' (assumed)', 'not-established': ' (not established)' }[certainty]}`,
  tableSignal: (bound: 'about' | 'at-most' | 'at-least' | 'unknown') =>
    `Signal${{ about: '', 'at-most': ' (at most)', 'at-least': ' (at least)', unknown: ' (uncertain)' }[bound]}`,
  chosen: '(chosen)',
};

/** Strings of the checkpoint ("what happens next?") questions. */
const QUIZ_TEXT: UiStrings['quiz'] = {
  title: 'What happens next?',
  answer: 'Check answer',
  continue: 'Continue',
  right: 'Right.',
  wrong: 'Not quite.',
};

/** Strings of the classroom app page around the widget. */
const APP_TEXT: UiStrings['app'] = {
  tagline: 'How a cytokine switches on a cell in atopic dermatitis, one step at a time. Use ← → to step and Space to play.',
  cytokine: 'Cytokine',
  language: 'Language',
  overviewTitle: 'Compare the cytokines',
  overviewIntro:
    'Each cytokine pairs two JAKs and switches on one main STAT. All of them use JAK1, so in this model every drug blocks each of them; the JAKs a cytokine uses decide how strongly, and at what exposure. Choose a cytokine to see its animation.',
  aboutSummary: 'About this animation and its sources',
  aboutText:
    'JAK-STAT Explorer shows how cytokines of atopic dermatitis signal inside skin, immune and nerve cells through JAK enzymes and STAT proteins. Every step lists the sources behind what it says; where the picture simplifies, the step says so. It is for learning, not medical advice.',
  sourcesTitle: 'Sources for this scene',
  embedLink: 'Embed this on your site',
  embedText: ': a script tag, npm or an iframe, with theming and the full API.',
};

/** All English shell strings. */
export const EN_UI: UiStrings = {
  app: APP_TEXT,
  ui: UI_TEXT,
  cellDetail: CELL_DETAIL_TEXT,
  backdrop: BACKDROP_TEXT,
  overview: OVERVIEW_TEXT,
  drug: DRUG_TEXT,
  quiz: QUIZ_TEXT,
  export: {
    menu: 'Save picture or clip',
    savePicture: 'Save picture',
    saveClip: 'Save video clip',
    handout: 'Printable handout',
    saving: (percent) => `Making the clip… ${percent}% (press to cancel)`,
    noVideo: 'This browser cannot make video clips (it has no WebCodecs video encoder); pictures still work.',
    failed: (reason) => `Saving failed: ${reason}`,
  },
  population: {
    shownFree: (n, total) => `Shown: a typical pair — both JAKs free (${n} of ${total} pairs signal)`,
    shownPlugged: (jak, n, total) => `Shown: a typical pair — ${jak} holds the drug (${n} of ${total} pairs)`,
    shownBothPlugged: (n, total) => `Shown: a typical pair — both JAKs hold the drug (${n} of ${total} pairs)`,
    insetTitle: (jak) => `${jak} ATP pocket, close up`,
    freeShare: (p) => `free pockets: ${p}`,
    filledShare: (p) => `drug-filled: ${p}`,
    under1: 'under 1%',
    tyrosine: 'tyrosine',
    describeFree: (jak) => `Close-up of the ATP pocket in the kinase domain of ${jak}: ATP docks in the pocket and a phosphate moves onto the activation-loop tyrosine.`,
    describeFilled: (jak, drug) => `Close-up of the ATP pocket in the kinase domain of ${jak}: ${genericDrugName(drug, FORMULATIONS)} sits in the pocket, and ATP cannot get in.`,
    describeBoth: (jak, drug, free, filled) =>
      `Close-up of the ATP pocket in the kinase domain of ${jak}, in its two states. Free pockets (${free}): ATP docks and a phosphate moves onto the activation-loop tyrosine. Drug-filled pockets (${filled}): ${genericDrugName(drug, FORMULATIONS)} sits in the pocket, and ATP cannot get in.`,
  },
};

/** The glossary: key terms of the narration with short, sourced definitions. */
const glossary: readonly GlossaryEntry[] = [
  {
    id: 'cytokine',
    terms: ['cytokines', 'cytokine'],
    definition:
      'A messenger protein that one cell releases to signal to others. In atopic dermatitis, cytokines such as IL-4, IL-13 and IL-31 are key drivers.',
    sources: ['S19', 'S29', 'S39', 'S40'],
  },
  {
    id: 'receptor',
    terms: ['receptors', 'receptor'],
    definition:
      'A protein that spans the cell membrane. Its outer part binds a cytokine and its inner tail holds a JAK. Cytokine receptors have no enzyme activity of their own.',
    sources: ['S3', 'S9', 'S10b'],
  },
  {
    id: 'jak',
    terms: ['JAKs', 'JAK1', 'JAK2', 'JAK3', 'TYK2', 'JAK'],
    definition:
      'Janus kinase: an enzyme that sits on the inner tail of a cytokine receptor and adds phosphates to proteins. The family has four members: JAK1, JAK2, JAK3 and TYK2.',
    sources: ['S9', 'S10b', 'S11'],
  },
  {
    id: 'stat',
    terms: ['STAT5a', 'STAT5b', 'STATs', 'STAT1', 'STAT3', 'STAT5', 'STAT6', 'STAT'],
    definition:
      'A protein that waits mainly in the cytoplasm until a JAK phosphorylates it. It then pairs up, enters the nucleus and changes which genes are read.',
    sources: ['S15', 'S1', 'S16', 'S18'],
  },
  {
    id: 'phosphorylation',
    terms: [
      'unphosphorylated',
      'phosphorylation',
      'phosphorylated',
      'phosphorylates',
      'phosphorylate',
      'phosphates',
      'phosphate',
    ],
    definition:
      'Adding a phosphate group, a small chemical tag, to a protein. JAKs take the phosphate from ATP; the tag switches JAKs on and creates docking sites for STATs.',
    sources: ['S11', 'S12', 'S28', 'S2', 'S13'],
  },
  {
    id: 'atp',
    terms: ['ATP', 'ADP'],
    definition:
      'The cell’s energy carrier. A JAK moves one of ATP’s phosphates onto a protein, leaving ADP. JAK inhibitor drugs compete with ATP for its pocket in the JAK.',
    sources: ['S11', 'S28'],
  },
  {
    id: 'sh2-domain',
    terms: ['SH2 domain', 'SH2'],
    definition:
      'In a STAT, the SH2 domain is a pocket that grips a phosphotyrosine. It lets the STAT dock on the receptor tail and hold a partner STAT in a dimer.',
    sources: ['S13', 'S1'],
  },
  {
    id: 'dimer',
    terms: ['dimers', 'dimer'],
    definition:
      'A pair of two joined proteins. Two phosphorylated STATs form a dimer, each one’s phosphotyrosine held in the other’s SH2 domain.',
    sources: ['S1', 'S13'],
  },
  {
    id: 'nucleus',
    terms: ['nucleus'],
    definition: 'The compartment of the cell that holds the DNA. STAT dimers enter it to change which genes are read.',
    sources: ['S15', 'S18'],
  },
  {
    id: 'nuclear-pore',
    terms: ['nuclear pores', 'nuclear pore'],
    definition:
      'A gateway in the envelope around the nucleus that lets proteins in and out. STAT dimers pass through nuclear pores to reach the DNA.',
    sources: ['S15'],
  },
  {
    id: 'gas-motif',
    terms: ['GAS motifs', 'GAS motif', 'GAS'],
    definition:
      'A short DNA pattern that STAT dimers bind: TTC, then 2 to 4 letters, then GAA. STAT6 prefers a gap of 4 letters, STAT1 a gap of 3.',
    sources: ['S16', 'S17'],
  },
  {
    id: 'transcription',
    terms: ['transcription'],
    definition:
      'Reading a gene so the cell can use its instructions. STAT dimers bound to DNA turn the transcription of target genes up (such as CCL26) or down (such as filaggrin).',
    sources: ['S18', 'S19', 'S20'],
  },
  {
    id: 'socs',
    terms: ['SOCS1', 'SOCS'],
    definition:
      'Suppressor of cytokine signalling: a protein the cell makes when STATs are active. It blocks the JAK or the receptor, a negative feedback that turns the signal down.',
    sources: ['S22', 'S23'],
  },
  {
    id: 'inhibitor',
    terms: ['inhibitors', 'inhibitor'],
    definition:
      'A drug that blocks an enzyme. A JAK inhibitor reversibly fills the ATP pocket of the JAK inside the cell, so that JAK passes on no phosphate. The signal falls in proportion to how much of the target is occupied, which depends on the dose.',
    sources: ['S42', 'S28'],
  },
  {
    id: 'selectivity',
    terms: ['selectivity', 'selective'],
    definition:
      'How much more strongly a drug hits one target than others. It is relative: it depends on dose and test, so a JAK1-selective drug can also hit other JAKs, more at high doses.',
    sources: ['S42', 'S28', 'S48'],
  },
  {
    id: 'tyrosine',
    terms: ['phosphotyrosines', 'phosphotyrosine', 'tyrosines', 'tyrosine'],
    definition:
      'One of the amino acids that make up proteins. JAKs add phosphates to particular tyrosines; a tyrosine carrying a phosphate is called a phosphotyrosine.',
    sources: ['S2', 'S1', 'S11'],
  },
  {
    id: 'keratinocyte',
    terms: ['keratinocytes', 'keratinocyte'],
    definition:
      'The main cell of the skin’s outer layer, which builds the skin barrier. Keratinocytes respond to IL-4, IL-13 and IL-22, and they make TSLP.',
    sources: ['S20', 'S21', 'S31', 'S34'],
  },
  {
    id: 'gene',
    terms: ['genes', 'gene'],
    definition:
      'A stretch of DNA that holds the instructions for one product, such as a protein. Filaggrin and CCL26 are genes that STAT6 turns down and up.',
    sources: ['S20', 'S18'],
  },
];

/**
 * The checkpoints: "what happens next?" questions at chosen canonical steps; every wrong answer is a common
 * misconception, and its feedback says why (sources by id: docs/sources.md).
 */
const checkpoints: readonly Checkpoint[] = [
  {
    id: 'after-ligand-binding',
    afterStep: 'ligand-binding',
    question: 'The cytokine has just bound its receptor. What happens next?',
    answers: [
      {
        text: 'The receptor chains come together or shift, so the JAKs on their tails face each other.',
        correct: true,
        feedback:
          'Right. Binding brings the chains, and their JAKs, into the right position. Some receptors, like the IFN-γ receptor, are already assembled and just change shape.',
      },
      {
        text: 'The receptor starts adding phosphates itself, because it is a kinase.',
        correct: false,
        feedback:
          'No. Cytokine receptors have no enzyme activity of their own; the JAKs on their tails do that work. Receptors that are kinases themselves, like growth-factor receptors, are a different family.',
      },
      {
        text: 'JAKs float in from the cytoplasm and attach to the receptor tails.',
        correct: false,
        feedback:
          'No. The JAKs were already bound to the receptor tails before the cytokine arrived, gripping regions called Box1 and Box2. (For IL-31RA this is not yet proven.)',
      },
    ],
    sources: ['S4', 'S5', 'S10', 'S10b', 'S9', 'S6'],
  },
  {
    id: 'after-jak-activation-drug',
    afterStep: 'receptor-assembly',
    question: 'The JAKs now face each other. If a JAK inhibitor drug is present, what does it do?',
    answers: [
      {
        text: 'It sits in the JAK’s ATP pocket, so ATP cannot hand over its phosphate.',
        correct: true,
        feedback:
          'Right. The drug reversibly fills the ATP-binding site inside the cell, so a JAK holding it cannot use ATP to pass a phosphate on (a free partner can still phosphorylate it). The more JAKs are filled, the weaker the later steps.',
      },
      {
        text: 'It stops the cytokine from binding the receptor outside the cell.',
        correct: false,
        feedback:
          'No. Blocking a cytokine or its receptor from outside is what antibody drugs (biologics) do. JAK inhibitors act inside the cell, on the JAK.',
      },
      {
        text: 'A JAK1-selective drug hits only JAK1, at any dose.',
        correct: false,
        feedback:
          'No. Selectivity is relative: it depends on the dose and on the test used. Upadacitinib, for example, begins to lose its selectivity for JAK1 over JAK3 at higher doses (measured ex vivo).',
      },
    ],
    sources: ['S42', 'S28', 'S77', 'S48'],
  },
  {
    id: 'after-receptor-phosphorylation',
    afterStep: 'receptor-phosphorylation',
    question: 'The receptor tail now carries phosphotyrosines. What happens next?',
    underDrug: {
      when: 'pair-stopped',
      question: 'In the pair shown the drug stopped this step. In a receptor pair without the drug, the tail now carries phosphotyrosines: what happens next there?',
    },
    answers: [
      {
        text: 'The STAT docks on a receptor phosphotyrosine using its SH2 domain.',
        correct: true,
        feedback:
          'Right. The STAT’s SH2 domain grips a phosphotyrosine on the receptor tail, which holds the STAT next to the active JAK.',
      },
      {
        text: 'The STAT binds directly to the JAK.',
        correct: false,
        feedback:
          'A common shortcut, even in published figures, but wrong: the STAT docks on phosphotyrosines of the receptor through its SH2 domain, not on the JAK.',
      },
      {
        text: 'The STAT gets phosphates on many of its tyrosines.',
        correct: false,
        feedback:
          'No. The STAT docks first, and then the JAK adds a phosphate to just one key tyrosine near its end (for example Y641 on STAT6 or Y705 on STAT3).',
      },
    ],
    sources: ['S13', 'S3', 'S15a', 'S1'],
  },
  {
    id: 'after-dimerization',
    afterStep: 'dimerization',
    question: 'Two phosphorylated STATs have paired up into a dimer. Which statement about what comes next is right?',
    underDrug: {
      when: 'pair-stopped',
      question: 'In the pair shown the drug kept the STATs apart. Where two phosphorylated STATs do pair up into a dimer, which statement about what comes next is right?',
    },
    answers: [
      {
        text: 'The STAT dimer passes through a nuclear pore into the nucleus.',
        correct: true,
        feedback:
          'Right. The dimer moves through a nuclear pore into the nucleus, where the DNA is. (Unphosphorylated STATs also shuttle in and out.)',
      },
      {
        text: 'Each STAT first picks up phosphates on many more tyrosines.',
        correct: false,
        feedback:
          'No. Each STAT carries a phosphate on one key tyrosine, and that single phosphotyrosine, held in the partner’s SH2 domain, is what keeps the pair together.',
      },
      {
        text: 'Only this one kind of STAT can pass the signal on, because each cytokine switches on just one STAT.',
        correct: false,
        feedback:
          'Not so. One cytokine can switch on several STATs: IL-13, for example, can activate STAT6, STAT3 and STAT1. Each scene shows just the main one.',
      },
    ],
    sources: ['S15', 'S1', 'S13', 'S3'],
  },
  {
    id: 'after-transcription',
    afterStep: 'transcription',
    question: 'When a cytokine signal has switched target genes up or down, how does it get turned down again?',
    underDrug: {
      when: 'little-signal',
      question: 'With this little signal left, the target genes barely moved here. Where a cytokine signal does switch target genes up or down, how does it get turned down again?',
    },
    answers: [
      {
        text: 'The signal makes SOCS proteins, which block the JAK or the receptor.',
        correct: true,
        feedback:
          'Right. STATs switch on SOCS genes, and SOCS proteins block the JAK or the receptor: negative feedback. Phosphatases and PIAS proteins also help switch the pathway off.',
      },
      {
        text: 'Once a JAK inhibitor is taken, it shuts this signal down for good, even after the drug is stopped.',
        correct: false,
        feedback:
          'No. JAK inhibitors act reversibly. After abrocitinib is stopped, inflammation markers return close to their starting levels within about 4 weeks.',
      },
      {
        text: 'A JAK inhibitor cream turns it down only in the skin: none of the drug reaches the blood.',
        correct: false,
        feedback:
          'No. Exposure through the skin is low but not zero: on average about 2.5% reaches the blood (a trial mean with a wide spread), and the cream carries the same boxed warning as the pills.',
      },
    ],
    sources: ['S22', 'S23', 'S24', 'S25', 'S42', 'S65', 'S57'],
  },
];

export const en: Locale = {
  code: 'en',
  name: 'English',
  ui: EN_UI,
  describer: DESCRIBER_EN,
  treatment: TREATMENT_EN,
  glossary,
  checkpoints,
};
