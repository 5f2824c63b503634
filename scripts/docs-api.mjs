#!/usr/bin/env node
// `npm run docs:api`: rewrites the API tables of README.md (between <!-- api:start --> and <!-- api:end -->)
// from the Custom Elements Manifest, analysed in-process (scripts/api-doc.ts, loaded through Vite's module runner).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { module } = await runnerImport(resolve(root, 'scripts/api-doc.ts'), { root, configFile: false, logLevel: 'error' });
const readmePath = resolve(root, 'README.md');
const tables = module.renderApiTables(await module.analyzeElements(root));
writeFileSync(readmePath, module.withApiSection(readFileSync(readmePath, 'utf8'), tables));
console.log('wrote the API tables of README.md');
