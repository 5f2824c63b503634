/**
 * What each scene action does to the actors on stage: where they go, in what order, and how long it takes.
 * This is where the biology the steps narrate (each step cites its sources) becomes movement; the view never
 * decides any of it.
 */
import type { ActorDef, FrameState } from './actor';
import type { AtpSupply } from './atp-supply';
import type { Choreography } from './choreography';
import { ATP, DNA, JAK, MEMBRANE, PORE, RECEPTOR, SOCS, STAT } from './geometry';
import { chainX, jakCentre } from './resting-layout';
import { geneLevel } from './gene-level';
import type { Scene, SceneAction } from './scene-schema';

/** What the planner remembers between actions: bindings that later movements depend on. */
export interface StageMemory {
  readonly scene: Scene;
  readonly defs: ReadonlyMap<string, ActorDef>;
  /** Receptor chains are together (assembled or pre-assembled). */
  assembled: boolean;
  /** Which chain the cytokine is bound to, if any. */
  cytokineOn: string | undefined;
  /** How many STATs have docked on each chain (each takes the next tyrosine site). */
  readonly docks: Map<string, number>;
  /** Every actor's resting state: where a reused ATP comes back to. */
  readonly resting: FrameState;
  /** The ATP molecules, handed out per side. */
  readonly atp: AtpSupply;
  /** When, in the current step, each ATP used in it finishes moving (cleared at every step). */
  readonly atpBusyUntil: Map<string, number>;
  /** A drug fills a JAK pocket on stage: from JAK activation on, nothing that needs the JAKs happens. */
  jakBlocked: boolean;
  /** Whole-cell pathway output relative to no drug (1 without a drug): scales the genes' change. */
  readonly signal: number;
  /** Drug molecules sitting in a JAK's ATP pocket, by JAK id: they move with their JAK. */
  readonly plugs: Map<string, string>;
}

type Handler<A extends SceneAction> = (action: A, stage: Choreography, memory: StageMemory, at: number) => void;
type HandlerTable = { [K in SceneAction['do']]: Handler<Extract<SceneAction, { do: K }>> };

function sideOf(memory: StageMemory, id: string): 0 | 1 {
  return memory.defs.get(id)?.side ?? 0;
}

function jakOfChain(memory: StageMemory, chainId: string): string {
  const chain = memory.scene.receptor.chains.find((c) => c.id === chainId);
  if (!chain) throw new Error(`No chain "${chainId}"`);
  return chain.jak.id;
}

/** Where a bound cytokine sits: over its chain, or between both chains once assembled. */
function cytokinePlace(memory: StageMemory, chainId: string): { x: number; y: number } {
  const y = MEMBRANE.mid + RECEPTOR.cytokineY;
  if (memory.assembled) return { x: (chainX(0, true) + chainX(1, true)) / 2, y };
  // Before assembly it sits on its chain's inner edge, where the partner chain will join.
  const side = sideOf(memory, chainId);
  return { x: chainX(side, false) + (side === 0 ? 1 : -1) * 18, y };
}

/** Centre of the two STATs of a dimer, relative to a point: side by side, SH2 to tail. */
function dimerPair(x: number, y: number): [{ x: number; y: number }, { x: number; y: number }] {
  const half = STAT.width / 2 - 10;
  return [{ x: x - half, y }, { x: x + half, y }];
}

export const ACTION_HANDLERS: HandlerTable = {
  bind(action, stage, memory, at) {
    memory.cytokineOn = action.to;
    stage.move(action.actor, { ...cytokinePlace(memory, action.to), rotation: 0 }, { at, duration: 1.8, ease: 'power2.inOut' });
    stage.move(action.to, { active: 0.35 }, { at: at + 1.5, duration: 0.5 });
  },

  assemble(action, stage, memory, at) {
    memory.assembled = true;
    for (const chain of action.actors) {
      const side = sideOf(memory, chain);
      const x = chainX(side, true);
      stage.move(chain, { x, active: 0.35 }, { at, duration: 1.6 });
      const jak = jakOfChain(memory, chain);
      const { x: fromX, y: fromY } = stage.state(jak);
      const to = jakCentre(side, x);
      stage.move(jak, to, { at, duration: 1.6 });
      const plug = memory.plugs.get(jak);
      if (plug) {
        const drug = stage.state(plug);
        stage.move(plug, { x: drug.x + to.x - fromX, y: drug.y + to.y - fromY }, { at, duration: 1.6 });
      }
    }
    if (memory.cytokineOn) {
      stage.move(memory.scene.cytokine.id, cytokinePlace(memory, memory.cytokineOn), { at, duration: 1.6 });
    }
  },

  shift(action, stage, _memory, at) {
    // A pre-assembled receptor does not move together; binding twists it into its active shape.
    for (const chain of action.actors) stage.move(chain, { value: 1, active: 0.35 }, { at, duration: 1.2, ease: 'power2.out' });
  },

  phosphorylate(action, stage, memory, start) {
    const side = sideOf(memory, action.by);
    const { id: atp, reused } = memory.atp.take(side);
    const at = reused ? bringBackAtp(atp, stage, memory, start) : start;
    const kinase = stage.state(action.by);
    const pocket = { x: kinase.x + JAK.pocket.x, y: kinase.y + JAK.pocket.y + ATP.radius };
    const away = side === 0 ? -1 : 1;
    if (memory.jakBlocked) {
      // The pocket is taken: ATP comes close, cannot bind, and drifts back. No phosphate moves.
      const rest = { x: stage.state(atp).x, y: stage.state(atp).y };
      stage.move(atp, { x: pocket.x + away * 46, y: pocket.y + 44 }, { at, duration: 1.3, ease: 'power2.out' });
      stage.move(atp, rest, { at: at + 1.5, duration: 1.2, ease: 'power2.inOut' });
      memory.atpBusyUntil.set(atp, at + 2.7);
      return;
    }
    // ATP docks in the JAK's pocket, its last phosphate moves to the target, and ADP leaves.
    const arrive = 1.4;
    stage.move(atp, pocket, { at, duration: arrive, ease: 'power2.out' });
    stage.move(atp, { value: 1 }, { at: at + arrive, duration: 0.5 });
    const targetKind = memory.defs.get(action.actor)?.kind;
    stage.move(action.actor, targetKind === 'jak' ? { phospho: 1, active: 1 } : { phospho: 1 }, { at: at + arrive, duration: 0.5 });
    stage.move(atp, { x: pocket.x + away * 70, y: pocket.y + 80, alpha: 0 }, { at: at + arrive + 0.5, duration: 0.9, ease: 'power2.in' });
    memory.atpBusyUntil.set(atp, at + arrive + 1.4);
  },

  dock(action, stage, memory, at) {
    if (memory.jakBlocked) {
      // No phosphotyrosine to grip: the STAT comes looking and drifts away again.
      const rest = stage.state(action.actor);
      const chain = stage.state(action.to);
      const home = { x: rest.x, y: rest.y };
      stage.move(action.actor, { x: rest.x + (chain.x - rest.x) * 0.35, y: rest.y + 12 }, { at, duration: 1.2, ease: 'power2.out' });
      stage.move(action.actor, home, { at: at + 1.4, duration: 1.2 });
      return;
    }
    const site = memory.docks.get(action.to) ?? 0;
    memory.docks.set(action.to, site + 1);
    const chain = stage.state(action.to);
    const side = sideOf(memory, action.to);
    const y = MEMBRANE.mid + RECEPTOR.tyrosineY[Math.min(site, RECEPTOR.tyrosineY.length - 1)]!;
    // The STAT turns its SH2 domain toward the chain's phosphotyrosine as it docks.
    const docked = { x: chain.x + (side === 0 ? -STAT.dockOffsetX : STAT.dockOffsetX), y, rotation: 0, value: side };
    stage.move(action.actor, docked, { at, duration: 1.5, ease: 'power2.out' });
  },

  dimerize(action, stage, memory, at) {
    if (memory.jakBlocked) return;
    for (const chain of memory.docks.keys()) memory.docks.set(chain, 0);
    const [a, b] = dimerPair((chainX(0, true) + chainX(1, true)) / 2, MEMBRANE.mid + RECEPTOR.tailBottom + 44);
    // Face to face: each STAT's SH2 domain holds the other's phosphotyrosine.
    stage.move(action.actors[0], { ...a, rotation: 0, active: 1, value: 0 }, { at, duration: 1.6 });
    stage.move(action.actors[1], { ...b, rotation: 0, active: 1, value: 1 }, { at, duration: 1.6 });
  },

  'enter-nucleus'(action, stage, memory, at) {
    if (memory.jakBlocked) return;
    // Approach the pore, shrink to pass through it, then settle inside the nucleus.
    const above = dimerPair(PORE.x, PORE.y - 44);
    const inside = dimerPair(PORE.x + 20, PORE.y + 52);
    action.actors.forEach((id, i) => {
      stage.move(id, { ...above[i]! }, { at, duration: 1.3 });
      stage.move(id, { ...inside[i]!, scale: 0.92 }, { at: at + 1.3, duration: 1.1, ease: 'power1.inOut' });
    });
  },

  'bind-dna'(action, stage, memory, at) {
    if (memory.jakBlocked) return;
    const onGas = dimerPair(DNA.gasX, DNA.y - STAT.height / 2 - 4);
    action.actors.forEach((id, i) => stage.move(id, { ...onGas[i]!, scale: 1 }, { at, duration: 1.4, ease: 'power2.out' }));
  },

  express(action, stage, memory, at) {
    const gene = memory.defs.get(action.actor);
    // The change is as strong as the whole cell's signal: partial inhibition shows as a smaller change.
    const size = memory.signal;
    stage.move(action.actor, { value: geneLevel(gene?.change ?? 'up', size), active: size }, { at, duration: 1.4 });
  },

  feedback(action, stage, memory, at) {
    if (memory.jakBlocked) return;
    const jak = stage.state(action.on);
    // SOCS is made in response to the signal, then binds the JAK and damps both JAKs of the receptor.
    stage.move(action.actor, { alpha: 1, scale: 1 }, { at, duration: 0.7, ease: 'back.out(1.4)' });
    stage.move(action.actor, { x: jak.x, y: jak.y + JAK.height / 2 + SOCS.height / 2 + 2 }, { at: at + 0.7, duration: 1.5 });
    for (const chain of memory.scene.receptor.chains) {
      stage.move(chain.jak.id, { active: 0.1 }, { at: at + 2.0, duration: 0.8 });
      stage.move(chain.id, { active: 0 }, { at: at + 2.0, duration: 0.8 });
    }
  },
};

/**
 * A used ATP comes back as a fresh one: unseen, it returns to its resting place as ATP again, then fades in.
 * It starts once its earlier use in this step is over. Returns when it is ready to move to a pocket.
 */
function bringBackAtp(atp: string, stage: Choreography, memory: StageMemory, at: number): number {
  const from = Math.max(at, memory.atpBusyUntil.get(atp) ?? 0);
  if (stage.state(atp).alpha >= 1) return from; // never left (its JAK was blocked): back at rest when free
  const rest = memory.resting[atp]!;
  stage.move(atp, { x: rest.x, y: rest.y, value: 0 }, { at: from, duration: 0.3, ease: 'none' });
  stage.move(atp, { alpha: 1 }, { at: from + 0.3, duration: 0.4 });
  return from + 0.7;
}

/** Runs one action, starting `at` seconds into the step (plus the action's own delay). */
export function runAction(action: SceneAction, stage: Choreography, memory: StageMemory, at: number): void {
  const handler = ACTION_HANDLERS[action.do] as Handler<SceneAction>;
  handler(action, stage, memory, at + (action.delay ?? 0));
}
