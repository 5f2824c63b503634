#!/usr/bin/env node
// `npm test`: provisions Chromium if needed, then runs every Vitest project (unit tests in Node, browser
// tests in headless Chromium). Extra arguments go to Vitest.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

process.env.CHROMIUM_PATH = ensureChromium();
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
