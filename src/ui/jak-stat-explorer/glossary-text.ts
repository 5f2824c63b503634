/**
 * Marks glossary terms in narration: each term (its first appearance in a text) becomes a button that shows
 * its short definition on hover, focus or tap. The definitions are rendered after the text, not inside it, so
 * the narration reads (and is announced) exactly as written.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GlossaryEntry } from '../../i18n/content-types';

/** A piece of narration: plain text, or a glossary term. */
type Piece = string | { readonly word: string; readonly entry: GlossaryEntry };

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits text into plain pieces and glossary terms (first appearance of each entry only). */
export function splitGlossaryTerms(text: string, glossary: readonly GlossaryEntry[]): Piece[] {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const entry of glossary) for (const term of entry.terms) byTerm.set(term.toLowerCase(), entry);
  const terms = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escape);
  if (terms.length === 0) return [text];
  // Whole words in any script: letters and digits on either side mean "inside a longer word".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const pieces: Piece[] = [];
  const seen = new Set<string>();
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const entry = byTerm.get(match[0].toLowerCase());
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    if (match.index > last) pieces.push(text.slice(last, match.index));
    pieces.push({ word: match[0], entry });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

/** What the narration needs to show and toggle definitions. */
export interface GlossaryView {
  readonly active: string | undefined;
  readonly pinned: boolean;
  show(id: string | undefined, pin?: boolean): void;
}

/** The narration text with its terms as buttons. */
export function glossaryText(pieces: readonly Piece[], view: GlossaryView): (string | TemplateResult)[] {
  return pieces.map((piece) =>
    typeof piece === 'string'
      ? piece
      : html`<button type="button" class="term" aria-describedby=${`def-${piece.entry.id}`}
          aria-expanded=${view.active === piece.entry.id ? 'true' : 'false'}
          @mouseenter=${() => { if (!view.pinned) view.show(piece.entry.id); }}
          @mouseleave=${() => { if (!view.pinned) view.show(undefined); }}
          @focus=${() => view.show(piece.entry.id)}
          @blur=${() => { if (!view.pinned) view.show(undefined); }}
          @click=${() => view.show(view.active === piece.entry.id && view.pinned ? undefined : piece.entry.id, true)}
        >${piece.word}</button>`,
  );
}

/** The definitions of the terms in a text; only the active one is visible, all are there for screen readers. */
export function glossaryDefinitions(pieces: readonly Piece[], view: GlossaryView) {
  const entries = pieces.filter((p): p is Exclude<Piece, string> => typeof p !== 'string').map((p) => p.entry);
  if (entries.length === 0) return nothing;
  return html`<div class="definitions">
    ${entries.map((entry) => html`<p class="definition" role="tooltip" id=${`def-${entry.id}`} ?hidden=${view.active !== entry.id}>
      <strong>${entry.terms[entry.terms.length - 1]}</strong>: ${entry.definition} <span class="src">[${entry.sources.join(', ')}]</span>
    </p>`)}
  </div>`;
}

/** Which glossary definition shows: hover or focus shows one; a tap pins it open; a new step closes it. */
export class GlossaryFocus implements GlossaryView {
  active: string | undefined;
  pinned = false;

  constructor(private readonly changed: () => void) {}

  readonly show = (id: string | undefined, pin = false): void => {
    this.pinned = pin && id !== undefined;
    this.active = id;
    this.changed();
  };

  /** Closes any open definition (a new step). */
  clear(): void {
    this.active = undefined;
    this.pinned = false;
  }
}
