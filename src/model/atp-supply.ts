/**
 * The ATP molecules on stage. Each phosphorylation uses one ATP, which gives its phosphate and leaves as ADP.
 * A scene may phosphorylate many times, but the stage has room for only a few ATP per side (one per resting
 * place), so their number is bounded: once every ATP of a side has been used, the one used longest ago comes
 * back as a fresh ATP from the cytoplasm. The number of actors, and so the cost of every frame, stays the
 * same however long the scene is.
 */
import type { ActorDef } from './actor';
import { ATP_REST } from './resting-layout';
import type { Scene } from './scene-schema';

/** At most this many ATP actors per side: one per resting place. */
export const ATP_PER_SIDE = Math.min(ATP_REST[0].length, ATP_REST[1].length);

/**
 * The ATP actors a scene needs, in the order the phosphorylations use them: one per phosphorylation, up to
 * `ATP_PER_SIDE` per side. Each takes the side of the JAK that will use it, so that two ATPs in facing pockets
 * label outward, not onto each other.
 */
export function atpActors(scene: Scene): ActorDef[] {
  const jakSide = new Map(scene.receptor.chains.map((chain, i) => [chain.jak.id, i as 0 | 1]));
  const perSide = [0, 0];
  const atps: ActorDef[] = [];
  for (const step of scene.steps) {
    for (const action of step.actions) {
      if (action.do !== 'phosphorylate') continue;
      const side = jakSide.get(action.by) ?? 0;
      if (perSide[side]! >= ATP_PER_SIDE) continue;
      perSide[side]!++;
      atps.push({ id: `atp-${atps.length + 1}`, kind: 'atp', label: 'ATP', side });
    }
  }
  return atps;
}

/** Hands out a side's ATP actors: unused ones first, then the one used longest ago. */
export class AtpSupply {
  private readonly unused: [string[], string[]] = [[], []];
  private readonly used: [string[], string[]] = [[], []];

  constructor(atps: readonly ActorDef[]) {
    for (const atp of atps) this.unused[atp.side ?? 0].push(atp.id);
  }

  /** The ATP for the next phosphorylation by a JAK on `side`; `reused` when it has been used before. */
  take(side: 0 | 1): { readonly id: string; readonly reused: boolean } {
    const fresh = this.unused[side].shift();
    const id = fresh ?? this.used[side].shift();
    if (id === undefined) throw new Error(`No ATP on side ${side}`);
    this.used[side].push(id);
    return { id, reused: fresh === undefined };
  }
}
