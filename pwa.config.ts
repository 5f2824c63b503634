/**
 * What the installable classroom app declares and keeps offline (vite.config.ts hands these to vite-plugin-pwa).
 * The icons live in assets/ (the app build's public folder) and are rendered from assets/icon.svg by
 * `npm run icons`.
 */
import type { ManifestOptions } from 'vite-plugin-pwa';

/** The web app manifest (written as dist/manifest.webmanifest and linked from every page). */
export const APP_MANIFEST: Partial<ManifestOptions> = {
  name: 'JAK-STAT Explorer',
  short_name: 'JAK-STAT',
  description: 'An animated, narrated walk through JAK-STAT signalling in atopic dermatitis, and how JAK inhibitors block it.',
  lang: 'en',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#f3f6fa',
  theme_color: '#1f6f8b',
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
  ],
};

/**
 * Files of the app build the service worker precaches: every page, script (the app's chunks and language
 * modules included), style, icon and the manifest. Source maps are left out: only developers open them.
 */
export const APP_PRECACHE_PATTERNS = ['**/*.{html,js,css,svg,png,webmanifest}'];
