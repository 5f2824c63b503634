/**
 * The kinds of cell a scene can be set in. Each kind is drawn with its own scenery, so that a student can
 * tell a skin cell from a nerve ending at a glance. Pure data: the scene schema validates against it and
 * the view imports it.
 */

/** Every cell kind, in a stable order (used for validation messages and previews). */
export const CELL_KINDS = ['keratinocyte', 't-cell', 'sensory-neuron', 'immune-cell', 'tissue-cell'] as const;

/** A cell kind a scene can name. */
export type CellKind = (typeof CELL_KINDS)[number];
