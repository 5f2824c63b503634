/**
 * The order a checkpoint's answers are offered in. The content lists the right answer first (easy to write and
 * review); offered that way, "always pick the first" would pass every quiz. Each question's answers are rotated
 * so that its right answer lands at a place chosen from the question's id: fixed for a question (the widget,
 * the handout's answer key and an LMS's records agree, run after run), different between questions.
 */
import type { Checkpoint } from '../../i18n/content-types';

/** FNV-1a of a string, then mixed so that its low bits (the place) vary too: a small, stable hash. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x45d9f3b) >>> 0;
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** The checkpoint with its answers in the order they are offered. */
export function inAnswerOrder(checkpoint: Checkpoint): Checkpoint {
  const { answers } = checkpoint;
  const right = answers.findIndex((answer) => answer.correct);
  if (answers.length < 2 || right < 0) return checkpoint;
  const shift = (hashOf(checkpoint.id) % answers.length) - right;
  const offered = answers.map((_, i) => answers[(((i - shift) % answers.length) + answers.length) % answers.length]!);
  return { ...checkpoint, answers: offered };
}
