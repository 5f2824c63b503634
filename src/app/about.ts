/**
 * The app's "about" box: every source the current scene cites, listed once, so a teacher can check them.
 */
import { getSource } from '../model/sources';
import type { JakStatExplorer } from '../ui/jak-stat-explorer/jak-stat-explorer';
import { SCENES } from '../../scenes';

/** Fills `list` with the sources of the widget's current scene (plain DOM, no HTML strings). */
export function renderAbout(list: Element | null, explorer: JakStatExplorer): void {
  if (!list) return;
  const scene = SCENES[explorer.scene];
  if (!scene) return;
  const ids = new Set<string>([...scene.cell.sources, ...scene.receptor.sources, ...scene.stat.sources]);
  for (const step of scene.steps) for (const id of step.sources) ids.add(id);
  const sorted = [...ids].sort((a, b) => parseInt(a.slice(1), 10) - parseInt(b.slice(1), 10) || a.localeCompare(b));
  if (list.getAttribute('data-scene') === scene.id) return;
  list.setAttribute('data-scene', scene.id);
  list.replaceChildren(...sorted.map((id) => {
    const item = document.createElement('li');
    const tag = document.createElement('span');
    tag.className = 'source-id';
    tag.textContent = id;
    item.append(tag, ' ');
    getSource(id).works.forEach((work, i) => {
      if (i > 0) item.append('; ');
      if (work.url) {
        const link = document.createElement('a');
        link.href = work.url;
        link.rel = 'noopener noreferrer';
        link.textContent = work.title;
        item.append(link);
      } else {
        item.append(work.title);
      }
    });
    return item;
  }));
}
