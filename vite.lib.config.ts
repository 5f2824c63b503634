import { defineConfig } from 'vite';

/**
 * The embeddable build: one ES module, `dist/jak-stat-explorer.js`, with every dependency inside (Pixi, GSAP,
 * Lit) and no further files to fetch, so one <script type="module"> tag is the whole install.
 */
export default defineConfig({
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
      output: { codeSplitting: false },
    },
  },
});
