/**
 * The app's "about" box: every source the current view cites, listed once, so a teacher can check them: the
 * scene's (cell, receptor, STAT, outcome, steps) and, with a drug, the drug's and those its narration adds.
 */
import { getSource } from '../model/source-works';
import type { JakStatExplorer } from '../ui/jak-stat-explorer/jak-stat-explorer';
import { sceneDataById } from '../../scenes';
import { drugDataById } from '../../scenes/drugs';

/** Sources the drug narration cites besides the drug's own: the mechanism note (S42, S77) and skin uptake (S65). */
const DRUG_NARRATION_SOURCES = ['S42', 'S77', 'S65'];

/** Every `sources` id anywhere in a piece of data. */
function sourcesIn(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => sourcesIn(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) child.forEach((id) => into.add(String(id)));
      else sourcesIn(child, into);
    }
  }
  return into;
}

/** Fills `list` with the sources of the widget's current scene and drug (plain DOM, no HTML strings). */
export function renderAbout(list: Element | null, explorer: JakStatExplorer): void {
  if (!list) return;
  const scene = sceneDataById(explorer.scene);
  if (!scene) return;
  const drug = drugDataById(explorer.drug);
  const ids = sourcesIn(scene, new Set());
  if (drug) for (const id of [...sourcesIn(drug, new Set()), ...DRUG_NARRATION_SOURCES]) ids.add(id);
  const sorted = [...ids].sort((a, b) => parseInt(a.slice(1), 10) - parseInt(b.slice(1), 10) || a.localeCompare(b));
  const key = `${scene.id}|${drug?.id ?? 'none'}`;
  if (list.getAttribute('data-view') === key) return;
  list.setAttribute('data-view', key);
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
