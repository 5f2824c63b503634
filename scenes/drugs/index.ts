/** The drug registry: the three JAK inhibitors approved in the US for atopic dermatitis, by id. */
import type { DrugData } from '../../src/model/drug-schema';
import { abrocitinib } from './abrocitinib';
import { ruxolitinib } from './ruxolitinib';
import { upadacitinib } from './upadacitinib';

/**
 * Drugs by id, in the order the app lists them. It has no prototype, so `DRUGS.constructor` is undefined; still,
 * look drugs up with `drugDataById`.
 */
export const DRUGS: Readonly<Record<string, DrugData>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, DrugData>, { abrocitinib, upadacitinib, ruxolitinib }),
);

/** The registered drug with this id, or undefined (also for `none`): never a member of Object.prototype. */
export function drugDataById(id: string): DrugData | undefined {
  return Object.hasOwn(DRUGS, id) ? DRUGS[id] : undefined;
}

/** The `drug` attribute values: `none` plus every registered drug. */
export const DRUG_IDS: readonly string[] = ['none', ...Object.keys(DRUGS)];
