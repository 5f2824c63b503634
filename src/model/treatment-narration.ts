/**
 * What the narration says when a drug is present: which steps it leaves alone (it acts inside the cell, not on
 * the cytokine or receptor), what it prevents from JAK activation on, and how strong the remaining signal is.
 * Generated from the scene, the drug and the simulation, so it always matches what the stage shows.
 */
import type { Scene, SceneStep } from './scene-schema';
import type { Treatment } from './treatment';
import { genericDrugName } from './drug-name';

/** The narration of one step under a drug. */
export interface TreatedNarration {
  /** Replaces the step's text where the drug changes what happens; undefined keeps the original. */
  readonly text: string | undefined;
  /** A short "with the drug" note shown with the step. */
  readonly note: string;
  /** Sources behind the replaced text and the note. */
  readonly sources: readonly string[];
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** The words of the drug narration, one object per language. Arguments are already formatted. */
export interface TreatmentPhrases {
  /** A list like "JAK1 and TYK2". */
  and(items: readonly string[]): string;
  notEstablished(jak: string): string;
  occupancy(percent: string, jak: string, atMost: boolean): string;
  arrivalOral(Name: string): string;
  arrivalTopical(Name: string): string;
  exposureFill(exposure: number, occupancy: string): string;
  outside(Name: string): string;
  signalAcross(signal: string): string;
  partial(Name: string, occupancy: string, signal: string): string;
  /** What the drug prevents at each canonical step, when it blocks the receptor on stage. */
  blocked: {
    'jak-activation'(jaks: string, name: string, filled: string): string;
    'receptor-phosphorylation'(): string;
    'stat-docking'(stat: string): string;
    'stat-phosphorylation'(stat: string): string;
    dimerization(stat: string): string;
    'nuclear-import'(stat: string): string;
    'dna-binding'(): string;
    transcription(signal: string): string;
    'negative-feedback'(): string;
  };
  routeLabel(route: 'oral' | 'topical'): string;
  /** Formulation words a drug's name may end with, dropped mid-sentence ("cream": "Ruxolitinib cream" → "ruxolitinib"). */
  formulations: readonly string[];
}

/** English drug narration. */
export const TREATMENT_EN: TreatmentPhrases = {
  and: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`),
  notEstablished: (jak) => `${jak} (not established)`,
  occupancy: (p, jak, atMost) => `${atMost ? 'at most' : 'about'} ${p} of ${jak}`,
  arrivalOral: (Name) => `${Name}, taken as a pill, reaches the cell from the blood and slips inside.`,
  arrivalTopical: (Name) => `${Name}, a cream, soaks in from the skin surface and slips inside the cell.`,
  exposureFill: (exposure, occupancy) => `At this exposure (${exposure}× its JAK1 IC50) it fills ${occupancy} pockets.`,
  outside: (Name) =>
    `${Name} does not stop this: it works inside the cell, in the JAKs, not on the cytokine or its receptor. Blocking from outside is what antibody drugs such as dupilumab do.`,
  signalAcross: (signal) => `Signal across the cell: about ${signal} of normal.`,
  partial: (Name, occupancy, signal) =>
    `${Name} fills ${occupancy} pockets. Most receptors still have both JAKs free, so the signal is about ${signal} of normal.`,
  blocked: {
    'jak-activation': (jaks, name, filled) =>
      `Normally ${jaks} would pass phosphates to each other from ATP. With ${name} sitting in the ATP pocket of ${filled}, ATP cannot bind, so no phosphate is passed on and the JAKs stay off.`,
    'receptor-phosphorylation': () => 'With the JAKs switched off, the receptor tail gets no phosphates, so no docking sites appear.',
    'stat-docking': (stat) => `${stat} finds no phosphotyrosine to grip, so it stays free in the cytoplasm.`,
    'stat-phosphorylation': (stat) => `${stat} is not docked next to an active JAK, so it gets no phosphate.`,
    dimerization: (stat) => `Without their phosphate, ${stat} proteins do not pair up.`,
    'nuclear-import': (stat) => `No ${stat} pair has formed, so none enters the nucleus.`,
    'dna-binding': () => 'The GAS motif stays empty.',
    transcription: (signal) =>
      `The target genes stay close to their usual level: across the cell, the signal is about ${signal} of what it is without the drug.`,
    'negative-feedback': () =>
      'With little signal, little SOCS is made. The block is reversible: as the drug wears off, ATP can bind again and signalling returns.',
  },
  routeLabel: (route) => (route === 'oral' ? 'Blood vessel' : 'Skin cream'),
  formulations: ['cream'],
};

/** Narration for every step of a scene under a treatment, by step id. */
export function narrateTreatment(scene: Scene, treatment: Treatment, phrases: TreatmentPhrases = TREATMENT_EN): Map<string, TreatedNarration> {
  const { drug, simulation, blocksStage } = treatment;
  const p = phrases;
  // Lower case inside a sentence, capitalised at its start.
  const name = genericDrugName(drug.name, p.formulations);
  const Name = name.charAt(0).toUpperCase() + name.slice(1);
  const stat = scene.stat.label;
  const jakNames = scene.receptor.chains.map((chain) => chain.jak.name);
  const filled = scene.receptor.chains
    .filter((chain) => treatment.boundJaks.has(chain.jak.id))
    .map((chain) => chain.jak.name);
  const occupancyText = p.and(
    [...new Set(jakNames)].map((jak) => {
      const info = simulation.jaks[jak];
      if (info?.certainty === 'not-established') return p.notEstablished(jak);
      return p.occupancy(percent(info?.occupancy ?? 0), jak, info?.certainty === 'at-most');
    }),
  );
  const signal = percent(simulation.signal);
  // Every percentage shown comes from the potency figures of the JAKs in this scene: cite them with it.
  const potency = [...new Set(jakNames.flatMap((jak) => drug.potency[jak].sources))];
  const mechanism = [...new Set([...drug.mechanism.sources, ...potency])];
  const arrival = drug.route === 'oral' ? p.arrivalOral(Name) : p.arrivalTopical(Name);
  const arrivalSources = drug.route === 'oral' ? drug.dosing.sources : [...drug.dosing.sources, 'S65'];
  // A Map, not an object: a step id such as "constructor" must not find Object.prototype's.
  const blocked = new Map<string, () => string>([
    ['jak-activation', () => p.blocked['jak-activation'](p.and(jakNames), name, p.and(filled))],
    ['receptor-phosphorylation', () => p.blocked['receptor-phosphorylation']()],
    ['stat-docking', () => p.blocked['stat-docking'](stat)],
    ['stat-phosphorylation', () => p.blocked['stat-phosphorylation'](stat)],
    ['dimerization', () => p.blocked.dimerization(stat)],
    ['nuclear-import', () => p.blocked['nuclear-import'](stat)],
    ['dna-binding', () => p.blocked['dna-binding']()],
    ['transcription', () => p.blocked.transcription(signal)],
    ['negative-feedback', () => p.blocked['negative-feedback']()],
  ]);

  const result = new Map<string, TreatedNarration>();
  let dependent = false;
  scene.steps.forEach((step: SceneStep, index) => {
    if (step.id === simulation.firstBlockedStep) dependent = true;
    const block = blocked.get(step.id);
    if (index === 0) {
      result.set(step.id, {
        text: undefined,
        note: `${arrival} ${p.exposureFill(treatment.exposure, occupancyText)}`,
        sources: [...arrivalSources, ...mechanism],
      });
    } else if (!dependent) {
      result.set(step.id, { text: undefined, note: p.outside(Name), sources: [...mechanism, 'S42', 'S77'] });
    } else if (blocksStage && block) {
      result.set(step.id, { text: block(), note: p.signalAcross(signal), sources: mechanism });
    } else {
      const partial = step.id === simulation.firstBlockedStep ? p.partial(Name, occupancyText, signal) : p.signalAcross(signal);
      result.set(step.id, { text: undefined, note: partial, sources: mechanism });
    }
  });
  return result;
}
