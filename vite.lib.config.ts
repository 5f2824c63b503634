import { defineConfig } from 'vite';
import { PIXI_TRIM_ALIASES } from './vite.shared.ts';

/**
 * The embeddable build: one ES module, `dist/jak-stat-explorer.js`, with every dependency inside (Pixi, GSAP,
 * Lit) and no further files to fetch, so one <script type="module"> tag is the whole install. Importing it
 * touches no DOM: the elements are defined only where `customElements` exists.
 */
export default defineConfig({
  resolve: {
    alias: PIXI_TRIM_ALIASES,
    // Lit's "node" builds extend `globalThis.HTMLElement ?? shim` instead of `HTMLElement`, so the module can be
    // imported where there is no DOM (server-side rendering, tests in Node) and still defines the real element
    // in a browser. Dropping "browser" from the conditions is what selects them.
    conditions: ['module', 'node', 'production'],
  },
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
      output: { codeSplitting: false, minify: true },
    },
  },
});
