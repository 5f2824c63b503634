// A local server for the benchmarks: the build in `dist` plus pages made in memory, never cached.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** Serves `pages` (path → body) and the files of `dist` on 127.0.0.1; resolves to its origin and a close(). */
export async function serveDist(dist, pages) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const body = pages[path] ?? (existsSync(join(dist, path)) && !path.endsWith('/') ? readFileSync(join(dist, path)) : undefined);
    if (body === undefined) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
