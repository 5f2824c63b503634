/**
 * The classroom site as `npm run build` makes it with vite.config.ts (pages, their scripts, icons, manifest and
 * service worker), built once per change of its sources (see cached-build.ts), and a static server for it and
 * other build folders.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { cachedBuildDir } from './cached-build';
import { embedBuildDir } from './embed-module';

/** Everything the app build reads. */
const INPUTS = [
  'src', 'scenes', 'assets', 'index.html', 'embed.html', 'handout.html', 'builder.html', 'frame.html', 'scorm.html',
  'vite.config.ts', 'vite.shared.ts', 'pwa.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json',
];

/** The folder of an app build of the current sources. */
export function appBuildDir(): Promise<string> {
  return cachedBuildDir({ name: 'jak-stat-explorer-app', configFile: 'vite.config.ts', inputs: INPUTS, marker: 'sw.js' });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.map': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

/**
 * Serves the files of `dirs` as a static host would (`/` is index.html; the first folder that has a path wins);
 * `pages` answers extra paths with fixed HTML. Anything else is a 404.
 */
export function serveFolders(dirs: readonly string[], pages: Record<string, string> = {}): RequestListener {
  return (request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (pages[path]) return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pages[path]);
    if (path.endsWith('/')) path += 'index.html';
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

/** Serves one build folder. */
export const serveFolder = (dir: string): RequestListener => serveFolders([dir]);

/** The app build and the embed build, served together (the builder's snippets load the embed module). */
export async function siteHandler(pages: Record<string, string> = {}): Promise<RequestListener> {
  // One after the other: two Vite builds at once in one process share more state than is safe.
  const site = await appBuildDir();
  const embed = await embedBuildDir();
  return serveFolders([site, embed], pages);
}
