/**
 * How the core loads a language module, from source: Vite's dev server, the app build and the tests resolve
 * these imports and give each language a chunk of its own. The embed build swaps this file for
 * `locale-loaders.dist.ts` (vite.lib.config.ts), which imports the built modules beside the core instead.
 */
export const LOCALE_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  es: () => import('./locales/es'),
};
