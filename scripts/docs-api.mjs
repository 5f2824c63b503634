#!/usr/bin/env node
// `npm run docs:api`: rewrites the API tables of README.md (between <!-- api:start --> and <!-- api:end -->) and
// of embed.html (between <!-- api:start <tag> --> and <!-- api:end <tag> --> for each element) from the Custom
// Elements Manifest, analysed in-process (scripts/api-doc.ts, loaded through Vite's module runner).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { module } = await runnerImport(resolve(root, 'scripts/api-doc.ts'), { root, configFile: false, logLevel: 'error' });
const manifest = await module.analyzeElements(root);
const readmePath = resolve(root, 'README.md');
writeFileSync(readmePath, module.withApiSection(readFileSync(readmePath, 'utf8'), module.renderApiTables(manifest)));
const guidePath = resolve(root, 'embed.html');
writeFileSync(guidePath, module.withHtmlApiTables(readFileSync(guidePath, 'utf8'), manifest));
console.log('wrote the API tables of README.md and embed.html');
