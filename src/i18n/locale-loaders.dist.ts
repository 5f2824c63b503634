/**
 * How the embed core loads a language module: `locales/<code>.js` next to the core's own URL, by a dynamic
 * `import()` of a same-origin URL (no eval, so allowed under `script-src 'self'`). Only codes the build ships
 * are loaded: any other language stays English without a request. Replaces `locale-loaders.ts` in
 * vite.lib.config.ts.
 */
import { LOCALE_MODULE_CODES } from './locale-codes';

// In a variable: bundlers rewrite the literal `new URL('…', import.meta.url)` into an asset of their own.
const coreUrl = import.meta.url;

export const LOCALE_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = Object.fromEntries(
  LOCALE_MODULE_CODES.map((code) => [code, () => import(/* @vite-ignore */ new URL(`./locales/${code}.js`, coreUrl).href)]),
);
