#!/usr/bin/env node
// `npm run test:package`: the npm package as a host app gets it. Run after `npm run build` (.ci/run does).
// Packs the package with `npm pack`, installs the tarball into a fresh Vite project in the system's temporary
// folder that has its own `lit`, builds that project with Vite, and checks:
//   - the tarball holds every export target and no test, benchmark output, docs or app build;
//   - the built host pages render the widget in Chromium under `script-src 'self'` (canvas drawn, Spanish loaded
//     on demand as a chunk of the host's build), and `jak-stat-explorer/elements` defines nothing by itself;
//   - the host's output holds one copy of Lit (the widget's bare imports resolved to the host's Lit);
//   - `node -e "import('jak-stat-explorer/model')…"` runs simulatePathway in plain Node, loading no Lit;
//   - the declarations type-check a consumer under moduleResolution "Bundler" and "NodeNext".
// Every check runs and prints ok or FAIL; the exit status is 1 if any failed. The project is removed on
// success and kept (its path printed) on failure. Dependencies install from the local npm cache first
// (`--prefer-offline`): `npm ci` in this repository has already fetched them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium-launch.mjs';
import { ensureChromium } from './ensure-chromium.mjs';
import { readCanvasPixels } from './canvas-fingerprint.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

const failed = [];
/** Runs one check, printing ok or FAIL with the reason; returns its result, or undefined when it failed. */
async function check(name, run) {
  const started = Date.now();
  try {
    const result = await run();
    console.log(`ok    ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return result ?? true;
  } catch (error) {
    console.log(`FAIL  ${name}\n      ${String(error?.stack ?? error).split('\n').join('\n      ')}`);
    failed.push(name);
    return undefined;
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
/** Runs a command and returns its output; on failure, throws with what it printed. */
function run(command, args, cwd, options = {}) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${[error.stdout, error.stderr].filter(Boolean).join('\n').trim() || error.message}`);
  }
}

const BUILT = ['dist/esm/index.js', 'dist/jak-stat-explorer.js', 'dist/types/src/index.d.ts', 'dist/custom-elements.json'];
const missing = BUILT.filter((path) => !existsSync(join(ROOT, path)));
if (missing.length > 0) {
  console.error(`test-package: ${missing.join(', ')} missing; run \`npm run build\` first.`);
  process.exit(1);
}

const project = mkdtempSync(join(tmpdir(), 'jak-stat-explorer-host-'));
console.log(`test-package: host project in ${project}`);

// 1. Pack: the file list npm would publish.
const packed = await check('npm pack: the tarball holds every export target and nothing else', () => {
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], ROOT));
  const files = new Set(info.files.map((file) => file.path));
  const unwanted = [...files].filter((path) => /^(tests|bench|docs|scripts|\.ci)\/|\.test\.|\.png$|^dist\/(assets\/|index\.html|embed\.html)/.test(path));
  assert(unwanted.length === 0, `ships files it should not: ${unwanted.slice(0, 10).join(', ')}`);
  const locales = readdirSync(join(ROOT, 'dist/locales')).filter((name) => name.endsWith('.js')).map((name) => name.slice(0, -3));
  assert(locales.length > 0, 'no language module in dist/locales');
  const targets = [];
  const collect = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect));
  collect(pkg.exports);
  collect(pkg.customElements);
  const expanded = targets.flatMap((target) => (target.includes('*') ? locales.map((code) => target.replace('*', code)) : [target]));
  const absent = expanded.map((target) => target.replace(/^\.\//, '')).filter((path) => !files.has(path));
  assert(absent.length === 0, `export targets missing from the tarball: ${absent.join(', ')}`);
  assert(files.has('CHANGELOG.md'), 'CHANGELOG.md is not in the tarball');
  console.log(`      ${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} KiB packed, ${(info.unpackedSize / 1024).toFixed(0)} KiB unpacked`);
  return join(project, info.filename);
});

// 2. A host project: its own Lit, the tarball, a page per entry.
const HOST_MAIN = `
import { LitElement, html } from 'lit';
import 'jak-stat-explorer';
import { simulatePathway } from 'jak-stat-explorer/model';

/** The host's own Lit element: its Lit and the widget's must be one copy. */
class HostNote extends LitElement {
  render() {
    const { signal } = simulatePathway({ scene: 'il13', drug: 'upadacitinib', exposure: 10 });
    return html\`<p>Signal with upadacitinib at 10×: \${Math.round(signal * 100)}%</p>\`;
  }
}
customElements.define('host-note', HostNote);
`;
const HOST_ELEMENTS = `
import { JakStatExplorer, TAG_NAME } from 'jak-stat-explorer/elements';

// The host decides: its own tag name, and the usual one left undefined.
window.definedBeforeHost = Boolean(customElements.get(TAG_NAME));
customElements.define('host-explorer', class extends JakStatExplorer {});
`;
// The embed module from npm: the host imports the language itself, first (the module cannot find its
// locales/ folder once a bundler has moved it), and the page gets the module's own copy of Lit, Pixi and GSAP.
const HOST_BUNDLE = `
import 'jak-stat-explorer/locales/es';
import 'jak-stat-explorer/bundle';
`;
const page = (title, body, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body>${body}<script type="module" src="./${script}"></script></body></html>`;
const CONSUMER_TS = `
import { simulatePathway, SCENES, type PathwaySimulation } from 'jak-stat-explorer/model';
import { JakStatExplorer, defineJakStatExplorer } from 'jak-stat-explorer/elements';

const simulation: PathwaySimulation = simulatePathway({ scene: 'il13', drug: 'abrocitinib', exposure: 1 });
const signal: number = simulation.signal;
// @ts-expect-error signal is a number: this line errs only if the declarations resolved.
const wrong: string = simulation.signal;
const scenes: string[] = Object.keys(SCENES);
defineJakStatExplorer();
const explorer: JakStatExplorer = document.createElement('jak-stat-explorer');
export { signal, wrong, scenes, explorer };
`;
const installed = packed && (await check('npm install: the tarball into a fresh project with its own lit', () => {
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }, null, 2));
  writeFileSync(join(project, 'index.html'), page('host', '<host-note></host-note><jak-stat-explorer scene="il13" drug="abrocitinib"></jak-stat-explorer><jak-stat-explorer id="es" lang="es" scene="il4"></jak-stat-explorer>', 'main.js'));
  writeFileSync(join(project, 'main.js'), HOST_MAIN);
  writeFileSync(join(project, 'elements.html'), page('elements', '<host-explorer scene="il31"></host-explorer>', 'elements.js'));
  writeFileSync(join(project, 'elements.js'), HOST_ELEMENTS);
  writeFileSync(join(project, 'bundle.html'), page('bundle', '<jak-stat-explorer lang="es" scene="il22"></jak-stat-explorer>', 'bundle.js'));
  writeFileSync(join(project, 'bundle.js'), HOST_BUNDLE);
  writeFileSync(join(project, 'consumer.ts'), CONSUMER_TS);
  const litRange = pkg.dependencies.lit;
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `lit@${litRange}`, packed], project, { timeout: 300_000 });
  const host = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
  assert(host.dependencies.lit && host.dependencies['jak-stat-explorer'], 'the host does not list lit and jak-stat-explorer');
  const nested = existsSync(join(project, 'node_modules/jak-stat-explorer/node_modules/lit'));
  assert(!nested, 'npm installed a second lit inside jak-stat-explorer');
  return true;
}));

// 3. Build the host with Vite, as its own project (its root, its node_modules; no config of this repository).
const outDir = join(project, 'dist');
// The page that uses the embed module is built on its own: its copy of Lit must not count against the others.
const bundleOutDir = join(project, 'dist-bundle');
const built = installed && (await check('vite build: the host project (and, on its own, a page using ./bundle)', async () => {
  await build({
    root: project,
    configFile: false,
    logLevel: 'warn',
    base: '/bundle/',
    build: { outDir: bundleOutDir, emptyOutDir: true, chunkSizeWarningLimit: 2000, rolldownOptions: { input: join(project, 'bundle.html') } },
  });
  await build({
    root: project,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { main: join(project, 'index.html'), elements: join(project, 'elements.html') } },
    },
  });
  return true;
}));

/** Every built JavaScript file's text, by path below dist. */
const builtScripts = () => {
  const scripts = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) scripts.set(relative(outDir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(outDir);
  return scripts;
};

if (built) {
  await check('one copy of Lit in the host build (lit-html, ReactiveElement, LitElement each once)', () => {
    const all = [...builtScripts().values()].join('\n');
    // Each of Lit's packages records its version on a global once per copy.
    for (const marker of ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions']) {
      const count = all.split(marker).length - 1;
      assert(count === 1, `"${marker}" appears ${count} times in the host's build`);
    }
  });

  await check('host build size (informative)', async () => {
    const { gzipSync } = await import('node:zlib');
    const scripts = builtScripts();
    const gzip = (text) => gzipSync(text, { level: 9 }).length / 1024;
    const total = [...scripts.values()].reduce((sum, text) => sum + gzip(text), 0);
    const largest = [...scripts].sort(([, a], [, b]) => b.length - a.length)[0];
    console.log(`      ${scripts.size} JS files, ${total.toFixed(1)} KiB gzip in all; largest ${largest[0]} ${gzip(largest[1]).toFixed(1)} KiB gzip`);
  });

  await check('Spanish is a chunk of its own in the host build, not in the entry', () => {
    const scripts = builtScripts();
    const spanish = [...scripts].filter(([, text]) => text.includes('Reproducir'));
    assert(spanish.length === 1, `Spanish strings are in ${spanish.length} files: ${spanish.map(([path]) => path).join(', ')}`);
    const entry = readFileSync(join(outDir, 'index.html'), 'utf8').match(/src="\.?\/?([^"]+\.js)"/)?.[1];
    assert(entry && spanish[0][0] !== entry, `Spanish is bundled into the entry ${entry}`);
  });

  await check('Chromium: the widgets render under script-src \'self\'; Spanish loads on demand; ./elements defines nothing; ./bundle with a host-imported language', async () => {
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      // The browser asks for an icon the host project does not have.
      if (path === '/favicon.ico') return void response.writeHead(204).end();
      const [dir, rest] = path.startsWith('/bundle/') ? [bundleOutDir, path.slice('/bundle'.length)] : [outDir, path];
      const file = resolve(dir, `.${rest === '/' ? '/index.html' : rest}`);
      if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP }).end(readFileSync(file));
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${server.address().port}`;
    const browser = await chromium.launch(chromiumLaunchOptions(ensureChromium()));
    try {
      const open = async (path) => {
        const tab = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
        const problems = [];
        tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        tab.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
        tab.on('requestfinished', async (request) => { const response = await request.response(); if (response && response.status() >= 400) problems.push(`${response.status()}: ${request.url()}`); });
        tab.on('request', (request) => { if (!request.url().startsWith(origin)) problems.push(`foreign request: ${request.url()}`); });
        await tab.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`)));
        await tab.addInitScript(`window.readCanvasPixels = ${readCanvasPixels.toString()};`);
        await tab.goto(`${origin}${path}`);
        return { tab, problems };
      };
      /** Waits for every widget of a tag to draw, and returns each canvas's distinct colour count. */
      const drawn = (tab, tag) => tab.evaluate(async (name) => {
        await customElements.whenDefined(name);
        const widgets = [...document.querySelectorAll(name)];
        await Promise.all(widgets.map((widget) => widget.rendererReady));
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        return widgets.map((widget) => window.readCanvasPixels(widget.shadowRoot.querySelector('canvas')).distinctColours);
      }, tag);

      const main = await open('/');
      const colours = await drawn(main.tab, 'jak-stat-explorer');
      assert(colours.length === 2 && colours.every((count) => count > 40), `canvases not drawn: distinct colours ${colours.join(', ')}`);
      await main.tab.waitForFunction(() => document.querySelector('#es')?.shadowRoot?.textContent?.includes('Paso 1 de'), null, { timeout: 15_000 });
      const note = await main.tab.evaluate(() => document.querySelector('host-note')?.shadowRoot?.textContent ?? '');
      assert(/Signal with upadacitinib at 10×: \d+%/.test(note), `the host's own Lit element did not render: "${note}"`);
      assert(main.problems.length === 0, main.problems.join('\n'));

      const elements = await open('/elements.html');
      const hostColours = await drawn(elements.tab, 'host-explorer');
      assert(hostColours.length === 1 && hostColours[0] > 40, `<host-explorer> not drawn: distinct colours ${hostColours.join(', ')}`);
      const defined = await elements.tab.evaluate(() => ({ before: window.definedBeforeHost, after: Boolean(customElements.get('jak-stat-explorer')) }));
      assert(!defined.before && !defined.after, `importing jak-stat-explorer/elements defined <jak-stat-explorer> (${JSON.stringify(defined)})`);
      assert(elements.problems.length === 0, elements.problems.join('\n'));

      const bundled = await open('/bundle/bundle.html');
      const bundleColours = await drawn(bundled.tab, 'jak-stat-explorer');
      assert(bundleColours.length === 1 && bundleColours[0] > 40, `./bundle widget not drawn: distinct colours ${bundleColours.join(', ')}`);
      await bundled.tab.waitForFunction(() => document.querySelector('jak-stat-explorer')?.shadowRoot?.textContent?.includes('Paso 1 de'), null, { timeout: 15_000 });
      assert(bundled.problems.length === 0, bundled.problems.join('\n'));
      console.log(`      canvases drawn: ${[...colours, ...hostColours, ...bundleColours].join(', ')} distinct colours; Spanish shown by . and ./bundle`);
    } finally {
      await browser.close();
      await new Promise((done) => server.close(done));
    }
  });
}

if (installed) {
  await check('node: import(\'jak-stat-explorer/model\') runs simulatePathway with no DOM and no Lit', () => {
    const script = `import('jak-stat-explorer/model').then((m) => {
      const s = m.simulatePathway({ scene: 'il13', drug: 'upadacitinib', exposure: 10 });
      if (Math.abs(s.signal - 1 / 11) > 1e-9) throw new Error('signal ' + s.signal);
      if (typeof document !== 'undefined' || globalThis.litHtmlVersions || globalThis.reactiveElementVersions) throw new Error('DOM or Lit loaded');
      console.log(JSON.stringify({ signal: s.signal, scenes: Object.keys(m.SCENES).length, drugs: m.DRUG_IDS.length }));
    });`;
    const output = run(process.execPath, ['-e', script], project).trim();
    console.log(`      ${output}`);
  });

  await check('the installed model entry imports no package but valibot (its module graph)', () => {
    const packageDir = join(project, 'node_modules/jak-stat-explorer');
    const bare = new Set();
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const imports = /^(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;
      for (const match of readFileSync(file, 'utf8').matchAll(imports)) {
        const specifier = match[1] ?? match[2] ?? match[3];
        if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
        else bare.add(specifier);
      }
    };
    visit(join(packageDir, pkg.exports['./model'].default));
    assert([...bare].every((name) => name === 'valibot'), `the model's graph imports ${[...bare].join(', ')}`);
    console.log(`      ${seen.size} modules, bare imports: ${[...bare].join(', ')}`);
  });

  for (const moduleResolution of ['Bundler', 'NodeNext']) {
    await check(`tsc: a consumer type-checks against the declarations (moduleResolution ${moduleResolution})`, () => {
      const config = `tsconfig.${moduleResolution.toLowerCase()}.json`;
      writeFileSync(join(project, config), JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: moduleResolution === 'Bundler' ? 'ESNext' : 'NodeNext', moduleResolution,
          lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: true, types: [],
        },
        files: ['consumer.ts'],
      }));
      run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], project);
    });
  }
}

if (failed.length > 0) {
  console.log(`test-package: FAILED: ${failed.join('; ')}\ntest-package: the host project is kept in ${project}`);
  process.exit(1);
}
rmSync(project, { recursive: true, force: true });
console.log('test-package: all checks passed');
