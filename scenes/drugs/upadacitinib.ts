import type { DrugData } from '../../src/model/drug-schema';

/** Upadacitinib (Rinvoq): oral JAK1-selective inhibitor. Figures: cellular ratios of S28 in docs/sources.md. */
export const upadacitinib: DrugData = {
  id: 'upadacitinib',
  name: 'Upadacitinib',
  brand: 'Rinvoq',
  route: 'oral',
  dosing: {
    text: 'An extended-release pill taken once a day: 15 mg. For ages 12–64 weighing at least 40 kg, 30 mg if 15 mg is not enough; from age 65, 15 mg only.',
    sources: ['S51'],
  },
  approval: {
    text: 'US, since January 2022, for ages 12 and up with moderate to severe atopic dermatitis that other systemic medicines, including biologics, have not controlled well, or when those cannot be used.',
    sources: ['S51', 'S53', 'S55'],
  },
  mechanism: { text: 'Reversibly competes with ATP for the JAK’s binding site: its potency shifts with the ATP level exactly as competition predicts.', sources: ['S28', 'S49'] },
  potency: {
    JAK1: { kind: 'ratio', ratio: 1, atLeast: false, assay: 'cellular', sources: ['S28'] },
    JAK2: { kind: 'ratio', ratio: 60, atLeast: false, assay: 'cellular', sources: ['S28'] },
    JAK3: { kind: 'ratio', ratio: 100, atLeast: true, assay: 'cellular', sources: ['S28'] },
    TYK2: {
      kind: 'not-established',
      note: 'No confirmed figure. The label describes it as less potent at JAK3 and TYK2 than at JAK1 and JAK2; not modelled here.',
      sources: ['S50'],
    },
  },
  selectivityNote: {
    text: 'In engineered cells it was about 60× more potent at JAK1 than JAK2 and over 100× than JAK3. Ex vivo, in blood from people who took it, doses above 12 mg twice daily (immediate-release) begin to lose selectivity for JAK1 over JAK3.',
    sources: ['S28', 'S48'],
  },
  commonSideEffects: {
    text: 'The label’s list for atopic dermatitis begins with upper respiratory tract infections; patient information also lists acne, nausea, cough, fever, headache, weight gain and folliculitis.',
    sources: ['S61', 'S62'],
  },
  boxedWarning: {
    text: 'Boxed warning: serious infections (including tuberculosis), death, cancers, major heart events and blood clots. The death, heart and cancer data come from a study of another JAK inhibitor in rheumatoid arthritis.',
    sources: ['S55'],
  },
};
