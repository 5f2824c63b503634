/**
 * The classroom site as `npm run build` makes it with vite.config.ts (pages, their scripts, icons, manifest and
 * service worker), built once per change of its sources (see cached-build.ts), and a static server for it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { cachedBuildDir } from './cached-build';

/** Everything the app build reads. */
const INPUTS = [
  'src', 'scenes', 'assets', 'index.html', 'embed.html', 'handout.html', 'builder.html',
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
};

/** Serves the files of `dir` as a static host would (`/` is index.html); anything else is a 404. */
export function serveFolder(dir: string): RequestListener {
  return (request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    if (path.includes('..') || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  };
}
