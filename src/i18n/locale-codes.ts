/**
 * The languages that ship as modules of their own. English is not among them: it is bundled in the core and
 * is the fallback for every language that is missing or still loading.
 *
 * Adding a language: its file `src/i18n/locales/<code>.ts` (exporting its `Locale` as default and registering
 * it, like es.ts), its code here and its loader in `locale-loaders.ts`; the library build then writes
 * `dist/locales/<code>.js`, and tests/unit/locales.test.ts checks it is complete against English.
 */
export const LOCALE_MODULE_CODES: readonly string[] = ['es'];
