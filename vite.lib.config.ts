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

/**
 * The parts of the widget that its first frame does not need, each a module of its own beside the core,
 * `chunks/<name>.js`, which the core imports from its own URL when a widget first shows that part
 * (src/ui/controllers/lazy-parts.ts). Named by the module they are built from. The clip's chunk holds the video
 * muxer and imports the picture's chunk (which holds the offscreen stage both draw with).
 */
export const LAZY_CHUNKS: readonly string[] = ['treatment-panels', 'export-image', 'export-clip'];

/**
 * Fails the build unless it wrote exactly the core and the chunks of LAZY_CHUNKS: one <script> tag must stay
 * the whole install, and a chunk the bundler splits off by itself (code shared in a new way) must be noticed.
 */
function coreAndLazyChunks(): Plugin {
  const expected = ['jak-stat-explorer.js', ...LAZY_CHUNKS.map((name) => `chunks/${name}.js`)].sort();
  return {
    name: 'jak-stat-explorer:core-and-lazy-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const written = Object.values(bundle).filter((output) => output.type === 'chunk').map((chunk) => chunk.fileName).sort();
      if (written.join() !== expected.join()) this.error(`The embed build must write ${expected.join(', ')}, but it wrote ${written.join(', ')}.`);
    },
  };
}

/**
 * The embeddable build: one ES module, `dist/jak-stat-explorer.js`, with every dependency inside (Pixi, GSAP,
 * Lit) and English, plus one module per other language, `dist/locales/<code>.js`, and one per lazy part,
 * `dist/chunks/<name>.js`, which the core imports from its own URL only when a widget needs it. One
 * <script type="module"> tag is the whole install; the files beside it must be served with it.
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
  plugins: [pixiStandIns(), minifyLitCss(), lazyPixiSegmenter(), coreAndLazyChunks(), languageModules()],
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
      // What a lazy chunk shares with the core stays in the core, exported to the chunk under extra names
      // (library mode otherwise keeps the entry's exports strict and splits the shared code into a third file).
      preserveEntrySignatures: 'allow-extension',
      // Not `codeSplitting: false`: inlining dynamic imports makes Rolldown wrap ~185 modules (most of Pixi) in
      // lazy initialisers, ~6 KiB minified. Languages load by URL (not bundled); the lazy parts are split off as
      // chunks that import what they share from the core, and coreAndLazyChunks() checks nothing else is.
      output: { minify: true, chunkFileNames: 'chunks/[name].js' },
    },
  },
});
