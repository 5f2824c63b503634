import type { DrugData } from '../../src/model/drug-schema';

/** Abrocitinib (Cibinqo): oral JAK1-selective inhibitor. Figures: S42, S47 in docs/sources.md. */
export const abrocitinib: DrugData = {
  id: 'abrocitinib',
  name: 'Abrocitinib',
  brand: 'Cibinqo',
  route: 'oral',
  dosing: {
    text: 'A pill taken once a day (usually 100 mg; 200 mg if that is not enough). 50 mg for people who break it down slowly through the CYP2C19 enzyme (poor metabolisers) or take strong CYP2C19 inhibitors, and in moderate kidney impairment.',
    sources: ['S44', 'S45'],
  },
  approval: {
    text: 'US, for moderate to severe atopic dermatitis that other systemic medicines, including biologics, have not controlled well, or when those cannot be used: adults since January 2022, ages 12–17 since February 2023.',
    sources: ['S44', 'S53', 'S54'],
  },
  mechanism: { text: 'Reversibly inhibits JAK1 by blocking its ATP-binding site. Its active metabolites have similar selectivity.', sources: ['S42', 'S46'] },
  potency: {
    JAK1: { kind: 'ratio', ratio: 1, atLeast: false, assay: 'enzyme', sources: ['S42'] },
    JAK2: { kind: 'ratio', ratio: 28, atLeast: false, assay: 'enzyme', sources: ['S42', 'S47'] },
    JAK3: { kind: 'ratio', ratio: 340, atLeast: true, assay: 'enzyme', sources: ['S42', 'S47'] },
    TYK2: { kind: 'ratio', ratio: 43, atLeast: false, assay: 'enzyme', sources: ['S42', 'S47'] },
  },
  selectivityNote: {
    text: 'Label, cell-free enzyme assay: 28× more potent at JAK1 than JAK2, over 340× than JAK3, 43× than TYK2. The label says the relevance of inhibiting specific JAKs to how well it works is not currently known.',
    sources: ['S42'],
  },
  commonSideEffects: {
    text: 'Common cold symptoms (nasopharyngitis), nausea, headache, cold sores (herpes simplex), raised CPK in blood tests, dizziness, urinary infections, tiredness, acne and vomiting. At 200 mg also low platelet counts and shingles.',
    sources: ['S60', 'S42'],
  },
  boxedWarning: {
    text: 'Boxed warning: serious infections (including tuberculosis), death, cancers (including lymphoma and lung cancer), major heart events and blood clots. The death, heart and cancer data come from a study of another JAK inhibitor in rheumatoid arthritis.',
    sources: ['S58'],
  },
};
