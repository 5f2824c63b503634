import type { DrugData } from '../../src/model/drug-schema';

/**
 * Ruxolitinib cream 1.5% (Opzelura): topical JAK1/JAK2 inhibitor. No cited source confirms numeric IC50s
 * (S52 in docs/sources.md, the label, names JAK1 and JAK2), so JAK1 and JAK2 equally hit is a modelling
 * assumption (kind `assumed`, shown as such) and JAK3/TYK2 are not established.
 */
export const ruxolitinib: DrugData = {
  id: 'ruxolitinib',
  name: 'Ruxolitinib cream',
  brand: 'Opzelura',
  route: 'topical',
  dosing: {
    text: 'A 1.5% cream applied as a thin layer twice a day to no more than 20% of the body surface, without covering dressings. Ages 12 and up: at most 60 g a week (or one 100-g tube every 2 weeks); ages 2–11: at most 60 g every 2 weeks.',
    sources: ['S52'],
  },
  approval: {
    text: 'US, for mild to moderate atopic dermatitis in people who are not immunocompromised, for short-term and non-continuous use when other prescription creams fail or cannot be used: ages 12 and up since September 2021, ages 2–11 since September 2025.',
    sources: ['S56', 'S41', 'S52'],
  },
  mechanism: { text: 'Inhibits JAK1 and JAK2 (label). Binding at the ATP site is standard for this class, though its label does not say so.', sources: ['S52'] },
  potency: {
    JAK1: { kind: 'assumed', ratio: 1, note: 'Modelling assumption: the reference JAK. No confirmed IC50 is given here.', sources: ['S52'] },
    JAK2: {
      kind: 'assumed',
      ratio: 1,
      note: 'Modelling assumption: as potent as at JAK1, because the label names JAK1 and JAK2 together. No confirmed IC50 is given here.',
      sources: ['S52'],
    },
    JAK3: { kind: 'not-established', note: 'No confirmed figure; the label names JAK1 and JAK2 only. Not modelled here.', sources: ['S52'] },
    TYK2: { kind: 'not-established', note: 'No confirmed figure; the label names JAK1 and JAK2 only. Not modelled here.', sources: ['S52'] },
  },
  selectivityNote: {
    text: 'The label calls it a JAK1/JAK2 inhibitor; no numeric potencies are confirmed here, so JAK1 and JAK2 are drawn as equally hit. The label says the relevance of inhibiting specific JAKs to how well it works is not currently known. Through skin, about 2.5% reaches the blood: low, but not zero. That 2.5% is a trial average with a wide spread (standard deviation 3.6, maximum-use trial).',
    sources: ['S52', 'S65'],
  },
  commonSideEffects: {
    text: 'Common cold symptoms (nasopharyngitis), diarrhea, bronchitis, ear infection, raised eosinophils, hives, folliculitis, tonsillitis and runny nose. In children 2–11: upper respiratory infections, COVID-19, skin reactions where applied, fever and low white cell counts.',
    sources: ['S63', 'S41'],
  },
  boxedWarning: {
    text: 'The cream carries the same boxed warning as the pills: serious infections, death, cancers, major heart events and blood clots, drawn mainly from JAK inhibitors taken by mouth. With the cream itself, serious lung infections, shingles and non-melanoma skin cancer were reported.',
    sources: ['S57', 'S59'],
  },
};
