/**
 * Field checks shared by the scene and drug formats, so both refuse the same bad input with the same words.
 */
import * as v from 'valibot';
import { MAX_ID_LENGTH, MAX_SOURCE_ID_LENGTH, MAX_SOURCE_IDS } from './data-limits';

/** An id: lower-case letters, digits and dashes, starting with a letter; at most `MAX_ID_LENGTH` characters. */
export const Id = v.pipe(
  v.string(),
  v.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`),
  v.regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes, starting with a letter'),
);

/**
 * Source ids (the registry src/model/sources.data.ts, listed in docs/sources.md); one to `MAX_SOURCE_IDS`.
 * Whether each is known is checked after the shape.
 */
export const SourceIds = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(MAX_SOURCE_ID_LENGTH, `must be at most ${MAX_SOURCE_ID_LENGTH} characters`))),
  v.minLength(1, 'must cite at least one source'),
  v.maxLength(MAX_SOURCE_IDS, `must cite at most ${MAX_SOURCE_IDS} sources`),
);

/**
 * Plain text of at most `max` characters, never HTML: markup in narration is an authoring error (and a
 * security smell), not something to render.
 */
export const PlainText = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check((text) => !/[<>]/.test(text), 'must be plain text (no "<" or ">")'),
  );
