/**
 * The shape of a language's shell strings: every label, button and message around the narration. Its own
 * file, imported by `locale.ts` and by every locale, so that no locale imports another (English included).
 */

/** Strings of the widget's controls and messages. */
export interface WidgetText {
  stepOf(step: number, count: number): string;
  play: string;
  pause: string;
  next: string;
  previous: string;
  restart: string;
  progress: string;
  controls: string;
  simplified: string;
  sources: string;
  dismiss: string;
  animation: string;
  reducedMotion: string;
  readAloud: string;
  presenter: string;
  /** The button that shows the whole cell instead of each step's close-up. */
  wholeCell: string;
  shortcuts: string;
  close: string;
  language: string;
  glossaryHint: string;
  quizMode: string;
  /** Keyboard shortcuts as [keys, what they do]. */
  shortcutList: readonly (readonly [string, string])[];
  sceneRefused(reason: string): string;
  noGraphics: string;
}

/** Labels of the fixed scenery (the cell label comes from each scene). */
export interface BackdropText {
  outsideLabel: string;
  membraneLabel: string;
  cytoplasmLabel: string;
  nucleusLabel: string;
  poreLabel: string;
  dnaLabel: string;
  gasLabel: string;
  baselineLabel: string;
}

/** Strings of the overview table. */
export interface OverviewText {
  caption: string;
  cytokine: string;
  receptor: string;
  stat: string;
  role: string;
  show(cytokine: string): string;
  uses(jak: string): string;
  notUsed(jak: string): string;
}

/** Strings of the drug controls and panels. */
export interface DrugControlsText {
  drug: string;
  none: string;
  exposure: string;
  exposureOption(x: number): string;
  compare: string;
  withDrug(name: string): string;
  untreated: string;
  treated(name: string, exposure: number): string;
  occupancyTitle(name: string, exposure: number): string;
  occupancyOf(jak: string): string;
  signal: string;
  notEstablished: string;
  caveat: string;
  factsTitle(name: string, brand: string): string;
  route: string;
  approval: string;
  mechanism: string;
  selectivity: string;
  sideEffects: string;
  boxedWarning: string;
  notAdvice: string;
  /** A non-zero figure that rounds to 0%. */
  underOnePercent: string;
  atMost(percent: string): string;
  atLeast(percent: string): string;
  /** A signal figure that may be higher or lower (a bound each way). */
  eitherWay(percent: string): string;
  /** Tag of a figure that is a modelling assumption. */
  assumed: string;
  /** Under the signal bar when it rests on an assumed figure. */
  signalAssumed: string;
  assumptionsTitle: string;
  /** A receptor signals only when both of its JAKs are free (sourced for γc receptors and TSLP only). */
  assumeBothFree: string;
  /** A JAK with no established potency is counted as free. */
  assumeNotEstablishedFree: string;
  /** Where a drug's measured ratios come from. */
  assumeAssay(drug: string, assays: readonly ('enzyme' | 'cellular')[]): string;
  /** IC50 ratios depend on the assay's ATP concentration. */
  assumeAtp: string;
  /** The exposure slider's label. */
  exposureSlider: string;
  /** The exposure picker's option for a value that is not a preset. */
  customExposure(x: number): string;
  plotTitle(drug: string, cytokine: string): string;
  /** Tick label of the exposure axis. */
  exposureTick(x: number): string;
  axisExposure: string;
  axisPercent: string;
  signalCurve(cytokine: string): string;
  /** Legend entry of a JAK drawn as a curve. */
  legendJak(jak: string, certainty: 'exact' | 'at-most' | 'assumed', inScene: boolean): string;
  /** Legend entry of a JAK with no established potency (not drawn). */
  legendNotEstablished(jak: string): string;
  legendSignal(cytokine: string, bound: 'about' | 'at-most' | 'at-least' | 'unknown', assumed: boolean): string;
  /** Occupancy of JAK1 and another JAK at two exposures, and whether the gap between them (selectivity) shrinks. */
  selectivityCaption(
    jak: string,
    low: { x: number; jak1: string; other: string },
    high: { x: number; jak1: string; other: string },
    fades: boolean,
  ): string;
  /** Each drug's exposure scale is its own JAK1 IC50. */
  scaleNote: string;
  /** Which assays the ratios come from, and that ratios depend on assay and ATP. */
  assayNote(assays: readonly ('enzyme' | 'cellular')[]): string;
  tableSummary: string;
  tableCaption(drug: string, cytokine: string): string;
  tableExposure: string;
  /** Column heading of a JAK whose figures are bounds or assumptions. */
  tableJak(jak: string, certainty: 'exact' | 'at-most' | 'assumed' | 'not-established'): string;
  tableSignal(bound: 'about' | 'at-most' | 'at-least' | 'unknown'): string;
  /** Marks the chosen exposure's row. */
  chosen: string;
}

/** Strings of the checkpoint ("what happens next?") questions. */
export interface QuizText {
  title: string;
  answer: string;
  continue: string;
  right: string;
  wrong: string;
}

/** Strings of the classroom app page around the widget (`data-i18n` keys of index.html). */
export interface AppText {
  tagline: string;
  cytokine: string;
  language: string;
  overviewTitle: string;
  overviewIntro: string;
  aboutSummary: string;
  aboutText: string;
  sourcesTitle: string;
  embedLink: string;
  embedText: string;
}

/** All shell strings of one language. */
export interface UiStrings {
  readonly app: AppText;
  readonly ui: WidgetText;
  /** The small caption naming each cell kind's signature detail on stage, by cell kind. */
  readonly cellDetail: Readonly<Record<string, string | undefined>>;
  readonly backdrop: BackdropText;
  readonly overview: OverviewText;
  readonly drug: DrugControlsText;
  readonly quiz: QuizText;
  readonly population: PopulationText;
  readonly export: ExportText;
}

/** Strings of the export menu (picture, video clip) and of the caption strip drawn under a saved picture. */
export interface ExportText {
  /** The button that opens the export menu. */
  menu: string;
  savePicture: string;
  saveClip: string;
  /** The link to a printable handout of the view (where the page sets `handout`). */
  handout: string;
  /** The clip item while a clip is being made. */
  saving(percent: number): string;
  /** The browser cannot encode video (no WebCodecs). */
  noVideo: string;
  failed(reason: string): string;
}

/**
 * Strings of the receptor population on stage: the caption saying which case the featured pair shows, and the
 * ATP-pocket close-up. Every figure comes from the model's numbers.
 */
export interface PopulationText {
  /** Caption when the featured pair has both JAKs free; `count` pairs of `total` signal. */
  shownFree(count: number, total: number): string;
  /** Caption when the featured pair's `jak` holds the drug, as in `count` pairs of `total`. */
  shownPlugged(jak: string, count: number, total: number): string;
  /** Caption when both JAKs of the featured pair hold the drug, as in `count` pairs of `total`. */
  shownBothPlugged(count: number, total: number): string;
  /** Heading of the close-up. */
  insetTitle(jak: string): string;
  /** Share of pockets free / holding the drug, e.g. "free pockets: 50%". */
  freeShare(percent: string): string;
  filledShare(percent: string): string;
  /** What `percentWords` says for a non-zero share that rounds to 0. */
  under1: string;
  tyrosine: string;
  /** The close-up in words: ATP docks and phosphorylates the tyrosine / the drug fills the pocket. */
  describeFree(jak: string): string;
  describeFilled(jak: string, drug: string): string;
  /** Both states, with each one's share of pockets. */
  describeBoth(jak: string, drug: string, free: string, filled: string): string;
}
