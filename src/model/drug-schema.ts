/**
 * The drug format: what `scenes/drugs/*.ts` hold. Every figure and every clinical statement carries the ids of
 * its sources; a potency no cited source confirms is never recorded as a sourced number. It is either "not
 * established" (modelled as no occupancy, which makes the signal an upper bound) or, where the model needs a
 * number to draw the drug at all, an explicit modelling assumption (`assumed`) that is shown as one.
 */
import * as v from 'valibot';
import { Id, PlainText, SourceIds } from './schema-fields';

/** A sourced sentence or two. Limits leave room for languages that run longer than English. */
const Sourced = (max: number) => v.strictObject({ text: PlainText(max), sources: SourceIds });

/**
 * Potency at one JAK, relative to the drug's own JAK1 potency: `ratio` is IC50(JAK) / IC50(JAK1), so 28 means
 * "28 times less potent than at JAK1". `atLeast` marks a lower bound (">340×").
 */
const Potency = v.variant('kind', [
  v.strictObject({
    kind: v.literal('ratio'),
    ratio: v.pipe(v.number(), v.minValue(1, 'must be at least 1 (JAK1 is the reference)')),
    atLeast: v.boolean(),
    /** Which kind of assay the ratio comes from: enzyme and cell assays give different ratios. */
    assay: v.picklist(['enzyme', 'cellular'], 'must be "enzyme" or "cellular"'),
    sources: SourceIds,
  }),
  /**
   * A figure no cited source gives, assumed so the drug can be drawn (e.g. "JAK1 and JAK2 equally hit" for a
   * drug its label calls a JAK1/JAK2 inhibitor). `note` says what is assumed and why; `sources` back the
   * qualitative fact the assumption rests on, not the number.
   */
  v.strictObject({
    kind: v.literal('assumed'),
    ratio: v.pipe(v.number(), v.minValue(1, 'must be at least 1 (JAK1 is the reference)')),
    note: PlainText(200),
    sources: SourceIds,
  }),
  v.strictObject({
    kind: v.literal('not-established'),
    /** What is known qualitatively, e.g. "less potent than at JAK1 and JAK2 (label)". */
    note: PlainText(160),
    sources: SourceIds,
  }),
]);

export const DrugSchema = v.strictObject({
  id: Id,
  name: PlainText(40),
  brand: PlainText(40),
  route: v.picklist(['oral', 'topical'], 'must be "oral" or "topical"'),
  /** Form and frequency, e.g. "Pill, once a day". */
  dosing: Sourced(260),
  /** Who it is approved for, in the US, for atopic dermatitis. */
  approval: Sourced(420),
  mechanism: Sourced(320),
  potency: v.strictObject({ JAK1: Potency, JAK2: Potency, JAK3: Potency, TYK2: Potency }),
  /** What the selectivity figures mean and do not mean. */
  selectivityNote: Sourced(420),
  commonSideEffects: Sourced(420),
  /** The boxed warning in plain words. */
  boxedWarning: Sourced(520),
});

export type DrugData = v.InferInput<typeof DrugSchema>;
export type Drug = v.InferOutput<typeof DrugSchema>;
export type DrugPotency = Drug['potency']['JAK1'];
