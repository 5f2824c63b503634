import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { lazyPixiSegmenter, minifyLitCss, PIXI_TRIM_ALIASES, pixiStandIns } from './vite.shared.ts';

/**
 * `vite` serves the classroom app (index.html); `vite build` writes it to dist/ with relative asset paths so
 * the built site works from any folder. The embeddable single-file module is built by vite.lib.config.ts.
 */
export default defineConfig({
  resolve: { alias: PIXI_TRIM_ALIASES },
  plugins: [pixiStandIns(), minifyLitCss(), lazyPixiSegmenter()],
  base: './',
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: true,
    // The app ships as one chunk on purpose (minified ~620 kB). Its real budget is gzip size, checked by
    // `npm run size`, so Vite's generic 500 kB warning would only be noise on every build.
    chunkSizeWarningLimit: 800,
    // Pages: the classroom app, the site owner's embedding guide, the embed builder, the bare widget for iframes, and
    // the SCORM package's page (scripts/package-scorm.mjs).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
        builder: fileURLToPath(new URL('./builder.html', import.meta.url)),
        frame: fileURLToPath(new URL('./frame.html', import.meta.url)),
        scorm: fileURLToPath(new URL('./scorm.html', import.meta.url)),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
