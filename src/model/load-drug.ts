/**
 * Turns untrusted drug data into a checked `Drug`, or an error that names the field and the reason.
 */
import * as v from 'valibot';
import { DrugSchema, type Drug } from './drug-schema';
import { formatIssuePath, idForMessage } from './issue-path';
import type { SceneIssue } from './scene-issue';
import { isKnownSource } from './sources';
import { drugSizeIssues } from './data-limits';
import { frozenCopy } from './frozen-copy';

/** Thrown when drug data is invalid; `issues` lists every problem found. */
export class DrugValidationError extends Error {
  readonly issues: readonly SceneIssue[];

  constructor(drugId: string, issues: readonly SceneIssue[]) {
    super(`Drug "${drugId}" is invalid:\n  ${issues.map((i) => `${i.path || '(drug)'}: ${i.message}`).join('\n  ')}`);
    this.name = 'DrugValidationError';
    this.issues = issues;
  }
}

/**
 * Validates drug data; returns the checked drug or throws `DrugValidationError`. The drug returned is a fresh,
 * deeply frozen copy: changing `data` afterwards changes nothing.
 */
export function loadDrug(data: unknown): Drug {
  const id = idForMessage(data);
  const oversize = drugSizeIssues(data);
  if (oversize.length > 0) throw new DrugValidationError(id, oversize);
  const result = v.safeParse(DrugSchema, data);
  if (!result.success) {
    throw new DrugValidationError(id, result.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })));
  }
  const drug = result.output;
  const issues: SceneIssue[] = [];
  // Potency is relative to the drug's own JAK1, so JAK1 itself must be exactly 1 (sourced or assumed).
  const jak1 = drug.potency.JAK1;
  const jak1IsOne = (jak1.kind === 'ratio' && jak1.ratio === 1 && !jak1.atLeast) || (jak1.kind === 'assumed' && jak1.ratio === 1);
  if (!jak1IsOne) {
    issues.push({ path: 'potency.JAK1', message: 'must have ratio 1 (kind "ratio" with atLeast false, or kind "assumed"): potencies are relative to JAK1' });
  }
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return;
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key === 'sources' && Array.isArray(child)) {
        child.forEach((sourceId: string, i) => {
          if (!isKnownSource(sourceId)) issues.push({ path: `${childPath}[${i}]`, message: `unknown source id "${sourceId}"` });
        });
      } else {
        walk(child, childPath);
      }
    }
  };
  walk(drug, '');
  if (issues.length > 0) throw new DrugValidationError(id, issues);
  return frozenCopy(drug);
}
