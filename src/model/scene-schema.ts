/**
 * The scene format: what an author writes in `scenes/*.ts`. Shapes are checked by valibot; cross-references
 * (an action naming an actor, a step citing a source) are checked in load-scene.ts.
 */
import * as v from 'valibot';
import { CELL_KINDS } from './cell-kind';
import { CHAIN_COUNT, MAX_ACTIONS_PER_STEP, MAX_FOCUS_ACTORS, MAX_GENES, MAX_ID_LENGTH, MAX_STEPS } from './data-limits';
import { Id, PlainText, SourceIds } from './schema-fields';
import { STEP_ROLES } from './step-role';

const Label = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(40, 'must be at most 40 characters'));

const JakName = v.picklist(['JAK1', 'JAK2', 'JAK3', 'TYK2'], 'must be one of JAK1, JAK2, JAK3, TYK2');

const ChainSchema = v.strictObject({
  id: Id,
  label: Label,
  jak: v.strictObject({ id: Id, name: JakName }),
});

const GeneSchema = v.strictObject({
  id: Id,
  label: Label,
  /** `kept`: the pathway keeps the gene expressed (it falls only when the signal does). */
  change: v.picklist(['up', 'down', 'kept'], 'must be "up", "down" or "kept"'),
});

const ActorRef = v.pipe(
  v.string(),
  v.nonEmpty('must name an actor'),
  v.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`),
);
/** Exactly two actors: a third would be silently dropped by a plain tuple. */
const TwoActors = v.strictTuple([ActorRef, ActorRef], 'must name exactly two actors');
const Delay = v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10)));

/** Things that can happen in a step. Each names the actors it moves; the engine knows where they go. */
const ActionSchema = v.variant('do', [
  /** The cytokine arrives and binds a receptor chain's outer domains. */
  v.strictObject({ do: v.literal('bind'), actor: ActorRef, to: ActorRef, delay: Delay }),
  /** Receptor chains (and their JAKs) come together around the bound cytokine. */
  v.strictObject({ do: v.literal('assemble'), actors: TwoActors, delay: Delay }),
  /** A pre-assembled receptor changes shape on binding instead of coming together. */
  v.strictObject({ do: v.literal('shift'), actors: TwoActors, delay: Delay }),
  /** A JAK (`by`) moves a phosphate from ATP onto a target: a JAK, a receptor chain or a STAT. */
  v.strictObject({ do: v.literal('phosphorylate'), actor: ActorRef, by: ActorRef, delay: Delay }),
  /** A STAT docks by its SH2 domain on a phosphorylated receptor chain. */
  v.strictObject({ do: v.literal('dock'), actor: ActorRef, to: ActorRef, delay: Delay }),
  /** Two phosphorylated STATs leave the receptor and pair up. */
  v.strictObject({ do: v.literal('dimerize'), actors: TwoActors, delay: Delay }),
  /** A STAT dimer passes through the nuclear pore. */
  v.strictObject({ do: v.literal('enter-nucleus'), actors: TwoActors, delay: Delay }),
  /** A STAT dimer binds the GAS motif on DNA. */
  v.strictObject({ do: v.literal('bind-dna'), actors: TwoActors, delay: Delay }),
  /** A target gene's expression changes, in the direction the scene gives for it. */
  v.strictObject({ do: v.literal('express'), actor: ActorRef, delay: Delay }),
  /** A SOCS protein is made, binds a JAK and damps the receptor's JAKs. */
  v.strictObject({ do: v.literal('feedback'), actor: ActorRef, on: ActorRef, delay: Delay }),
]);

const StepSchema = v.strictObject({
  /** Defaults to the role; needed only where two steps share a role, or to keep an id translations use. */
  id: v.optional(Id),
  /** What the step stands for in the canonical pathway (see step-role.ts): its typed identity. */
  role: v.picklist(STEP_ROLES, `must be one of ${STEP_ROLES.join(', ')}`),
  title: PlainText(60),
  /** One to three plain sentences a 15-year-old understands. */
  text: PlainText(420),
  /** Source ids (src/model/sources.data.ts, listed in docs/sources.md) behind the step's claims. */
  sources: SourceIds,
  /** What the picture simplifies at this step, said plainly. */
  simplified: v.optional(PlainText(240)),
  /** What happens; defaults to what the role does in this scene (default-actions.ts). Given, it replaces that. */
  actions: v.optional(
    v.pipe(v.array(ActionSchema), v.maxLength(MAX_ACTIONS_PER_STEP, `can have at most ${MAX_ACTIONS_PER_STEP} actions`)),
  ),
  /**
   * Where the camera frames this step; defaults to the actors its actions name (camera.ts). `'whole-cell'` shows
   * the entire stage; `{ actors }` frames those actors.
   */
  focus: v.optional(v.union([
    v.literal('whole-cell'),
    v.strictObject({ actors: v.pipe(v.array(ActorRef), v.minLength(1, 'must name at least one actor'), v.maxLength(MAX_FOCUS_ACTORS, `can name at most ${MAX_FOCUS_ACTORS} actors`)) }),
  ], 'must be "whole-cell" or { actors: [...] }')),
});

/** The whole scene. */
export const SceneSchema = v.strictObject({
  id: Id,
  title: PlainText(80),
  summary: PlainText(240),
  /** The cell the scene is set in: its kind decides how it is drawn. */
  cell: v.strictObject({
    kind: v.picklist(CELL_KINDS, `must be one of ${CELL_KINDS.join(', ')}`),
    label: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(60, 'must be at most 60 characters')),
    sources: SourceIds,
  }),
  cytokine: v.strictObject({ id: Id, label: Label }),
  receptor: v.strictObject({
    name: PlainText(60),
    /** True where the chains sit together before the cytokine arrives (e.g. the IFN-γ receptor). */
    preassembled: v.boolean(),
    chains: v.strictTuple([ChainSchema, ChainSchema], `must be exactly ${CHAIN_COUNT} chains`),
    sources: SourceIds,
  }),
  stat: v.strictObject({
    label: Label,
    /** The one tyrosine the JAK phosphorylates, e.g. "Y641"; left out where no source confirms it. */
    tyrosine: v.optional(v.pipe(v.string(), v.regex(/^Y\d+$/, 'must look like "Y641"'))),
    ids: v.strictTuple([Id, Id], `must be exactly ${CHAIN_COUNT} ids`),
    sources: SourceIds,
  }),
  socs: v.strictObject({ id: Id, label: Label }),
  /** The cytokine's main role in atopic dermatitis, one line (shown in the overview). */
  outcome: v.strictObject({ text: PlainText(120), sources: SourceIds }),
  genes: v.pipe(v.array(GeneSchema), v.minLength(1, 'must list at least one target gene'), v.maxLength(MAX_GENES, `can show at most ${MAX_GENES} genes`)),
  steps: v.pipe(
    v.array(StepSchema),
    v.minLength(2, 'must have at least two steps'),
    v.maxLength(MAX_STEPS, `can have at most ${MAX_STEPS} steps`),
  ),
});

/** A scene as authored (input to validation). */
export type SceneData = v.InferInput<typeof SceneSchema>;
/** A scene whose shape has been checked, as written: steps may still leave out their id and actions. */
export type AuthoredScene = v.InferOutput<typeof SceneSchema>;
export type SceneAction = v.InferOutput<typeof ActionSchema>;
/** A step after loading: every step has its id and its actions, filled in from its role where left out. */
export type SceneStep = Omit<AuthoredScene['steps'][number], 'id' | 'actions'> & { id: string; actions: SceneAction[] };
/** A scene after validation (see load-scene.ts). */
export type Scene = Omit<AuthoredScene, 'steps'> & { steps: SceneStep[] };
export type JakName = v.InferOutput<typeof JakName>;
