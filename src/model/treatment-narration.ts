/**
 * What the narration says when a drug is present: which steps it leaves alone (it acts inside the cell, not on
 * the cytokine or receptor), what it prevents from JAK activation on, and how strong the remaining signal is.
 * Generated from the scene, the drug and the simulation, so it always matches what the stage shows.
 */
import type { Scene, SceneStep } from './scene-schema';
import type { Treatment } from './treatment';

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

/** A list like "JAK1 and TYK2". */
function both(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Narration for every step of a scene under a treatment, by step id. */
export function narrateTreatment(scene: Scene, treatment: Treatment): Map<string, TreatedNarration> {
  const { drug, simulation, blocksStage } = treatment;
  // Generic drug names are common nouns: lower case inside a sentence, capitalised at its start.
  const name = drug.name.replace(/ cream$/i, '').toLowerCase();
  const Name = name.charAt(0).toUpperCase() + name.slice(1);
  const stat = scene.stat.label;
  const jakNames = scene.receptor.chains.map((chain) => chain.jak.name);
  const filled = scene.receptor.chains
    .filter((chain) => treatment.boundJaks.has(chain.jak.id))
    .map((chain) => chain.jak.name);
  const occupancyText = both(
    [...new Set(jakNames)].map((jak) => {
      const info = simulation.jaks[jak];
      if (info?.certainty === 'not-established') return `${jak} (not established)`;
      return `${info?.certainty === 'at-most' ? 'at most ' : 'about '}${percent(info?.occupancy ?? 0)} of ${jak}`;
    }),
  );
  const signal = percent(simulation.signal);
  // Every percentage shown comes from the potency figures of the JAKs in this scene: cite them with it.
  const potency = [...new Set(jakNames.flatMap((jak) => drug.potency[jak].sources))];
  const mechanism = [...new Set([...drug.mechanism.sources, ...potency])];
  const outsideNote = `${Name} does not stop this: it works inside the cell, in the JAKs, not on the cytokine or its receptor. Blocking from outside is what antibody drugs such as dupilumab do.`;
  const arrival = drug.route === 'oral'
    ? `${Name}, taken as a pill, reaches the cell from the blood and slips inside.`
    : `${Name}, a cream, soaks in from the skin surface and slips inside the cell.`;
  const arrivalSources = drug.route === 'oral' ? drug.dosing.sources : [...drug.dosing.sources, 'S65'];

  const blocked: Record<string, string> = {
    'jak-activation': `Normally ${both(jakNames)} would pass phosphates to each other from ATP. With ${name} sitting in the ATP pocket of ${both(filled)}, ATP cannot bind, so no phosphate is passed on and the JAKs stay off.`,
    'receptor-phosphorylation': 'With the JAKs switched off, the receptor tail gets no phosphates, so no docking sites appear.',
    'stat-docking': `${stat} finds no phosphotyrosine to grip, so it stays free in the cytoplasm.`,
    'stat-phosphorylation': `${stat} is not docked next to an active JAK, so it gets no phosphate.`,
    dimerization: `Without their phosphate, ${stat} proteins do not pair up.`,
    'nuclear-import': `No ${stat} pair has formed, so none enters the nucleus.`,
    'dna-binding': 'The GAS motif stays empty.',
    transcription: `The target genes stay close to their usual level: across the cell, the signal is about ${signal} of what it is without the drug.`,
    'negative-feedback': 'With little signal, little SOCS is made. The block is reversible: as the drug wears off, ATP can bind again and signalling returns.',
  };

  const result = new Map<string, TreatedNarration>();
  let dependent = false;
  scene.steps.forEach((step: SceneStep, index) => {
    if (step.id === simulation.firstBlockedStep) dependent = true;
    if (index === 0) {
      result.set(step.id, {
        text: undefined,
        note: `${arrival} At this exposure (${treatment.exposure}× its JAK1 IC50) it fills ${occupancyText} pockets.`,
        sources: [...arrivalSources, ...mechanism],
      });
    } else if (!dependent) {
      result.set(step.id, { text: undefined, note: outsideNote, sources: [...mechanism, 'S42', 'S77'] });
    } else if (blocksStage && blocked[step.id]) {
      result.set(step.id, { text: blocked[step.id], note: `Signal across the cell: about ${signal} of normal.`, sources: mechanism });
    } else {
      const partial = step.id === simulation.firstBlockedStep
        ? `${Name} fills ${occupancyText} pockets. Most receptors still have both JAKs free, so the signal is about ${signal} of normal.`
        : `Signal across the cell: about ${signal} of normal.`;
      result.set(step.id, { text: undefined, note: partial, sources: mechanism });
    }
  });
  return result;
}
