import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyLitCss } from './vite.shared.ts';
import packageJson from './package.json' with { type: 'json' };

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** `lit`, `pixi.js`, `gsap`, `valibot` and their subpaths (`lit/decorators.js`, `@lit/…`): left to the host. */
const DEPENDENCIES = Object.keys(packageJson.dependencies);
const isDependency = (id: string) =>
  /^@lit(-labs)?\//.test(id) || DEPENDENCIES.some((name) => id === name || id.startsWith(`${name}/`) || id.startsWith(`${name}-`));

/**
 * The package's unbundled build, `dist/esm/`: one ES module per source module, with bare imports of the
 * dependencies, so that a host's bundler resolves them once for the host and the widget alike (one Lit, one
 * Pixi). Entries: `src/index.ts` (defines the elements), `src/elements.ts` (defines nothing),
 * `src/model-entry.ts` (the pure model, for Node too). Language modules stay lazy: `locale-loaders.ts` imports
 * `./locales/es.js` on demand, which the host's bundler turns into a chunk of its own.
 *
 * Not minified: the host minifies its own build, and readable modules debug better. Pixi is not trimmed as in
 * the embed module (vite.shared.ts): the host resolves the full `pixi.js`.
 */
export default defineConfig({
  plugins: [minifyLitCss()],
  build: {
    outDir: 'dist/esm',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: false,
    copyPublicDir: false,
    lib: {
      entry: {
        index: source('./src/index.ts'),
        elements: source('./src/elements.ts'),
        model: source('./src/model-entry.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isDependency,
      output: {
        preserveModules: true,
        // Paths below dist/esm mirror the repository (src/…, scenes/…), as the declarations in dist/types do.
        preserveModulesRoot: source('.'),
        entryFileNames: '[name].js',
      },
    },
  },
});
