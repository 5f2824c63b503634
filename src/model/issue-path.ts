/**
 * Valibot reports where a problem is as a list of keys; authors read paths like `steps[3].actions[0].actor`.
 */
import type * as v from 'valibot';
import { MAX_ID_LENGTH } from './data-limits';

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


/** The data's id for an error message: short, whatever the caller sent. */
export function idForMessage(data: unknown): string {
  const id = typeof data === 'object' && data !== null && Object.hasOwn(data, 'id') ? (data as { id: unknown }).id : undefined;
  if (typeof id !== 'string') return '(unknown)';
  return id.length > MAX_ID_LENGTH ? `${id.slice(0, MAX_ID_LENGTH)}…` : id;
}