/**
 * The classroom app: one widget filling the window, a scene picker, the cytokine overview, and the state in
 * the URL hash so that a link or a reload restores the same view.
 */
import '../index';
import { SCENES } from '../../scenes';
import { parseHash, viewHash } from './hash-state';
import { renderAbout } from './about';
import { onLocaleRegistered, resolveLocale } from '../i18n/registry';
import { builderText } from './builder/builder-strings';
import { handoutHref } from './handout/handout-options';
import { handoutText } from './handout/handout-text';

const explorer = document.querySelector('jak-stat-explorer');
const picker = document.querySelector<HTMLSelectElement>('#scene-picker');
const overview = document.querySelector('jak-stat-overview');
const aboutList = document.querySelector('#about-sources');
const handoutLink = document.querySelector<HTMLAnchorElement>('#handout-link');
if (!explorer || !picker || !overview) throw new Error('index.html is missing the explorer, picker or overview');

for (const [id, scene] of Object.entries(SCENES)) {
  picker.append(new Option(`${scene.cytokine.label}: ${scene.title}`, id));
}

function applyHash(): void {
  const state = parseHash(location.hash);
  const el = explorer!;
  if (state.lang !== undefined && state.lang !== document.documentElement.lang) document.documentElement.lang = state.lang;
  if (state.scene !== undefined && state.scene !== el.scene) el.setAttribute('scene', state.scene);
  if (state.drug !== undefined && state.drug !== el.drug) el.setAttribute('drug', state.drug);
  if (state.exposure !== undefined && state.exposure !== String(el.exposure)) el.setAttribute('exposure', state.exposure);
  el.toggleAttribute('compare', state.compare === '1');
  el.toggleAttribute('whole-cell', state.whole === '1');
  // The range before the step, so that a step inside the new range is not checked against the old one.
  setOrRemove(el, 'from', state.from);
  setOrRemove(el, 'to', state.to);
  if (state.step !== undefined && state.step !== String(el.step)) el.setAttribute('step', state.step);
}

/** Sets an attribute from the hash, or removes it when the hash has no such key. */
function setOrRemove(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Puts the page's own text (around the widget) in the page's language. */
function translatePage(): void {
  const locale = resolveLocale(document.documentElement.lang || navigator.language);
  const text = locale.ui.app;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset.i18n as keyof typeof text;
    if (key in text) element.textContent = text[key];
  }
  // The link to the builder: its text lives with the builder's, not in the widget's locales (the embed core).
  const builder = builderText(locale.code);
  for (const element of document.querySelectorAll<HTMLElement>('[data-builder-i18n]')) {
    const value = builder[element.dataset.builderI18n as 'appLink' | 'appText'];
    if (typeof value === 'string') element.textContent = value;
  }
  if (handoutLink) handoutLink.textContent = handoutText(locale.code).link;
  for (const option of picker!.options) {
    const scene = SCENES[option.value];
    if (scene) option.text = `${scene.cytokine.label}: ${locale.content?.scenes[scene.id]?.title ?? scene.title}`;
  }
}

/** Mirrors the widget's scene into the URL, the picker, the overview and the about box. */
function syncFromExplorer(): void {
  translatePage();
  const el = explorer!;
  const lang = document.documentElement.lang;
  const hash = viewHash({
    scene: el.scene, step: el.step, drug: el.drug, exposure: el.exposure, compare: el.compare, wholeCell: el.wholeCell,
    lang: lang !== 'en' ? lang : undefined, from: el.from, to: el.to,
  });
  // replaceState: stepping through a lesson should not fill the back button's history.
  if (hash !== location.hash) history.replaceState(null, '', hash);
  // The handout of the view shown: same scene, drug, exposure and language (every step, so no step).
  handoutLink?.setAttribute('href', handoutHref({ scene: el.scene, drug: el.drug, exposure: el.exposure, lang: document.documentElement.lang }));
  picker!.value = explorer!.scene;
  overview!.current = explorer!.scene;
  renderAbout(aboutList, explorer!);
}

/**
 * Every scene follows the same canonical order of steps, so switching cytokine keeps the step: a class can
 * compare "step 4" of IL-13 and of IL-31 directly.
 */
function showScene(id: string): void {
  explorer!.setAttribute('scene', id);
}

applyHash();
syncFromExplorer();
// A language module arrives after the first render: translate the page again when it does.
onLocaleRegistered(translatePage);
window.addEventListener('hashchange', applyHash);
explorer.addEventListener('step-change', syncFromExplorer);
explorer.addEventListener('scene-error', syncFromExplorer);
explorer.addEventListener('drug-change', syncFromExplorer);
// The whole-cell button (or W) fires no event: the URL follows its attribute.
new MutationObserver(syncFromExplorer).observe(explorer, { attributes: true, attributeFilter: ['whole-cell'] });
picker.addEventListener('change', () => showScene(picker.value));
// The page's language drives the widget and the overview (they follow <html lang>).
const languagePicker = document.querySelector<HTMLSelectElement>('#language-picker');
if (languagePicker) {
  languagePicker.value = document.documentElement.lang.startsWith('es') ? 'es' : 'en';
  languagePicker.addEventListener('change', () => {
    document.documentElement.lang = languagePicker.value;
    syncFromExplorer();
  });
}
overview.addEventListener('scene-select', (event) => {
  showScene(event.detail.scene);
  explorer.scrollIntoView({ behavior: 'smooth', block: 'start' });
  explorer.focus();
});
