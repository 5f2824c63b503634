import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './scripts/chromium-launch.mjs';
import { PIXI_TRIM_ALIASES, pixiStandIns } from './vite.shared.ts';

/** Headless Chromium for a browser project (a fresh object each: Vitest names the instance after its project). */
const chromium = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const, viewport: { width: 1280, height: 800 } }],
});

/** Browser test files that need a page of their own: they watch languages load, which happens once per page. */
const OWN_PAGE = ['tests/browser/languages.test.ts', 'tests/browser/language-controller.test.ts'];

/**
 * Projects: `unit` runs the pure model, scenes and timeline in Node; `e2e` drives the built embed module in
 * Chromium with Playwright; `browser` runs the element in a real headless Chromium, every file in one page;
 * `browser-languages` gives the language files a page each.
 */
export default defineConfig({
  // Tests run the Pixi the builds ship: the same stand-ins for the parts the product never uses, so a feature
  // that needs one of them fails here, not only in the built module.
  plugins: [pixiStandIns()],
  resolve: { alias: PIXI_TRIM_ALIASES },
  optimizeDeps: {
    exclude: ['pixi.js'],
    include: ['mediabunny', ...['eventemitter3', 'earcut', 'tiny-lru', '@pixi/colord', '@pixi/colord/plugins/names', '@xmldom/xmldom', 'parse-svg-path', 'ismobilejs', 'gifuct-js'].map((dep) => `pixi.js > ${dep}`)],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // The built embed module in a real page: builds it, then drives the system Chromium with Playwright.
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // One page for every file: the element, Pixi, GSAP and axe load once instead of once per file. Each
          // test mounts a fresh widget and restores what it changes (mocks, globals, page language).
          isolate: false,
          include: ['tests/browser/**/*.test.ts'],
          exclude: OWN_PAGE,
          testTimeout: 30_000,
          setupFiles: ['tests/support/quiet-lit-dev-mode.ts'],
          browser: chromium(),
        },
      },
      {
        extends: true,
        test: {
          name: 'browser-languages',
          include: OWN_PAGE,
          testTimeout: 30_000,
          setupFiles: ['tests/support/quiet-lit-dev-mode.ts'],
          browser: chromium(),
        },
      },
    ],
  },
});
