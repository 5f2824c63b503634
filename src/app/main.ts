/**
 * The classroom app: one widget filling the window, a scene picker, the cytokine overview, and the state in
 * the URL hash so that a link or a reload restores the same view.
 */
import '../index';
import { SCENES } from '../../scenes';
import { formatHash, parseHash } from './hash-state';
import { renderAbout } from './about';

const explorer = document.querySelector('jak-stat-explorer');
const picker = document.querySelector<HTMLSelectElement>('#scene-picker');
const overview = document.querySelector('jak-stat-overview');
const aboutList = document.querySelector('#about-sources');
if (!explorer || !picker || !overview) throw new Error('index.html is missing the explorer, picker or overview');

for (const [id, scene] of Object.entries(SCENES)) {
  picker.append(new Option(`${scene.cytokine.label}: ${scene.title}`, id));
}

function applyHash(): void {
  const state = parseHash(location.hash);
  if (state.scene !== undefined && state.scene !== explorer!.scene) explorer!.setAttribute('scene', state.scene);
  if (state.step !== undefined && state.step !== String(explorer!.step)) explorer!.setAttribute('step', state.step);
}

/** Mirrors the widget's scene into the URL, the picker, the overview and the about box. */
function syncFromExplorer(): void {
  const hash = formatHash({ scene: explorer!.scene, step: String(explorer!.step) });
  // replaceState: stepping through a lesson should not fill the back button's history.
  if (hash !== location.hash) history.replaceState(null, '', hash);
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
window.addEventListener('hashchange', applyHash);
explorer.addEventListener('step-change', syncFromExplorer);
explorer.addEventListener('scene-error', syncFromExplorer);
picker.addEventListener('change', () => showScene(picker.value));
overview.addEventListener('scene-select', (event) => {
  showScene(event.detail.scene);
  explorer.scrollIntoView({ behavior: 'smooth', block: 'start' });
  explorer.focus();
});
