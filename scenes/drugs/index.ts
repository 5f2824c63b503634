/** The drug registry: the three JAK inhibitors approved in the US for atopic dermatitis, by id. */
import type { DrugData } from '../../src/model/drug-schema';
import { abrocitinib } from './abrocitinib';
import { ruxolitinib } from './ruxolitinib';
import { upadacitinib } from './upadacitinib';

export const DRUGS: Readonly<Record<string, DrugData>> = { abrocitinib, upadacitinib, ruxolitinib };

/** The `drug` attribute values: `none` plus every registered drug. */
export const DRUG_IDS: readonly string[] = ['none', ...Object.keys(DRUGS)];
