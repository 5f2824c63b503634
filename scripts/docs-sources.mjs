#!/usr/bin/env node
// `npm run docs:sources`: rewrites docs/sources.md from the source registry and the data that cites it
// (rendered by scripts/sources-doc.ts, loaded through Vite's module runner so no TypeScript loader is needed).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { module } = await runnerImport(resolve(root, 'scripts/sources-doc.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});
writeFileSync(resolve(root, module.SOURCES_DOC_PATH), module.renderSourcesDoc());
console.log(`wrote ${module.SOURCES_DOC_PATH}`);
