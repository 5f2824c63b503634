/**
 * The describer (PhET's idea): turns a step's facts (step-facts.ts) into words for screen readers, so the text
 * description says what the model says, never re-derived from positions. One sentence per fact, each once,
 * and, compared with the step before, what changed.
 */
import type { GeneChange } from './gene-level';
import { bandOf, percentWords, type Band } from './signal-band';
import { BAND_EN } from './treatment-narration';
import type { StatFact, StepFacts } from './step-facts';
import type { FocusPlace, StepFocus } from './camera';

/** The words the describer uses; one object per language. */
export interface DescriberPhrases {
  cytokineOutside(cytokine: string): string;
  cytokineBound(cytokine: string): string;
  receptorApart(a: string, b: string): string;
  receptorTogether(a: string, b: string): string;
  jakState(jak: string, chain: string, phosphorylated: boolean, active: boolean): string;
  /** `Drug` is capitalised: it starts the sentence. */
  drugInPocket(Drug: string, jak: string): string;
  /** `count` unbound molecules of the drug; `another` when one more of it sits in a pocket. */
  drugWaiting(drug: string, count: number, another: boolean): string;
  receptorPhosphorylated(chain: string): string;
  /** `count` (1 or 2) STATs share this state. */
  statFree(stat: string, count: number, phosphorylated: boolean): string;
  statDocked(stat: string, count: number, chain: string, phosphorylated: boolean): string;
  statPaired(stat: string, inNucleus: boolean): string;
  statOnDna(stat: string): string;
  /** A gene's change; `band` grades it under a drug (undefined: the full, untreated change). */
  geneChange(gene: string, change: 'up' | 'down' | 'baseline', band: Band | undefined): string;
  /** A gene the pathway keeps expressed, held at a share (0 … 1) of its usual level. */
  geneHeld(gene: string, share: number): string;
  socsBound(socs: string, jak: string): string;
  /** The cell's receptor pairs under a drug. */
  population(plugged: number, pairs: number, signalling: number): string;
  /** STAT dimers in the nucleus across the cell. */
  dimers(count: number, stat: string): string;
  changed(list: string): string;
  nothingChanged: string;
  /** What the camera frames: a list of names and places (see camera.ts). */
  inView(items: readonly string[]): string;
  inViewWhole: string;
  places: Readonly<Record<FocusPlace, string>>;
  join(items: readonly string[]): string;
}

const NUMBER_EN = ['No', 'One', 'Two'];

/** English phrases. */
export const DESCRIBER_EN: DescriberPhrases = {
  cytokineOutside: (c) => `${c} is outside the cell.`,
  cytokineBound: (c) => `${c} is bound to the receptor on the cell surface.`,
  receptorApart: (a, b) => `The receptor chains ${a} and ${b} sit apart in the membrane.`,
  receptorTogether: (a, b) => `The receptor chains ${a} and ${b} are together.`,
  jakState: (jak, chain, p, active) =>
    `${jak} sits on the tail of ${chain}${p ? ', phosphorylated' : ''}${active ? ' and active' : ''}.`,
  drugInPocket: (Drug, jak) => `${Drug} fills the ATP pocket of ${jak}.`,
  drugWaiting: (drug, n, another) =>
    n === 1
      ? `${another ? 'One more' : 'One'} ${drug} molecule waits unbound in the cytoplasm.`
      : `${NUMBER_EN[n] ?? n} ${drug} molecules wait unbound in the cytoplasm.`,
  receptorPhosphorylated: (chain) => `The tail of ${chain} carries phosphates.`,
  statFree: (stat, n, p) => `${n === 2 ? `Both ${stat} are` : `A ${stat} is`} free in the cytoplasm${p ? ', phosphorylated' : ''}.`,
  statDocked: (stat, n, chain, p) => `${n === 2 ? `Both ${stat} are` : `A ${stat} is`} docked on ${chain}${p ? ', phosphorylated' : ''}.`,
  statPaired: (stat, inNucleus) => `Two ${stat} form a pair ${inNucleus ? 'inside the nucleus' : 'in the cytoplasm'}.`,
  statOnDna: (stat) => `The ${stat} pair is bound to the GAS motif on the DNA.`,
  geneHeld: (gene, share) => `${gene} is held at ${percentWords(share)} of its usual level.`,
  geneChange: (gene, change, band) =>
    change === 'baseline' ? `${gene} is at its usual level.`
      : band === 'little' ? `${gene} barely changes.`
        : `${gene} is turned ${change}${band && band !== 'almost-all' ? `, by ${BAND_EN[band]} of the usual amount` : ''}.`,
  socsBound: (socs, jak) => `${socs} is bound next to ${jak}.`,
  population: (plugged, pairs, signalling) =>
    `${plugged} of ${pairs} receptor pairs ${plugged === 1 ? 'has' : 'have'} the drug in a JAK pocket; ${signalling} still signal${signalling === 1 ? 's' : ''}.`,
  dimers: (n, stat) =>
    n === 0 ? `No ${stat} dimer has reached the nucleus across the cell.`
      : `${n} ${stat} ${n === 1 ? 'dimer has' : 'dimers have'} reached the nucleus across the cell.`,
  changed: (list) => `Changed: ${list}`,
  nothingChanged: 'Nothing moved in this step.',
  inView: (items) => `In view: ${items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items[0] ?? ''}.`,
  inViewWhole: 'In view: the whole cell.',
  places: { pore: 'the nuclear pore', dna: 'the GAS motif on the DNA' },
  join: (items) => items.join(' '),
};

/** The names the describer needs, in the language of the plan. */
export interface DescribedScene {
  readonly cytokine: string;
  readonly chains: readonly { readonly id: string; readonly label: string; readonly jak: string; readonly jakLabel: string }[];
  readonly stat: string;
  readonly socs: string;
  readonly genes: readonly { readonly id: string; readonly label: string; readonly change: GeneChange }[];
  /** The drug's name mid-sentence (lower case), if a drug is present. */
  readonly drug: string | undefined;
  /** Every actor's on-stage name, by id (for what is in view). */
  readonly names: ReadonlyMap<string, string>;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Sentences describing one step's facts, one per fact, each once, in a stable order (so two steps can be compared). */
export function describeFacts(scene: DescribedScene, facts: StepFacts, phrases: DescriberPhrases): string[] {
  const { pair, cell } = facts;
  const out: string[] = [];
  const chainLabel = (id: string | undefined) => scene.chains.find((c) => c.id === id)?.label ?? '';
  const jakLabel = (id: string) => scene.chains.find((c) => c.jak === id)?.jakLabel ?? id;
  const [a, b] = scene.chains;
  out.push((pair.cytokineBound ? phrases.cytokineBound : phrases.cytokineOutside)(scene.cytokine));
  if (a && b) out.push((pair.chainsTogether ? phrases.receptorTogether : phrases.receptorApart)(a.label, b.label));
  for (const c of scene.chains) out.push(phrases.jakState(c.jakLabel, c.label, pair.phosphorylatedJaks.includes(c.jak), pair.activeJaks.includes(c.jak)));
  if (scene.drug) {
    for (const jak of pair.pluggedJaks) out.push(phrases.drugInPocket(capital(scene.drug), jakLabel(jak)));
    if (pair.waitingDrugs.length) out.push(phrases.drugWaiting(scene.drug, pair.waitingDrugs.length, pair.pluggedJaks.length > 0));
  }
  for (const chain of pair.phosphorylatedTails) out.push(phrases.receptorPhosphorylated(chainLabel(chain)));
  out.push(...describeStats(scene, pair.stats, phrases));
  for (const gene of scene.genes) {
    const value = cell.genes.find((g) => g.id === gene.id)?.value ?? 0;
    // A gene the pathway keeps expressed is said as the share of its usual level it keeps.
    if (gene.change === 'kept' && value !== 0) out.push(phrases.geneHeld(gene.label, 1 + value));
    else out.push(phrases.geneChange(gene.label, value === 0 ? 'baseline' : value > 0 ? 'up' : 'down', cell.treated ? bandOf(Math.abs(value)) : undefined));
  }
  if (pair.socsOn) out.push(phrases.socsBound(scene.socs, jakLabel(pair.socsOn)));
  if (cell.treated) {
    out.push(phrases.population(cell.pluggedPairs, cell.pairs, cell.signallingPairs));
    if (cell.imported) {
      out.push(phrases.dimers(cell.dimersInNucleus, scene.stat));
    }
  }
  return [...new Set(out.map(capital))];
}

/** The STATs, grouped: two in the same state make one sentence. */
function describeStats(scene: DescribedScene, stats: readonly StatFact[], phrases: DescriberPhrases): string[] {
  const groups = new Map<string, StatFact[]>();
  for (const s of stats) {
    const key = `${s.place}|${s.chain ?? ''}|${s.phosphorylated}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].map((group) => {
    const s = group[0]!;
    const chain = scene.chains.find((c) => c.id === s.chain)?.label ?? '';
    switch (s.place) {
      case 'free': return phrases.statFree(scene.stat, group.length, s.phosphorylated);
      case 'docked': return phrases.statDocked(scene.stat, group.length, chain, s.phosphorylated);
      case 'paired': return phrases.statPaired(scene.stat, false);
      case 'nucleus': return phrases.statPaired(scene.stat, true);
      case 'dna': return phrases.statOnDna(scene.stat);
    }
  });
}

/** The full description of a step's end: what is true, then what changed since the step before. */
export function describeStep(
  scene: DescribedScene,
  facts: StepFacts,
  previous: StepFacts | undefined,
  phrases: DescriberPhrases = DESCRIBER_EN,
): { now: string; changed: string } {
  const now = describeFacts(scene, facts, phrases);
  const before = previous ? new Set(describeFacts(scene, previous, phrases)) : new Set<string>();
  const fresh = now.filter((fact) => !before.has(fact));
  return {
    now: phrases.join(now),
    changed: previous ? (fresh.length ? phrases.changed(phrases.join(fresh)) : phrases.nothingChanged) : '',
  };
}

/** What the camera frames at a step's focus, in words: its actors' names (each once) and places, or the whole cell. */
export function describeView(scene: DescribedScene, focus: StepFocus, phrases: DescriberPhrases = DESCRIBER_EN): string {
  if (focus.whole) return phrases.inViewWhole;
  const names = focus.actors.map((id) => scene.names.get(id)).filter((name): name is string => name !== undefined);
  return phrases.inView([...new Set(names), ...focus.places.map((place) => phrases.places[place])]);
}
