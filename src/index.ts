/**
 * JAK-STAT Explorer: the `<jak-stat-explorer>` and `<jak-stat-overview>` elements and the pure model.
 * Importing this module defines both elements (where a custom element registry exists); import
 * `jak-stat-explorer/elements` instead to register them yourself, or `jak-stat-explorer/model` for the model
 * alone.
 */
import { defineJakStatExplorer } from './ui/define';

export * from './elements';

defineJakStatExplorer();
