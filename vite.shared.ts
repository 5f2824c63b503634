import { fileURLToPath } from 'node:url';
import type { AliasOptions, Plugin } from 'vite';

/**
 * Build settings shared by the app and the embed module.
 *
 * Pixi pulls in optional extensions (accessibility, DOM and event systems, filters, spritesheets) through a
 * dynamic import that a single-file bundle cannot leave out at run time. The widget uses none of them: it
 * draws with its own Canvas2D renderer and handles input in the DOM. Aliasing them to an empty module keeps
 * about 30 KiB (gzip) out of every page.
 */
const empty = fileURLToPath(new URL('./src/view/pixi-unused-extensions.ts', import.meta.url));
/** The widget never parses SVG (every shape is drawn with Graphics calls): Pixi's SVG parsers stay out too. */
const noSvg = fileURLToPath(new URL('./src/view/pixi-no-svg.ts', import.meta.url));
/** Colours are numbers: of the CSS colour names, only those Pixi's defaults use (its file says which). */
const fewColourNames = fileURLToPath(new URL('./src/view/pixi-few-colour-names.ts', import.meta.url));

export const PIXI_TRIM_ALIASES: AliasOptions = [
  { find: /^\.\/browserAll\.mjs$/, replacement: empty },
  { find: /^\.\/webworkerAll\.mjs$/, replacement: empty },
  { find: /^\.\/spritesheet\/init\.mjs$/, replacement: empty },
  { find: /^\.\/svg\/SVGParser\.mjs$/, replacement: noSvg },
  { find: /^\.\.\/svg\/parseSVGPath\.mjs$/, replacement: noSvg },
  { find: /^@pixi\/colord\/plugins\/names$/, replacement: fewColourNames },
];

/**
 * Pixi modules that the Canvas2D widget never runs, each replaced by a stand-in (its file says why), matched
 * by the module's path inside pixi.js (whoever imports it) rather than by an import specifier. Together they
 * keep ~18 KiB (gzip) of GPU-only and unused code out of the embed module. Stand-ins for code that could be
 * reached throw a clear error. The built module is what the e2e tests and `npm run verify:build` check; the
 * browser tests run Pixi from source, with the stand-ins only if their config adds `pixiStandIns()`.
 */
const PIXI_STAND_INS: Record<string, string> = {
  'rendering/renderers/shared/texture/sources/VideoSource.mjs': fileURLToPath(new URL('./src/view/pixi-no-video.ts', import.meta.url)),
  'rendering/batcher/shared/DefaultShader.mjs': fileURLToPath(new URL('./src/view/pixi-no-gpu-shader.ts', import.meta.url)),
  'rendering/mask/alpha/AlphaMaskPipe.mjs': fileURLToPath(new URL('./src/view/pixi-no-alpha-mask.ts', import.meta.url)),
  'utils/utils.mjs': fileURLToPath(new URL('./src/view/pixi-no-earcut.ts', import.meta.url)),
  'scene/text/canvas/utils/measureTaggedText.mjs': fileURLToPath(new URL('./src/view/pixi-no-tagged-text.ts', import.meta.url)),
  'scene/graphics/shared/GraphicsPipe.mjs': fileURLToPath(new URL('./src/view/pixi-no-gpu-graphics.ts', import.meta.url)),
  'scene/graphics/shared/GraphicsContextSystem.mjs': fileURLToPath(new URL('./src/view/pixi-no-gpu-graphics.ts', import.meta.url)),
  'rendering/renderers/shared/extract/ExtractSystem.mjs': fileURLToPath(new URL('./src/view/pixi-no-extract.ts', import.meta.url)),
};

/** Resolves each module of PIXI_STAND_INS to its stand-in (see above). */
export function pixiStandIns(): Plugin {
  return {
    name: 'jak-stat-explorer:pixi-stand-ins',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.includes('/pixi.js/lib/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // Dev servers add a query (`?v=…`) to dependency ids.
      const path = resolved?.id.replace(/\\/g, '/').split('?')[0]?.split('/pixi.js/lib/')[1];
      return (path && PIXI_STAND_INS[path]) || null;
    },
  };
}

/**
 * Minifies the CSS in Lit `css\`…\`` templates of our own sources: drops comments and indentation, the
 * spaces around `{ } ; ,` and after `:`. Lit ships template text as written, so a stylesheet's comments and
 * layout would otherwise reach every page. Line breaks stay where they were, so source maps stay exact.
 * Templates with `${…}` parts are left as they are.
 */
export function minifyLitCss(): Plugin {
  const template = /\bcss`([^`]*)`/g;
  // A space after a colon never matters in CSS (a selector's pseudo-class has none), nor a `;` before `}`.
  const minifyLine = (line: string) =>
    line.replace(/\s+/g, ' ').trim().replace(/\s*([{};,])\s*/g, '$1').replace(/: /g, ':').replace(/;}/g, '}');
  const minify = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, (comment) => '\n'.repeat(comment.split('\n').length - 1))
      .split('\n')
      .map(minifyLine)
      .join('\n');
  return {
    name: 'jak-stat-explorer:minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(template, (whole, css: string) => (css.includes('${') ? whole : `css\`${minify(css)}\``)), map: null };
    },
  };
}

/**
 * Pixi creates an `Intl.Segmenter` when its text module is evaluated, which costs 15–30 ms on the page's
 * first-frame path (ICU loads its break rules). Chromium, Firefox and Safari draw letter spacing natively, so
 * the segmenter is seldom used: this creates it on first use instead. Fails the build if Pixi's code changes.
 */
export function lazyPixiSegmenter(): Plugin {
  const eager = 'const segmenter = new Intl.Segmenter();\n    return (s) => {\n      const segments = segmenter.segment(s);';
  const lazy = 'let segmenter;\n    return (s) => {\n      const segments = (segmenter ??= new Intl.Segmenter()).segment(s);';
  return {
    name: 'jak-stat-explorer:lazy-pixi-segmenter',
    apply: 'build',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/pixi.js/lib/scene/text/canvas/CanvasTextMetrics.mjs')) return null;
      if (!code.includes(eager)) this.error('Pixi\'s CanvasTextMetrics changed: update lazyPixiSegmenter() in vite.shared.ts.');
      return { code: code.replace(eager, lazy), map: null };
    },
  };
}
