/**
 * What the narration says when a drug is present, read from each step's facts (step-facts.ts) and the
 * simulation: which steps the drug leaves alone (it acts inside the cell, not on the cytokine or receptor),
 * what happens in the featured pair (the population's typical case), and how much of the cell still signals.
 * Every graded word comes from the band of a model number (signal-band.ts), so no sentence claims a complete
 * block while the model still gives more than a little signal.
 */
import { genericDrugName } from './drug-name';
import type { Scene, SceneStep } from './scene-schema';
import { bandOf, percentWords, type Band } from './signal-band';
import type { OccupancyCertainty, SignalBound } from './simulate-pathway';
import type { StepFacts } from './step-facts';
import { roleOf } from './step-role';
import type { Treatment } from './treatment';

/** The narration of one step under a drug. */
export interface TreatedNarration {
  /** Replaces the step's text where the drug changes what happens; undefined keeps the original. */
  readonly text: string | undefined;
  /** A short "with the drug" note shown with the step. */
  readonly note: string;
  /** Sources behind the replaced text and the note. */
  readonly sources: readonly string[];
  /** The drug stops this step in the pair shown, so the untreated picture's notes no longer apply. */
  readonly stopped: boolean;
}

/** Roles whose featured-pair sentence says what the drug stopped there. */
const PAIR_ROLES = [
  'receptor-phosphorylation', 'stat-docking', 'stat-phosphorylation', 'dimerization',
  'nuclear-import', 'dna-binding', 'transcription', 'negative-feedback',
] as const;
type PairRole = (typeof PAIR_ROLES)[number];
const isPairRole = (role: unknown): role is PairRole => (PAIR_ROLES as readonly unknown[]).includes(role);

/** The words of the drug narration, one object per language. Arguments are already formatted. */
export interface TreatmentPhrases {
  /** A list like "JAK1 and TYK2". */
  and(items: readonly string[]): string;
  /** A non-zero percentage that rounds to 0. */
  under1: string;
  /** A signal figure with its certainty: "about 50%", "at most 50%", "at least 50%", "roughly 50%". */
  signalWords(bound: SignalBound, percent: string): string;
  notEstablished(jak: string): string;
  occupancy(percent: string, jak: string, certainty: OccupancyCertainty): string;
  arrivalOral(Name: string): string;
  arrivalTopical(Name: string): string;
  exposureFill(exposure: number, occupancy: string): string;
  /** The drug leaves this step alone; `target` names the receptor chain dupilumab binds, where the scene has it. */
  outside(Name: string, target: string | undefined): string;
  /** Said wherever a figure rests on a modelling assumption. */
  assumption: string;
  /** "Signal across the cell: about 50% of the usual." */
  signalAcross(signal: string): string;
  /** Why a signal figure is a bound ("at most", "at least", "roughly"), said with it. */
  boundNote(bound: Exclude<SignalBound, 'about'>): string;
  /** At the first JAK step when the pair shown has both JAKs free. */
  partial(Name: string, occupancy: string, free: number, pairs: number): string;
  /** The whole cell, by the band of `signal`. */
  cell: {
    pairs(band: Band, signalling: number, pairs: number, signal: string): string;
    nucleus(band: Band, dimers: number, stat: string, signal: string): string;
    genes(band: Band, signal: string): string;
    /** A gene the signal keeps expressed (scene gene change `kept`), held at `share` of its usual level. */
    held(gene: string, share: string): string;
    feedback(band: Band): string;
  };
  /** The featured pair, where the drug holds one or both of its JAKs. */
  pair: {
    'jak-activation'(jaks: string, name: string, filled: string): string;
    /** Exactly one JAK holds the drug: its free partner can still phosphorylate it. */
    partner(free: string, plugged: string): string;
  } & { readonly [R in PairRole]: (stat: string) => string };
  /** The block wears off with the drug. */
  reversible: string;
  routeLabel(route: 'oral' | 'topical'): string;
  /** Formulation words a drug's name may end with, dropped mid-sentence ("cream": "Ruxolitinib cream" → "ruxolitinib"). */
  formulations: readonly string[];
}

/** Band words for "… of the receptor pairs", "… of the usual amount". */
export const BAND_EN: Record<Band, string> = { 'almost-all': 'almost all', most: 'most', 'about-half': 'about half', some: 'some', little: 'very little' };
const of = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const BOUND_EN: Record<SignalBound, string> = { about: 'about', 'at-most': 'at most', 'at-least': 'at least', unknown: 'roughly' };

/** English drug narration. */
export const TREATMENT_EN: TreatmentPhrases = {
  and: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`),
  under1: 'under 1%',
  signalWords: (bound, p) =>
    p === 'under 1%' ? (bound === 'at-least' ? `${p} or more` : bound === 'unknown' ? `roughly 1% or less` : p) : `${BOUND_EN[bound]} ${p}`,
  notEstablished: (jak) => `${jak} (not established)`,
  occupancy: (p, jak, certainty) =>
    `${p === 'under 1%' ? '' : certainty === 'at-most' ? 'at most ' : 'about '}${p} of ${jak}${certainty === 'assumed' ? ' (assumed)' : ''}`,
  arrivalOral: (Name) => `${Name}, taken as a pill, reaches the cell from the blood and slips inside.`,
  arrivalTopical: (Name) => `${Name}, a cream, soaks in from the skin surface and slips inside the cell.`,
  exposureFill: (exposure, occupancy) => `At this exposure (${exposure}× its JAK1 IC50) it fills ${occupancy} pockets.`,
  outside: (Name, target) =>
    `${Name} does not stop this: it works inside the cell, in the JAKs, not on the cytokine or its receptor. ` +
    (target
      ? `Blocking from outside is what antibody drugs such as dupilumab do: dupilumab binds ${target}, a chain of this receptor.`
      : 'Blocking a cytokine or its receptor from outside is what antibody drugs (biologics) do.'),
  assumption: 'This figure rests on a modelling assumption about the drug’s potency, not on a sourced figure.',
  signalAcross: (signal) => `Signal across the cell: ${signal} of the usual.`,
  boundNote: (bound) =>
    bound === 'at-most'
      ? 'At most, because a JAK whose potency is not established is counted as free.'
      : bound === 'at-least'
        ? 'At least, because one potency figure is only a lower bound.'
        : 'Roughly, because one potency is not established and another is only a lower bound.',
  partial: (Name, occupancy, free, pairs) =>
    `${Name} fills ${occupancy} pockets. The pair shown has both JAKs free, like ${free} of the ${pairs} receptor pairs in the cell.`,
  cell: {
    pairs: (band, n, pairs, signal) =>
      `Across the cell ${band === 'little'
        ? n === 0 ? `none of the ${pairs} receptor pairs switches on` : `only ${n} of ${pairs} receptor pairs still switch on`
        : `${BAND_EN[band]} of the receptor pairs (${n} of ${pairs}) still switch on`}: ${signal} of the usual signal.`,
    nucleus: (band, dimers, stat, signal) =>
      `Across the cell ${of(dimers, `${stat} dimer`)} ${dimers === 1 ? 'has' : 'have'} reached the nucleus, ${band === 'little' ? 'far fewer than usual' : `${BAND_EN[band]} of the usual number`} (${signal} of the usual signal).`,
    genes: (band, signal) =>
      `Across the cell the target genes ${band === 'little' ? 'stay close to their usual level' : `change by ${BAND_EN[band]} of the usual amount`} (${signal} of the usual signal).`,
    held: (gene, share) => `${gene}, which the signal keeps expressed, is held at ${share} of its usual level.`,
    feedback: (band) =>
      band === 'little' ? 'With little signal, little SOCS is made.' : `SOCS is made in step with the signal: ${BAND_EN[band]} of the usual amount.`,
  },
  pair: {
    'jak-activation': (jaks, name, filled) =>
      `Normally ${jaks} would pass phosphates to each other from ATP. In the pair shown, ${name} sits in the ATP pocket of ${filled}, so ATP is kept out and this pair’s JAKs are not switched on.`,
    partner: (free, plugged) =>
      `${free} can still put a phosphate on the drug-bound ${plugged}, but in this model a pair signals only when both of its JAKs are free.`,
    'receptor-phosphorylation': (stat) =>
      `In the pair shown, the JAKs are not switched on, so this receptor’s tail is not phosphorylated and offers ${stat} nowhere to dock.`,
    'stat-docking': (stat) => `In the pair shown, ${stat} finds no phosphotyrosine to grip, so it stays free in the cytoplasm.`,
    'stat-phosphorylation': (stat) => `In the pair shown, ${stat} is not docked next to an active JAK, so it is not phosphorylated.`,
    dimerization: (stat) => `In the pair shown, without a phosphate to hold each other by, the two ${stat} stay apart.`,
    'nuclear-import': (stat) => `No ${stat} dimer formed at the pair shown, so nothing from this pair enters the nucleus.`,
    'dna-binding': (stat) => `No ${stat} dimer from the pair shown reaches the GAS motif.`,
    transcription: () => 'The pair shown adds nothing to the change in the target genes.',
    'negative-feedback': () => 'The pair shown sent no signal, so no SOCS binds its JAKs here.',
  },
  reversible: 'The block is reversible: as the drug wears off, ATP can bind again and signalling returns.',
  routeLabel: (route) => (route === 'oral' ? 'Blood vessel' : 'Skin cream'),
  formulations: ['cream'],
};

/**
 * The receptor chain of a scene that dupilumab binds (IL-4Rα), if the scene has it: only then may the
 * narration name dupilumab as the drug that blocks from outside (S42, S77).
 */
export function dupilumabTarget(scene: Scene): string | undefined {
  return scene.receptor.chains.find((chain) => /^il-?4r(a|α|alpha)$/i.test(chain.id) || /^IL-4R(α|A)$/.test(chain.label))?.label;
}

/** Narrates one step of a scene under a treatment, from the step's facts. */
export type TreatmentNarrator = (step: SceneStep, index: number, facts: StepFacts) => TreatedNarration;

/** A narrator for a scene under a treatment. */
export function treatmentNarrator(scene: Scene, treatment: Treatment, p: TreatmentPhrases = TREATMENT_EN): TreatmentNarrator {
  const { drug, simulation } = treatment;
  // Lower case inside a sentence, capitalised at its start.
  const name = genericDrugName(drug.name, p.formulations);
  const Name = name.charAt(0).toUpperCase() + name.slice(1);
  const stat = scene.stat.label;
  const chains = scene.receptor.chains;
  const jakNames = chains.map((chain) => chain.jak.name);
  const pct = (fraction: number) => percentWords(fraction, p.under1);
  const occupancyText = p.and(
    [...new Set(jakNames)].map((jak) => {
      const info = simulation.jaks[jak];
      if (info?.certainty === 'not-established') return p.notEstablished(jak);
      return p.occupancy(pct(info?.occupancy ?? 0), jak, info?.certainty ?? 'exact');
    }),
  );
  const signal = p.signalWords(simulation.signalBound, pct(simulation.signal));
  const band = bandOf(simulation.signal);
  const caveats = [
    ...(simulation.signalBound === 'about' ? [] : [p.boundNote(simulation.signalBound)]),
    ...(simulation.assumed ? [p.assumption] : []),
  ];
  // Every percentage shown comes from the potency figures of the JAKs in this scene: cite them with it.
  const potency = [...new Set(jakNames.flatMap((jak) => drug.potency[jak].sources))];
  const mechanism = [...new Set([...drug.mechanism.sources, ...potency])];
  const arrival = drug.route === 'oral' ? p.arrivalOral(Name) : p.arrivalTopical(Name);
  const arrivalSources = drug.route === 'oral' ? drug.dosing.sources : [...drug.dosing.sources, 'S65'];
  const target = dupilumabTarget(scene);
  const firstDependent = scene.steps.findIndex((step) => step.id === simulation.firstBlockedStep);
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

  return (step, index, facts) => {
    const role = roleOf(step);
    const { cell, pair } = facts;
    if (index === 0) {
      return { text: undefined, note: join(arrival, p.exposureFill(treatment.exposure, occupancyText), ...(simulation.assumed ? [p.assumption] : [])), sources: [...arrivalSources, ...mechanism], stopped: false };
    }
    if (firstDependent < 0 || index < firstDependent) {
      return { text: undefined, note: p.outside(Name, target), sources: [...mechanism, 'S42', 'S77'], stopped: false };
    }
    const plugged = chains.filter((chain) => pair.pluggedJaks.includes(chain.jak.id));
    const blocked = plugged.length > 0;
    const cellSentence =
      role === 'nuclear-import' || role === 'dna-binding' ? p.cell.nucleus(band, cell.dimersInNucleus, stat, signal)
        : role === 'transcription' ? transcriptionSentence(scene, p, band, signal, pct(simulation.signal))
          : role === 'negative-feedback' ? join(p.cell.feedback(band), p.reversible)
            : p.cell.pairs(band, cell.signallingPairs, cell.pairs, signal);
    let pairSentence: string | undefined;
    if (blocked && role === 'jak-activation') {
      const free = chains.filter((chain) => !pair.pluggedJaks.includes(chain.jak.id));
      pairSentence = join(
        p.pair['jak-activation'](p.and(jakNames), name, p.and(plugged.map((c) => c.jak.name))),
        free.length === 1 ? p.pair.partner(free[0]!.jak.name, plugged[0]!.jak.name) : undefined,
      );
    } else if (blocked && isPairRole(role)) {
      pairSentence = p.pair[role](stat);
    }
    const note = join(
      index === firstDependent && !blocked ? p.partial(Name, occupancyText, cell.signallingPairs, cell.pairs) : undefined,
      p.signalAcross(signal),
      ...caveats,
    );
    return { text: join(blocked ? pairSentence ?? step.text : step.text, cellSentence), note, sources: mechanism, stopped: blocked };
  };
}

/** The cell at transcription: genes turned up or down change by the signal's band; kept genes are held at the signal's share. */
function transcriptionSentence(scene: Scene, p: TreatmentPhrases, band: Band, signal: string, share: string): string {
  const held = scene.genes.filter((gene) => gene.change === 'kept').map((gene) => p.cell.held(gene.label, share));
  const changing = scene.genes.some((gene) => gene.change !== 'kept');
  return [...(changing ? [p.cell.genes(band, signal)] : []), ...held].join(' ');
}
