/**
 * A Vite build for the e2e tests, made once per change of its sources: each build is cached in
 * node_modules/.cache under a hash of everything that goes into it, so a second run of the tests reuses it and
 * a fresh clone builds it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Which build: its config file, the files and folders it reads, and a file that a finished build has. */
export interface CachedBuild {
  /** Name of its cache folder, node_modules/.cache/<name>. */
  readonly name: string;
  /** The Vite config file, relative to the repository. */
  readonly configFile: string;
  /** Everything the build reads, relative to the repository: a change to any of them means a new build. */
  readonly inputs: readonly string[];
  /** A file, relative to the output folder, that every finished build has. */
  readonly marker: string;
}

/** A hash of a build's inputs: file paths and contents. */
export function sourceHash(inputs: readonly string[]): string {
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

/** The output folder of a build of the current sources, building it only if no cached build of them exists. */
export async function cachedBuildDir({ name, configFile, inputs, marker }: CachedBuild): Promise<string> {
  const cache = join(ROOT, 'node_modules', '.cache', name);
  const key = sourceHash(inputs);
  const dir = join(cache, key);
  if (existsSync(join(dir, marker))) return dir;
  // Build beside the cache entry and move it in whole, so that an interrupted build is never taken for one.
  mkdirSync(cache, { recursive: true });
  const building = join(cache, `${key}.${process.pid}.${Date.now()}.building`);
  // Vitest sets NODE_ENV=test, under which Vite resolves Lit's development build: build what `npm run build` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, configFile),
      logLevel: 'silent',
      mode: 'production',
      build: { outDir: building, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
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
