/**
 * The describer (PhET's idea): turns actor states into words for screen readers, so the text description of
 * the stage is generated from the same model state the picture is drawn from, never typed twice. It says
 * where each molecule is and, compared with the step before, what changed.
 */
import type { ActorDef, ActorState, FrameState } from './actor';
import { CHAIN_X, MEMBRANE, nucleusTopAt, RECEPTOR } from './geometry';

/** The words the describer uses; one object per language. `{a}`-style slots are filled in order. */
export interface DescriberPhrases {
  cytokineOutside(cytokine: string): string;
  cytokineBound(cytokine: string): string;
  receptorApart(a: string, b: string): string;
  receptorTogether(a: string, b: string): string;
  jakState(jak: string, chain: string, phosphorylated: boolean, active: boolean): string;
  drugInPocket(drug: string, jak: string): string;
  drugNearby(drug: string): string;
  receptorPhosphorylated(chain: string): string;
  statFree(stat: string, phosphorylated: boolean): string;
  statDocked(stat: string, chain: string, phosphorylated: boolean): string;
  statPaired(stat: string, inNucleus: boolean): string;
  statOnDna(stat: string): string;
  geneChange(gene: string, change: 'up' | 'down' | 'baseline'): string;
  socsBound(socs: string, jak: string): string;
  changed(list: string): string;
  nothingChanged: string;
  join(items: readonly string[]): string;
}

/** English phrases. */
export const DESCRIBER_EN: DescriberPhrases = {
  cytokineOutside: (c) => `${c} is outside the cell.`,
  cytokineBound: (c) => `${c} is bound to the receptor on the cell surface.`,
  receptorApart: (a, b) => `The receptor chains ${a} and ${b} sit apart in the membrane.`,
  receptorTogether: (a, b) => `The receptor chains ${a} and ${b} are together.`,
  jakState: (jak, chain, p, active) =>
    `${jak} sits on the tail of ${chain}${p ? ', phosphorylated' : ''}${active ? ' and active' : ''}.`,
  drugInPocket: (drug, jak) => `${drug} fills the ATP pocket of ${jak}.`,
  drugNearby: (drug) => `${drug} is inside the cell, not in a pocket.`,
  receptorPhosphorylated: (chain) => `The tail of ${chain} carries phosphates.`,
  statFree: (stat, p) => `A ${stat} is free in the cytoplasm${p ? ', phosphorylated' : ''}.`,
  statDocked: (stat, chain, p) => `A ${stat} is docked on ${chain}${p ? ', phosphorylated' : ''}.`,
  statPaired: (stat, inNucleus) => `Two ${stat} form a pair ${inNucleus ? 'inside the nucleus' : 'in the cytoplasm'}.`,
  statOnDna: (stat) => `The ${stat} pair is bound to the GAS motif on the DNA.`,
  geneChange: (gene, change) =>
    change === 'baseline' ? `${gene} is at its usual level.` : `${gene} is turned ${change}.`,
  socsBound: (socs, jak) => `${socs} is bound next to ${jak}.`,
  changed: (list) => `Changed: ${list}`,
  nothingChanged: 'Nothing moved in this step.',
  join: (items) => items.join(' '),
};

/** Everything the describer needs to know about the scene's actors. */
export interface DescribedScene {
  readonly actors: readonly ActorDef[];
  /** Chain id of each JAK (by JAK id) and label of each chain (by chain id). */
  readonly jakChain: ReadonlyMap<string, string>;
}

/** Sentences describing one frame, one per fact, in a stable order (so two frames can be compared). */
export function describeFacts(scene: DescribedScene, frame: FrameState, phrases: DescriberPhrases): string[] {
  const facts: string[] = [];
  const byKind = (kind: ActorDef['kind']) => scene.actors.filter((a) => a.kind === kind);
  const state = (id: string): ActorState | undefined => (Object.hasOwn(frame, id) ? frame[id] : undefined);
  const label = (id: string) => scene.actors.find((a) => a.id === id)?.label ?? id;
  const visible = (s: ActorState | undefined) => !!s && s.alpha > 0.5;
  const receptors = byKind('receptor');
  const chains = receptors.map((r) => ({ def: r, s: state(r.id) }));

  for (const cytokine of byKind('cytokine')) {
    const s = state(cytokine.id);
    if (!visible(s)) continue;
    const bound = Math.abs(s!.y - (MEMBRANE.mid + RECEPTOR.cytokineY)) < 4;
    facts.push(bound ? phrases.cytokineBound(cytokine.label) : phrases.cytokineOutside(cytokine.label));
  }
  if (chains.length === 2 && chains.every((c) => visible(c.s))) {
    const together = Math.abs(chains[1]!.s!.x - chains[0]!.s!.x) <= CHAIN_X.together[1] - CHAIN_X.together[0] + 1;
    facts.push((together ? phrases.receptorTogether : phrases.receptorApart)(chains[0]!.def.label, chains[1]!.def.label));
  }
  for (const jak of byKind('jak')) {
    const s = state(jak.id);
    if (!visible(s)) continue;
    facts.push(phrases.jakState(jak.label, label(scene.jakChain.get(jak.id) ?? ''), s!.phospho > 0.5, s!.active > 0.5));
  }
  for (const drug of byKind('drug')) {
    const s = state(drug.id);
    if (!visible(s)) continue;
    const jak = byKind('jak').find((j) => {
      const js = state(j.id);
      return js && Math.hypot(js.x - s!.x, js.y - s!.y) < 60;
    });
    facts.push(jak && s!.active > 0.5 ? phrases.drugInPocket(drug.label, jak.label) : phrases.drugNearby(drug.label));
  }
  for (const chain of chains) if (chain.s && chain.s.phospho > 0.5) facts.push(phrases.receptorPhosphorylated(chain.def.label));

  const stats = byKind('stat').map((def) => ({ def, s: state(def.id) })).filter((st) => visible(st.s));
  const inNucleus = (s: ActorState) => s.y > nucleusTopAt(s.x);
  // A pair sits side by side at one height; two STATs docked on one tail are stacked, not paired.
  const paired = stats.length === 2 && Math.abs(stats[0]!.s!.y - stats[1]!.s!.y) < 6 && Math.abs(stats[0]!.s!.x - stats[1]!.s!.x) < 130;
  if (paired) {
    const onDna = stats.every((st) => inNucleus(st.s!)) && stats[0]!.s!.y > 620;
    facts.push(onDna ? phrases.statOnDna(stats[0]!.def.label) : phrases.statPaired(stats[0]!.def.label, inNucleus(stats[0]!.s!)));
  } else {
    for (const { def, s } of stats) {
      const dockedOn = chains.find((c) => c.s && Math.abs(c.s.x - s!.x) < 90 && s!.y > MEMBRANE.bottom && s!.y < MEMBRANE.mid + RECEPTOR.tailBottom);
      facts.push(dockedOn ? phrases.statDocked(def.label, dockedOn.def.label, s!.phospho > 0.5) : phrases.statFree(def.label, s!.phospho > 0.5));
    }
  }
  for (const gene of byKind('gene')) {
    const s = state(gene.id);
    if (!s) continue;
    facts.push(phrases.geneChange(gene.label, s.value > 0.05 ? 'up' : s.value < -0.05 ? 'down' : 'baseline'));
  }
  for (const socs of byKind('socs')) {
    const s = state(socs.id);
    if (!visible(s)) continue;
    const jak = byKind('jak').find((j) => {
      const js = state(j.id);
      return js && Math.hypot(js.x - s!.x, js.y - s!.y) < 110;
    });
    if (jak) facts.push(phrases.socsBound(socs.label, jak.label));
  }
  return facts;
}

/** The full description of a step's end: what is where, then what changed since the step before. */
export function describeStep(
  scene: DescribedScene,
  frame: FrameState,
  previous: FrameState | undefined,
  phrases: DescriberPhrases = DESCRIBER_EN,
): { now: string; changed: string } {
  const facts = describeFacts(scene, frame, phrases);
  const before = previous ? new Set(describeFacts(scene, previous, phrases)) : new Set<string>();
  const fresh = facts.filter((fact) => !before.has(fact));
  return {
    now: phrases.join(facts),
    changed: previous ? (fresh.length ? phrases.changed(phrases.join(fresh)) : phrases.nothingChanged) : '',
  };
}
