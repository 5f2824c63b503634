/**
 * The embed module as `npm run build` makes it (the real library config), built once per change of its
 * sources (see cached-build.ts).
 */
import { join } from 'node:path';
import { cachedBuildDir } from './cached-build';

/** Everything the library build reads: sources, scenes, build config, and the locked dependency versions. */
const INPUTS = ['src', 'scenes', 'vite.lib.config.ts', 'vite.shared.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

/**
 * The folder of a library build of the current sources (`jak-stat-explorer.js` and whatever else the build
 * writes beside it), building it only if no cached build of the same sources exists. Every e2e test file uses
 * this, so one build serves them all.
 */
export function embedBuildDir(): Promise<string> {
  return cachedBuildDir({ name: 'jak-stat-explorer-embed', configFile: 'vite.lib.config.ts', inputs: INPUTS, marker: 'jak-stat-explorer.js' });
}

/** The path of `jak-stat-explorer.js` built from the current sources. */
export async function embedModulePath(): Promise<string> {
  return join(await embedBuildDir(), 'jak-stat-explorer.js');
}
