/**
 * Every user-facing string of the shell, in one place, so that translation (a later issue) replaces one
 * object rather than hunting through templates.
 */
export const UI_TEXT = {
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
  sceneRefused: (reason: string) => `That scene could not be shown, so the current one stays. ${reason}`,
  noGraphics: 'The animation could not start on this device; the narration and controls still work.',
};

/** Labels of the fixed scenery (the cell label comes from each scene). */
export const BACKDROP_TEXT = {
  outsideLabel: 'Outside the cell',
  membraneLabel: 'Cell membrane',
  cytoplasmLabel: 'Cytoplasm',
  nucleusLabel: 'Nucleus',
  poreLabel: 'Nuclear pore',
  dnaLabel: 'DNA',
  gasLabel: 'GAS motif',
};

/** Strings of the overview table. */
export const OVERVIEW_TEXT = {
  caption: 'Which JAKs and STAT each cytokine uses',
  cytokine: 'Cytokine',
  receptor: 'Receptor chains and cell shown',
  stat: 'STAT',
  role: 'Role in atopic dermatitis',
  show: (cytokine: string) => `Show the ${cytokine} animation`,
  uses: (jak: string) => `uses ${jak}`,
  notUsed: (jak: string) => `does not use ${jak}`,
};
