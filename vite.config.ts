import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { lazyPixiSegmenter, minifyLitCss, PIXI_TRIM_ALIASES, pixiStandIns } from './vite.shared.ts';
import { APP_MANIFEST, APP_PRECACHE_PATTERNS } from './pwa.config.ts';

/**
 * `vite` serves the classroom app (index.html); `vite build` writes it to dist/ with relative asset paths so
 * the built site works from any folder. The embeddable single-file module is built by vite.lib.config.ts.
 *
 * The built site is an installable app that works offline (vite-plugin-pwa, see pwa.config.ts): a web app
 * manifest and a service worker (Workbox generateSW) that precaches every page, script, style and icon of
 * this build. The registration is a same-origin script file the plugin adds to each page (no inline script, so
 * the pages keep `script-src 'self'`); the embed builds (vite.lib.config.ts, vite.module.config.ts) register
 * nothing, which scripts/verify-build.mjs checks.
 */
export default defineConfig({
  resolve: { alias: PIXI_TRIM_ALIASES },
  plugins: [
    pixiStandIns(),
    minifyLitCss(),
    lazyPixiSegmenter(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: APP_MANIFEST,
      workbox: {
        globPatterns: APP_PRECACHE_PATTERNS,
        // The app's main script is ~620 kB minified: above Workbox's 2 MiB default it would silently be left out.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // An unknown path offline gets the app page rather than the browser's error page.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // A new worker takes over at once, the first visit's page included, so it is offline-ready without a reload.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  // Icons and other static art the pages use: served at the site root by `npm start`, copied to dist/ by the build.
  publicDir: 'assets',
  base: './',
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: true,
    // The app ships as one chunk on purpose (minified ~620 kB). Its real budget is gzip size, checked by
    // `npm run size`, so Vite's generic 500 kB warning would only be noise on every build.
    chunkSizeWarningLimit: 800,
    // Pages: the classroom app, its printable handout, the site owner's embedding guide, the embed builder, the bare
    // widget for iframes, and the SCORM package's page (scripts/package-scorm.mjs).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        handout: fileURLToPath(new URL('./handout.html', import.meta.url)),
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
