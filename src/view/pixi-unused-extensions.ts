/**
 * Stands in for Pixi's optional extension bundles (see vite.shared.ts): the widget registers none of them.
 */
export {};
