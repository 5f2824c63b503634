import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { lazyPixiSegmenter, minifyLitCss, PIXI_TRIM_ALIASES, pixiStandIns } from './vite.shared.ts';
import { LOCALE_MODULE_CODES } from './src/i18n/locale-codes.ts';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Writes each language module, `locales/<code>.js` beside the core, once the core is written: one more build
 * per language, from `src/i18n/locales/<code>.ts`, with what it imports (a few lines of registration, the
 * drug-name helper) inlined. Separate builds rather than one with several entries, so that nothing is shared
 * between core and languages as a chunk: the core stays one file, and each language one file that only
 * writes its data into the page-wide store (src/i18n/locale-store.ts).
 */
function languageModules(): Plugin {
  let outDir = 'dist';
  let sourcemap: boolean | 'inline' | 'hidden' = false;
  return {
    name: 'jak-stat-explorer:language-modules',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      sourcemap = config.build.sourcemap;
    },
    async closeBundle() {
      for (const code of LOCALE_MODULE_CODES) {
        await build({
          configFile: false,
          publicDir: false,
          logLevel: 'warn',
          build: {
            outDir: resolve(outDir, 'locales'),
            emptyOutDir: false,
            target: 'es2022',
            sourcemap,
            minify: true,
            lib: { entry: source(`./src/i18n/locales/${code}.ts`), formats: ['es'], fileName: () => `${code}.js` },
            rolldownOptions: { output: { codeSplitting: false, minify: true } },
          },
        });
      }
    },
  };
}

/** Fails the build unless it wrote exactly one JavaScript file: one <script> tag must stay the whole install. */
function oneFile(): Plugin {
  return {
    name: 'jak-stat-explorer:one-file',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk').map((chunk) => chunk.fileName);
      if (chunks.length !== 1) this.error(`The embed module must be one file, but the build wrote ${chunks.join(', ')}.`);
    },
  };
}

/**
 * The embeddable build: one ES module, `dist/jak-stat-explorer.js`, with every dependency inside (Pixi, GSAP,
 * Lit) and English, plus one module per other language, `dist/locales/<code>.js`, which the core imports from
 * its own URL only when a widget's language asks for it. One <script type="module"> tag is the whole install.
 * Importing the core touches no DOM: the elements are defined only where `customElements` exists.
 */
export default defineConfig({
  resolve: {
    alias: [
      ...(PIXI_TRIM_ALIASES as { find: RegExp; replacement: string }[]),
      // Load language modules from beside the built core, not from source (src/i18n/locale-loaders.ts).
      { find: /^\.\/locale-loaders$/, replacement: source('./src/i18n/locale-loaders.dist.ts') },
      // Lit's "node" builds (below) need only a base class and a registry where there is no DOM; the full SSR
      // shim would add ~12 KiB minified (src/lit-node-shim.ts says why it is not needed).
      { find: /^@lit-labs\/ssr-dom-shim$/, replacement: source('./src/lit-node-shim.ts') },
    ],
    // Lit's "node" builds extend `globalThis.HTMLElement ?? shim` instead of `HTMLElement`, so the module can be
    // imported where there is no DOM (server-side rendering, tests in Node) and still defines the real element
    // in a browser. Dropping "browser" from the conditions is what selects them.
    conditions: ['module', 'node', 'production'],
  },
  plugins: [pixiStandIns(), minifyLitCss(), lazyPixiSegmenter(), oneFile(), languageModules()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    // Library mode leaves ES output unminified by default; the embed is shipped as is, so minify it.
    minify: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'jak-stat-explorer.js',
    },
    rolldownOptions: {
      // Not `codeSplitting: false`: inlining dynamic imports makes Rolldown wrap ~185 modules (most of Pixi) in
      // lazy initialisers, ~6 KiB minified. The core has no dynamic import it bundles (languages load by URL),
      // so it is one chunk anyway, and oneFile() fails the build if that ever changes.
      output: { minify: true },
    },
  },
});
