#!/usr/bin/env node
// `npm test`: provisions Chromium if needed, then runs every Vitest project (unit tests in Node, browser
// tests in headless Chromium). Extra arguments go to Vitest.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

process.env.CHROMIUM_PATH = ensureChromium();
// Vitest's own entry point, run with this Node: `npx` would spend a second or more finding it.
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
