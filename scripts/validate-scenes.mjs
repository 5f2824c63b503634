#!/usr/bin/env node
// `npm run validate-scenes [file …]`: checks every registered scene, and any scene files given (TypeScript or
// JSON, exporting or holding scene data), against the scene schema. Prints each problem with its field path
// and exits 1 if any scene is invalid.
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
// Vite's module runner loads the TypeScript sources directly, so the check needs no build step.
const load = async (file) => (await runnerImport(resolve(root, file), { configFile: false, logLevel: 'error', root })).module;

const { validateScene } = await load('src/model/load-scene.ts');
const { SCENES } = await load('scenes/index.ts');

/** Scene data found in a file: a JSON document, or every object export of a module that looks like a scene. */
async function scenesInFile(file) {
  if (file.endsWith('.json')) return [[file, JSON.parse(readFileSync(file, 'utf8'))]];
  const module = await load(resolve(process.cwd(), file));
  const found = Object.entries(module).filter(([, value]) => value && typeof value === 'object' && 'steps' in value);
  if (found.length === 0) return [[file, module.default ?? module]];
  return found.map(([name, value]) => [`${file} (${name})`, value]);
}

const targets = Object.entries(SCENES).map(([id, data]) => [`scene "${id}"`, data]);
for (const file of process.argv.slice(2)) {
  try {
    targets.push(...(await scenesInFile(file)));
  } catch (error) {
    targets.push([file, { __loadError: error instanceof Error ? error.message : String(error) }]);
  }
}

let invalid = 0;
for (const [name, data] of targets) {
  if (data && data.__loadError) {
    invalid++;
    console.log(`✗ ${name}: could not be read: ${data.__loadError}`);
    continue;
  }
  const issues = validateScene(data);
  if (issues.length === 0) {
    console.log(`✓ ${name}`);
  } else {
    invalid++;
    console.log(`✗ ${name}`);
    for (const issue of issues) console.log(`    ${issue.path || '(scene)'}: ${issue.message}`);
  }
}
console.log(`\n${targets.length - invalid} valid, ${invalid} invalid`);
process.exit(invalid > 0 ? 1 : 0);
