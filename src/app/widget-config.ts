/**
 * One widget's set-up as the embed builder (builder.html) chooses it, the iframe page (frame.html) and the SCORM
 * page (scorm.html) read it, and the snippets write it: the element's attributes, a theme and a size. Pure: no
 * DOM here, so the same code writes a snippet and reads it back (unit-tested in Node).
 */

/** Theme presets: the element's CSS custom properties (README, "API"). `default` sets none. */
export const THEMES = {
  default: {},
  dark: {
    '--jse-fg': '#e6edf5',
    '--jse-bg': '#17202b',
    '--jse-accent': '#7cc4e0',
    '--jse-accent-fg': '#0d1620',
    '--jse-muted': '#a9b8c9',
    '--jse-border': '#34445a',
  },
  'high-contrast': {
    '--jse-fg': '#000000',
    '--jse-bg': '#ffffff',
    '--jse-accent': '#000000',
    '--jse-accent-fg': '#ffffff',
    '--jse-muted': '#000000',
    '--jse-border': '#000000',
  },
} as const satisfies Record<string, Readonly<Record<string, string>>>;

export type ThemeId = keyof typeof THEMES;
export const THEME_IDS = Object.keys(THEMES) as ThemeId[];

/** Everything the builder chooses. */
export interface WidgetConfig {
  scene: string;
  /** `none` for no drug. */
  drug: string;
  exposure: number;
  compare: boolean;
  /** A language tag, or '' for the page's. */
  lang: string;
  /** The step range; undefined ends are the scene's own. */
  from?: number;
  to?: number;
  theme: ThemeId;
  quiz: boolean;
  autoplay: boolean;
  /** CSS pixels: the widget's width (the element), and the iframe's height. */
  width: number;
  height: number;
}

export const DEFAULT_CONFIG: WidgetConfig = {
  scene: 'il13', drug: 'none', exposure: 10, compare: false, lang: '', theme: 'default', quiz: false, autoplay: false, width: 960, height: 760,
};

/**
 * The element's attributes for a set-up, in a fixed order; boolean attributes have the value ''. Exposure and
 * compare only with a drug (they change nothing without one).
 */
export function widgetAttributes(config: WidgetConfig): [string, string][] {
  const attributes: [string, string][] = [['scene', config.scene]];
  if (config.drug !== 'none') {
    attributes.push(['drug', config.drug], ['exposure', String(config.exposure)]);
    if (config.compare) attributes.push(['compare', '']);
  }
  if (config.lang) attributes.push(['lang', config.lang]);
  if (config.from !== undefined) attributes.push(['from', String(config.from)]);
  if (config.to !== undefined) attributes.push(['to', String(config.to)]);
  if (config.quiz) attributes.push(['quiz', '']);
  if (config.autoplay) attributes.push(['autoplay', '']);
  return attributes;
}

/** Boolean attributes of the element that a URL gives as `name=1`. */
const FLAGS = new Set(['compare', 'quiz', 'autoplay']);
/** Keys the iframe page reads: the attributes, and the theme. */
const FRAME_KEYS = ['scene', 'drug', 'exposure', 'compare', 'lang', 'from', 'to', 'quiz', 'autoplay', 'theme'];

/** The iframe page's hash for a set-up: `#scene=il4&from=4&to=8&quiz=1&theme=dark`. */
export function frameHash(config: WidgetConfig): string {
  const params = new URLSearchParams();
  for (const [name, value] of widgetAttributes(config)) params.set(name, FLAGS.has(name) ? '1' : value);
  if (config.theme !== 'default') params.set('theme', config.theme);
  return `#${params.toString()}`;
}

/** What a frame or SCORM page URL asks for: the attributes to set and the theme's custom properties. */
export interface PageWidget {
  readonly attributes: [string, string][];
  readonly theme: Readonly<Record<string, string>>;
}

/**
 * Reads a page's query and hash (the hash wins): attribute values are left for the element to check, flags are
 * on when `1`, unknown keys and themes are ignored.
 */
export function readPageWidget(search: string, hash: string): PageWidget {
  const params = new URLSearchParams(search.replace(/^\?/, ''));
  for (const [key, value] of new URLSearchParams(hash.replace(/^#/, ''))) params.set(key, value);
  const attributes: [string, string][] = [];
  for (const key of FRAME_KEYS) {
    const value = params.get(key);
    if (value === null || value === '' || key === 'theme') continue;
    if (FLAGS.has(key)) {
      if (value === '1') attributes.push([key, '']);
    } else attributes.push([key, value]);
  }
  const theme = params.get('theme');
  return { attributes, theme: theme !== null && Object.hasOwn(THEMES, theme) ? THEMES[theme as ThemeId] : {} };
}

/** The CSS declarations of a set-up's theme and width, one per line. */
export function styleDeclarations(config: WidgetConfig): string[] {
  return [
    ...Object.entries(THEMES[config.theme]).map(([name, value]) => `${name}: ${value};`),
    `width: ${config.width}px;`,
    'max-width: 100%;',
  ];
}
