/**
 * Browser tests run Lit's development build, which keeps its useful warnings (e.g. misused reactive properties).
 * Its one-off "Lit is in dev mode" notice says nothing about this project, so it is marked as already shown;
 * every other Lit warning still prints.
 */
const lit = globalThis as { litIssuedWarnings?: Set<string> };
(lit.litIssuedWarnings ??= new Set()).add('dev-mode');

export {};
