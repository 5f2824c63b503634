/**
 * The classroom app: one widget filling the window, its state mirrored in the URL hash so that a link or a
 * reload restores the same view.
 */
import '../index';
import { formatHash, parseHash } from './hash-state';
import { renderAbout } from './about';

const explorer = document.querySelector('jak-stat-explorer');
if (!explorer) throw new Error('index.html must contain <jak-stat-explorer>');

function applyHash(): void {
  const state = parseHash(location.hash);
  if (state.scene !== undefined && state.scene !== explorer!.scene) explorer!.setAttribute('scene', state.scene);
  if (state.step !== undefined && state.step !== String(explorer!.step)) explorer!.setAttribute('step', state.step);
}

function writeHash(): void {
  const hash = formatHash({ scene: explorer!.scene, step: String(explorer!.step) });
  // replaceState: stepping through a lesson should not fill the back button's history.
  if (hash !== location.hash) history.replaceState(null, '', hash);
}

applyHash();
window.addEventListener('hashchange', applyHash);
explorer.addEventListener('step-change', writeHash);
explorer.addEventListener('scene-error', writeHash);
renderAbout(document.querySelector('#about-sources'), explorer);
explorer.addEventListener('step-change', () => renderAbout(document.querySelector('#about-sources'), explorer));
