/**
 * Field checks shared by the scene and drug formats, so both refuse the same bad input with the same words.
 */
import * as v from 'valibot';

/** An id: lower-case letters, digits and dashes, starting with a letter. */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes, starting with a letter'),
);

/** Source ids (the registry src/model/sources.data.ts, listed in docs/sources.md); at least one. Whether each is known is checked after the shape. */
export const SourceIds = v.pipe(v.array(v.string()), v.minLength(1, 'must cite at least one source'));

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
