/**
 * The embed builder (builder.html): a form whose every input updates a live `<jak-stat-explorer>` preview, three
 * copy-ready snippets (script tag, npm, iframe) and the app's deep link. Plain DOM on the page's own labelled
 * controls, so the form works with a keyboard and a screen reader as the platform's controls do. Snippet text
 * goes in as text nodes, never HTML.
 */
import '../../index';
import { DRUGS } from '../../../scenes/drugs';
import { SCENES } from '../../../scenes';
import { DEFAULT_CONFIG, THEME_IDS, THEMES, widgetAttributes, type ThemeId, type WidgetConfig } from '../widget-config';
import { builderText, type BuilderText } from './builder-strings';
import { snippets } from './snippets';

const $ = <T extends HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`builder.html is missing #${id}`);
  return element as T;
};

const form = $<HTMLFormElement>('builder-form');
const preview = $('preview') as HTMLElementTagNameMap['jak-stat-explorer'];
const fields = {
  scene: $<HTMLSelectElement>('scene'),
  drug: $<HTMLSelectElement>('drug'),
  exposure: $<HTMLInputElement>('exposure'),
  compare: $<HTMLInputElement>('compare'),
  from: $<HTMLInputElement>('from'),
  to: $<HTMLInputElement>('to'),
  quiz: $<HTMLInputElement>('quiz'),
  autoplay: $<HTMLInputElement>('autoplay'),
  lang: $<HTMLSelectElement>('lang'),
  theme: $<HTMLSelectElement>('theme'),
  width: $<HTMLInputElement>('width'),
  height: $<HTMLInputElement>('height'),
};
const rangeError = $('range-error');
const copyStatus = $('copy-status');
const outputs = { scriptTag: $('snippet-script'), npm: $('snippet-npm'), iframe: $('snippet-iframe') };
const deepLink = $<HTMLAnchorElement>('deep-link');

// The page's language: `?lang=es`, else the browser's.
const pageLang = new URLSearchParams(location.search).get('lang') ?? navigator.language;
const text: BuilderText = builderText(pageLang);
document.documentElement.lang = text === builderText('es') ? 'es' : 'en';
for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
  const value = text[element.dataset.i18n as keyof BuilderText];
  if (typeof value === 'string') element.textContent = value;
}
document.title = `${text.title} · JAK-STAT Explorer`;

for (const [id, scene] of Object.entries(SCENES)) fields.scene.append(new Option(`${scene.cytokine.label}: ${scene.title}`, id));
fields.drug.append(new Option(text.noDrug, 'none'));
for (const [id, drug] of Object.entries(DRUGS)) fields.drug.append(new Option(drug.name, id));

/** The last good set-up: what the preview and the snippets show. */
let shown: WidgetConfig = { ...DEFAULT_CONFIG };

/** A number field's value, or undefined when empty. */
function numberOf(input: HTMLInputElement): number | undefined {
  return input.value.trim() === '' ? undefined : Number(input.value);
}

/** Reads the form. A bad step range is reported beside it and the last good range kept. */
function readForm(): WidgetConfig {
  const stepCount = SCENES[fields.scene.value]?.steps.length ?? 12;
  const from = numberOf(fields.from);
  const to = numberOf(fields.to);
  const whole = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 1 && n <= stepCount);
  const rangeOk = whole(from) && whole(to) && (from ?? 1) <= (to ?? stepCount);
  rangeError.textContent = rangeOk ? '' : text.rangeError(stepCount);
  for (const input of [fields.from, fields.to]) {
    if (rangeOk) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  }
  const exposure = Number(fields.exposure.value);
  const size = (input: HTMLInputElement, fallback: number) => {
    const n = Number(input.value);
    return Number.isFinite(n) && n >= Number(input.min) && n <= Number(input.max) ? Math.round(n) : fallback;
  };
  return {
    scene: fields.scene.value,
    drug: fields.drug.value,
    exposure: Number.isFinite(exposure) && exposure >= 0.1 && exposure <= 1000 ? exposure : shown.exposure,
    compare: fields.compare.checked,
    lang: fields.lang.value,
    from: rangeOk ? from : shown.from,
    to: rangeOk ? to : shown.to,
    theme: THEME_IDS.includes(fields.theme.value as ThemeId) ? (fields.theme.value as ThemeId) : 'default',
    quiz: fields.quiz.checked,
    autoplay: fields.autoplay.checked,
    width: size(fields.width, shown.width),
    height: size(fields.height, shown.height),
  };
}

/** Sets the preview's attributes and style to the set-up's, removing what it no longer has. */
function showPreview(config: WidgetConfig): void {
  const wanted = new Map(widgetAttributes(config));
  for (const name of ['scene', 'drug', 'exposure', 'compare', 'lang', 'from', 'to', 'quiz', 'autoplay']) {
    const value = wanted.get(name);
    if (value === undefined) preview.removeAttribute(name);
    else if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
  }
  for (const theme of THEME_IDS) for (const name of Object.keys(THEMES[theme])) preview.style.removeProperty(name);
  for (const [name, value] of Object.entries(THEMES[config.theme])) preview.style.setProperty(name, value);
  preview.style.width = `${config.width}px`;
}

function update(): void {
  const autoplayBefore = shown.autoplay;
  shown = readForm();
  fields.exposure.disabled = shown.drug === 'none';
  fields.compare.disabled = shown.drug === 'none';
  showPreview(shown);
  // Autoplay acts when a widget is put on the page; the preview is on it already, so show what it will do.
  if (shown.autoplay && !autoplayBefore) (preview as HTMLElement & { play(): void }).play();
  const site = new URL('.', location.href).href;
  const out = snippets(shown, site);
  outputs.scriptTag.textContent = out.scriptTag;
  outputs.npm.textContent = out.npm;
  outputs.iframe.textContent = out.iframe;
  deepLink.href = out.deepLink;
  deepLink.textContent = out.deepLink;
}

/** Copies a snippet and says so in the status line (announced politely). */
async function copy(button: HTMLButtonElement): Promise<void> {
  const source = document.getElementById(button.dataset.copy ?? '');
  const what = document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
  try {
    await navigator.clipboard.writeText(source?.textContent ?? '');
    copyStatus.textContent = text.copied(what);
  } catch {
    copyStatus.textContent = text.copyFailed;
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.addEventListener('click', () => void copy(button));
}
update();
