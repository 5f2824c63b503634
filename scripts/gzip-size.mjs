// How the project measures a file's download size: its bytes as built, and gzipped at level 9 (what a server
// compressing static files ahead of time sends). Shared by `npm run size` and `npm run bench`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Size of a file in bytes, minified as built and gzipped at level 9. */
export function fileSize(path) {
  const bytes = readFileSync(path);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The sum of several files' sizes. */
export function totalSize(paths) {
  return paths.map(fileSize).reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }), { min: 0, gzip: 0 });
}
