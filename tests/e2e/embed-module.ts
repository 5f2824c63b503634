/**
 * The embed module as `npm run build` makes it (the real library config), built once per change of its
 * sources: the build is cached in node_modules/.cache under a hash of everything that goes into it, so a
 * second run of the tests reuses it and a fresh clone builds it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache');
/** Everything the library build reads: sources, scenes, build config, and the locked dependency versions. */
const INPUTS = ['src', 'scenes', 'vite.lib.config.ts', 'vite.shared.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** A hash of the build's inputs: file paths and contents. */
export function embedSourceHash(inputs: readonly string[] = INPUTS): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
      return;
    }
    hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const input of inputs) add(join(ROOT, input));
  return hash.digest('hex').slice(0, 20);
}

/**
 * The folder of a library build of the current sources (`jak-stat-explorer.js` and whatever else the build
 * writes beside it), building it only if no cached build of the same sources exists. Every e2e test file uses
 * this, so one build serves them all.
 */
export function embedBuildDir(): Promise<string> {
  return cachedBuild('jak-stat-explorer-embed', 'vite.lib.config.ts', 'jak-stat-explorer.js');
}

/** The folder of a build of the app pages (`index.html`, `embed.html` and their assets), cached the same way. */
export function appBuildDir(): Promise<string> {
  return cachedBuild('jak-stat-explorer-app', 'vite.config.ts', 'index.html');
}

async function cachedBuild(name: string, config: string, marker: string): Promise<string> {
  const cache = join(CACHE, name);
  const key = embedSourceHash() + (config === 'vite.config.ts' ? embedSourceHash(['index.html', 'embed.html', 'vite.config.ts', 'public']) : '');
  const dir = join(cache, key);
  if (existsSync(join(dir, marker))) return dir;
  // Build beside the cache entry and move it in whole, so that an interrupted build is never taken for one.
  mkdirSync(cache, { recursive: true });
  const building = join(cache, `${key}.${process.pid}.${Date.now()}.building`);
  await build({
    root: ROOT,
    configFile: join(ROOT, config),
    logLevel: 'silent',
    build: { outDir: building, emptyOutDir: true, sourcemap: false },
  });
  try {
    renameSync(building, dir);
  } catch (error) {
    // Another test file finished the same build first: keep theirs.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(join(dir, marker))) throw error;
  }
  // Finished builds of older sources are of no further use (builds still running elsewhere are left alone).
  for (const entry of readdirSync(cache)) {
    if (entry !== key && !entry.endsWith('.building')) rmSync(join(cache, entry), { recursive: true, force: true });
  }
  return dir;
}

/** The path of `jak-stat-explorer.js` built from the current sources. */
export async function embedModulePath(): Promise<string> {
  return join(await embedBuildDir(), 'jak-stat-explorer.js');
}
