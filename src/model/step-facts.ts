/**
 * What is true at the end of each step, as facts rather than coordinates: the planner works them out from the
 * actions it has run and the treatment, and the narration, describer, live region and checkpoints read them.
 * Nothing here looks at positions, so no sentence built on these facts can drift from the model.
 */
import type { Scene, SceneAction } from './scene-schema';
import { STEP_ROLES, type StepRole } from './step-role';
import { drugActorId, type Treatment } from './treatment';
import { POPULATION_SIZE } from './receptor-population';
import { geneLevel } from './gene-level';

/** Where one STAT of the featured pair is. */
export type StatPlace = 'free' | 'docked' | 'paired' | 'nucleus' | 'dna';

/** One STAT of the featured pair. */
export interface StatFact {
  readonly id: string;
  readonly place: StatPlace;
  /** The chain it is docked on (place `docked`). */
  readonly chain: string | undefined;
  readonly phosphorylated: boolean;
}

/** The featured receptor pair on stage (the population's typical case). */
export interface PairFacts {
  readonly cytokineBound: boolean;
  readonly chainsTogether: boolean;
  /** JAK actor ids carrying a phosphate. */
  readonly phosphorylatedJaks: readonly string[];
  /** JAK actor ids that are active (phosphorylated and not yet damped by SOCS). */
  readonly activeJaks: readonly string[];
  /** JAK actor ids whose ATP pocket holds a drug molecule. */
  readonly pluggedJaks: readonly string[];
  /** Drug molecules on stage (actor ids) that wait unbound: the one brought for each JAK that is not plugged. */
  readonly waitingDrugs: readonly string[];
  /** Chain ids whose tail carries phosphotyrosines. */
  readonly phosphorylatedTails: readonly string[];
  readonly stats: readonly StatFact[];
  /** The JAK a SOCS protein has bound, if any. */
  readonly socsOn: string | undefined;
}

/** The whole cell's receptor population (see receptor-population.ts). */
export interface CellFacts {
  /** Whether a drug is present. */
  readonly treated: boolean;
  readonly pairs: number;
  /** Pairs with the drug in at least one JAK pocket. */
  readonly pluggedPairs: number;
  /** Pairs with both JAKs free: they signal. */
  readonly signallingPairs: number;
  /** Pathway output relative to no drug, 0 … 1. */
  readonly signal: number;
  /** Whether nuclear import has happened (this step's role is at or after it). */
  readonly imported: boolean;
  /** STAT dimers in the nucleus across the cell: one per signalling pair, from nuclear import on; 0 before. */
  readonly dimersInNucleus: number;
  /** Each gene's change once transcription has run (see gene-level.ts), else 0. */
  readonly genes: readonly { readonly id: string; readonly value: number }[];
}

/** Everything true at the end of one step. */
export interface StepFacts {
  readonly role: StepRole | undefined;
  readonly pair: PairFacts;
  readonly cell: CellFacts;
}

const at = (role: StepRole | undefined, from: StepRole) =>
  role !== undefined && STEP_ROLES.indexOf(role) >= STEP_ROLES.indexOf(from);

/**
 * Keeps the facts of a scene as the planner runs its actions, step by step. Each action changes the facts the
 * same way it moves the actors: where the featured pair is blocked (`blocked`), nothing that needs an active
 * JAK happens.
 */
export class FactsTracker {
  private cytokineBound = false;
  private chainsTogether: boolean;
  private readonly phosphorylated = new Set<string>();
  private readonly active = new Set<string>();
  private readonly tails = new Set<string>();
  private readonly stats = new Map<string, { place: StatPlace; chain: string | undefined; phosphorylated: boolean }>();
  private readonly genes = new Map<string, number>();
  private socsOn: string | undefined;
  private nuclear = false;

  constructor(private readonly scene: Scene, private readonly treatment: Treatment | undefined) {
    this.chainsTogether = scene.receptor.preassembled;
    for (const id of scene.stat.ids) this.stats.set(id, { place: 'free', chain: undefined, phosphorylated: false });
    for (const gene of scene.genes) this.genes.set(gene.id, 0);
  }

  /** Applies one action; `blocked` says whether the drug stops the featured pair at this point. */
  apply(action: SceneAction, blocked: boolean): void {
    const needsJak = action.do !== 'bind' && action.do !== 'assemble' && action.do !== 'shift' && action.do !== 'express';
    if (blocked && needsJak) return;
    switch (action.do) {
      case 'bind': this.cytokineBound = true; break;
      case 'assemble': case 'shift': this.chainsTogether = true; break;
      case 'phosphorylate': {
        const stat = this.stats.get(action.actor);
        if (stat) stat.phosphorylated = true;
        else if (this.scene.receptor.chains.some((c) => c.jak.id === action.actor)) {
          this.phosphorylated.add(action.actor);
          this.active.add(action.actor);
        } else this.tails.add(action.actor);
        break;
      }
      case 'dock': this.stats.set(action.actor, { ...this.stats.get(action.actor)!, place: 'docked', chain: action.to }); break;
      case 'dimerize': this.place(action.actors, 'paired'); break;
      case 'enter-nucleus': this.place(action.actors, 'nucleus'); break;
      case 'bind-dna': this.place(action.actors, 'dna'); break;
      case 'express': {
        const gene = this.scene.genes.find((g) => g.id === action.actor);
        if (gene) this.genes.set(gene.id, geneLevel(gene.change, this.treatment?.simulation.signal ?? 1));
        break;
      }
      case 'feedback': this.socsOn = action.on; this.active.clear(); break;
    }
  }

  private place(ids: readonly string[], place: StatPlace): void {
    for (const id of ids) this.stats.set(id, { ...this.stats.get(id)!, place, chain: undefined });
  }

  /** The facts at the end of a step with this role. Nuclear import counts dimers across the cell from then on. */
  snapshot(role: StepRole | undefined): StepFacts {
    if (at(role, 'nuclear-import')) this.nuclear = true;
    const t = this.treatment;
    const jaks = this.scene.receptor.chains.map((c) => c.jak.id);
    const plugged = jaks.filter((id) => t?.boundJaks.has(id));
    const population = t?.population;
    const pairs = population?.count ?? POPULATION_SIZE;
    const signallingPairs = population?.signallingPairs ?? pairs;
    return {
      role,
      pair: {
        cytokineBound: this.cytokineBound,
        chainsTogether: this.chainsTogether,
        phosphorylatedJaks: jaks.filter((id) => this.phosphorylated.has(id)),
        activeJaks: jaks.filter((id) => this.active.has(id)),
        pluggedJaks: plugged,
        waitingDrugs: t ? jaks.filter((id) => !plugged.includes(id)).map(drugActorId) : [],
        phosphorylatedTails: this.scene.receptor.chains.map((c) => c.id).filter((id) => this.tails.has(id)),
        stats: [...this.stats].map(([id, s]) => ({ id, ...s })),
        socsOn: this.socsOn,
      },
      cell: {
        treated: t !== undefined,
        pairs,
        pluggedPairs: population?.pluggedPairs ?? 0,
        signallingPairs,
        signal: t?.simulation.signal ?? 1,
        imported: this.nuclear,
        dimersInNucleus: this.nuclear ? signallingPairs : 0,
        genes: [...this.genes].map(([id, value]) => ({ id, value })),
      },
    };
  }
}
