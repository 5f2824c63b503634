import { defineConfig } from 'vite';

/**
 * `vite` serves the classroom app (index.html); `vite build` writes it to dist/ with relative asset paths so
 * the built site works from any folder. The embeddable single-file module is built by vite.lib.config.ts.
 */
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: true,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
