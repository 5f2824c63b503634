import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { PIXI_TRIM_ALIASES } from './vite.shared.ts';

/**
 * `vite` serves the classroom app (index.html); `vite build` writes it to dist/ with relative asset paths so
 * the built site works from any folder. The embeddable single-file module is built by vite.lib.config.ts.
 */
export default defineConfig({
  resolve: { alias: PIXI_TRIM_ALIASES },
  base: './',
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: true,
    // Two pages: the classroom app and the site owner's embedding guide.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
