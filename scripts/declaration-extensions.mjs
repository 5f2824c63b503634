#!/usr/bin/env node
// Gives every relative import in the emitted declarations (dist/types) its file extension: `from './simulate'`
// becomes `from './simulate.js'`, `from '../scenes'` becomes `from '../scenes/index.js'`. The sources import
// without extensions (moduleResolution "Bundler"), and tsc keeps the specifiers as written; but a host that
// type-checks with moduleResolution "Node16"/"NodeNext" (a Node project using `jak-stat-explorer/model`)
// resolves relative imports in an ES module package only with their extension, and would otherwise get no
// types. Run by `npm run build` after `tsc -p tsconfig.build.json`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = fileURLToPath(new URL('../dist/types', import.meta.url));
// `from '…'`, `import '…'` and `import('…')` with a relative specifier that has no extension yet.
const SPECIFIER = /((?:\bfrom|\bimport)\s*\(?\s*)(['"])(\.\.?\/[^'"]*?)\2/g;

/** The specifier with the extension that names the declared module, or as it was when none is found. */
function withExtension(file, specifier) {
  if (/\.(m?js|json)$/.test(specifier)) return specifier;
  const target = resolve(dirname(file), specifier);
  if (existsSync(`${target}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(target, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  return specifier;
}

function* declarations(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarations(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

let changed = 0;
for (const file of declarations(TYPES)) {
  const text = readFileSync(file, 'utf8');
  const rewritten = text.replace(SPECIFIER, (_, lead, quote, specifier) => `${lead}${quote}${withExtension(file, specifier)}${quote}`);
  if (rewritten !== text) {
    writeFileSync(file, rewritten);
    changed += 1;
  }
}
console.log(`declaration-extensions: ${changed} declaration files given explicit import extensions`);
