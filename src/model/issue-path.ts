/**
 * Valibot reports where a problem is as a list of keys; authors read paths like `steps[3].actions[0].actor`.
 */
import type * as v from 'valibot';

/** Formats a valibot issue path as `a.b[2].c`. */
export function formatIssuePath(path: v.BaseIssue<unknown>['path']): string {
  if (!path) return '';
  let out = '';
  for (const item of path) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
