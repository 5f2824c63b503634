#!/usr/bin/env node
// `npm run package:scorm`: writes dist/jak-stat-explorer-scorm12.zip, a SCORM 1.2 package of one SCO that
// launches the explorer in quiz mode on one scene (scorm.html, src/app/scorm/main.ts), for a learning platform.
//
//   npm run package:scorm -- --scene il4 --mastery 80     (or SCORM_SCENE=il4 SCORM_MASTERY=80)
//   --mastery none   no mastery score: the lesson is "completed" at its last step, never "passed"/"failed"
//   --from 4 --to 8  a step range (SCORM_FROM, SCORM_TO)
//   --use-dist       package dist/ as `npm run build` left it, instead of building the site afresh
//
// The package holds imsmanifest.xml, scorm.html and the built files scorm.html loads (followed from its script
// and style tags through every import, lazy ones included): no other page of the site. Zipped with fflate
// (small, no dependencies, synchronous API, well maintained), a devDependency: only this script uses it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PACKAGE_PATH = join(ROOT, 'dist', 'jak-stat-explorer-scorm12.zip');

/** The package's settings from the command line, else the environment, else the defaults. */
export function settingsFrom(argv, env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      scene: { type: 'string' }, mastery: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      'use-dist': { type: 'boolean', default: false }, out: { type: 'string' },
    },
  });
  const scene = values.scene ?? env.SCORM_SCENE ?? 'il13';
  const masteryText = values.mastery ?? env.SCORM_MASTERY ?? '80';
  const mastery = masteryText === 'none' ? undefined : Number(masteryText);
  if (mastery !== undefined && !(Number.isInteger(mastery) && mastery >= 0 && mastery <= 100)) {
    throw new Error(`mastery must be a whole number from 0 to 100, or "none"; got "${masteryText}"`);
  }
  if (!/^[a-z0-9-]+$/.test(scene)) throw new Error(`scene must be a scene id such as il4; got "${scene}"`);
  const step = (name, text) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number from 1; got "${text}"`);
    return n;
  };
  const from = step('from', values.from ?? env.SCORM_FROM);
  const to = step('to', values.to ?? env.SCORM_TO);
  if (from !== undefined && to !== undefined && from > to) throw new Error(`from (${from}) must not be after to (${to})`);
  return { scene, mastery, from, to, useDist: values['use-dist'], out: values.out ?? PACKAGE_PATH };
}

/** The launch URL of the SCO: scorm.html with the scene, step range and mastery score. */
export function launchHref({ scene, mastery, from, to }) {
  const params = new URLSearchParams({ scene });
  if (from !== undefined) params.set('from', String(from));
  if (to !== undefined) params.set('to', String(to));
  if (mastery !== undefined) params.set('mastery', String(mastery));
  return `scorm.html?${params}`;
}

const xml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** imsmanifest.xml for SCORM 1.2 (IMS Content Packaging 1.1.2 with ADL's extensions): one organization, one SCO. */
export function manifest(settings, files, title) {
  const mastery = settings.mastery === undefined ? '' : `\n        <adlcp:masteryscore>${settings.mastery}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="jak-stat-explorer-${xml(settings.scene)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="jak-stat-explorer">
    <organization identifier="jak-stat-explorer">
      <title>${xml(title)}</title>
      <item identifier="lesson" identifierref="explorer" isvisible="true">
        <title>${xml(title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="explorer" type="webcontent" adlcp:scormtype="sco" href="${xml(launchHref(settings))}">
${files.map((file) => `      <file href="${xml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** Relative references in a built page or module: script and style tags, static and dynamic imports. */
function referencesIn(text, isHtml) {
  const found = new Set();
  const pattern = isHtml ? /(?:src|href)="(\.\/[^"#?]+)"/g : /["'`](\.{1,2}\/[\w./-]+\.(?:js|css))["'`]/g;
  for (const match of text.matchAll(pattern)) found.add(match[1]);
  return found;
}

/** scorm.html and every built file it loads, as paths relative to `site`, scorm.html first. */
export function filesOfPage(site, page = 'scorm.html') {
  const files = new Set([page]);
  const queue = [page];
  while (queue.length > 0) {
    const file = queue.shift();
    const text = readFileSync(join(site, file), 'utf8');
    for (const reference of referencesIn(text, file.endsWith('.html'))) {
      const path = posix.normalize(posix.join(posix.dirname(file), reference));
      if (path.startsWith('..') || files.has(path) || !existsSync(join(site, path))) continue;
      files.add(path);
      if (path.endsWith('.js') || path.endsWith('.css')) queue.push(path);
    }
  }
  return [...files];
}

/** Builds the site (the pages of vite.config.ts) into a temporary folder and returns it. */
async function buildSite() {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'jse-scorm-'));
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  return outDir;
}

/**
 * The scene's title for the LMS's course list, read from its data file (scenes/<id>.ts; plain Node cannot import
 * TypeScript). An id without a file is refused: the package would launch a scene that does not exist.
 */
function sceneTitle(scene) {
  const file = join(ROOT, 'scenes', `${scene}.ts`);
  if (!existsSync(file)) throw new Error(`unknown scene "${scene}": no scenes/${scene}.ts`);
  const title = readFileSync(file, 'utf8').match(/^ {2}title: '([^']+)'/m)?.[1];
  return title ? `JAK-STAT Explorer: ${title}` : `JAK-STAT Explorer: ${scene}`;
}

/** Writes the package; returns its path, its files and its size. */
export async function packageScorm(settings) {
  const title = sceneTitle(settings.scene);
  // A site built already (`settings.site`, as tests pass), dist/, or a fresh build in a temporary folder.
  const given = settings.site ?? (settings.useDist ? join(ROOT, 'dist') : undefined);
  const site = given ?? await buildSite();
  try {
    if (!existsSync(join(site, 'scorm.html'))) throw new Error(`${site} has no scorm.html: run \`npm run build\` first, or leave out --use-dist`);
    const files = filesOfPage(site);
    const entries = { 'imsmanifest.xml': new TextEncoder().encode(manifest(settings, files, title)) };
    for (const file of files) entries[file] = new Uint8Array(readFileSync(join(site, file)));
    const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
    mkdirSync(dirname(settings.out), { recursive: true });
    writeFileSync(settings.out, zip);
    return { path: settings.out, files: ['imsmanifest.xml', ...files], bytes: zip.byteLength };
  } finally {
    if (!given) rmSync(site, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const settings = settingsFrom(process.argv.slice(2), process.env);
    const result = await packageScorm(settings);
    console.log(`wrote ${result.path} (${(result.bytes / 1024).toFixed(1)} KiB, ${result.files.length} files; launches ${launchHref(settings)})`);
  } catch (error) {
    console.error(`package:scorm: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
