/**
 * The site as `npm run build` writes it (the app pages of vite.config.ts) plus the embed module beside it, built
 * once per change of their sources and cached like the embed build (embed-module.ts), and a handler that serves
 * both: a file of the site, else one of the embed build (`jak-stat-explorer.js`, `locales/`, `chunks/`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { embedBuildDir } from './embed-module';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'jak-stat-explorer-site');
const INPUTS = ['tests/e2e/site-build.ts', 'src', 'scenes', 'index.html', 'embed.html', 'builder.html', 'frame.html', 'scorm.html', 'vite.config.ts', 'vite.shared.ts', 'package-lock.json'];

function sourceHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
      return;
    }
    hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const input of INPUTS) add(join(ROOT, input));
  return hash.digest('hex').slice(0, 20);
}

/** The folder of a site build of the current sources (index.html, builder.html, … and assets/). */
export async function siteBuildDir(): Promise<string> {
  const key = sourceHash();
  const dir = join(CACHE, key);
  if (existsSync(join(dir, 'index.html'))) return dir;
  mkdirSync(CACHE, { recursive: true });
  const building = join(CACHE, `${key}.${process.pid}.${Date.now()}.building`);
  // Vitest sets NODE_ENV=test, and Vite picks the "development" export condition for anything but "production":
  // the site would get Lit's dev build (and its console warning). Build as `npm run build` does.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'silent', build: { outDir: building, emptyOutDir: true, sourcemap: false } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  try {
    renameSync(building, dir);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(join(dir, 'index.html'))) throw error;
  }
  for (const name of readdirSync(CACHE)) {
    if (name !== key && !name.endsWith('.building')) rmSync(join(CACHE, name), { recursive: true, force: true });
  }
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml', '.xsd': 'application/xml',
};

/** Serves files from `dirs` (the first that has the path wins); `pages` answers extra paths with fixed HTML. */
export function serveFolders(dirs: readonly string[], pages: Record<string, string> = {}): RequestListener {
  return (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (pages[path]) return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(pages[path]);
    if (!path.includes('..')) {
      for (const dir of dirs) {
        const file = join(dir, path);
        if (existsSync(file) && statSync(file).isFile()) {
          return void response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
        }
      }
    }
    response.writeHead(404).end();
  };
}

/** The site build and the embed build, served together. */
export async function siteHandler(pages: Record<string, string> = {}): Promise<RequestListener> {
  // One after the other: two Vite builds at once in one process share more state than is safe.
  const site = await siteBuildDir();
  const embed = await embedBuildDir();
  return serveFolders([site, embed], pages);
}
