import { describe, expect, it } from 'vitest';
import { renderAbout } from '../../src/app/about';
import type { JakStatExplorer } from '../../src/ui/jak-stat-explorer/jak-stat-explorer';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';

const listed = (list: Element) => [...list.querySelectorAll('.source-id')].map((tag) => tag.textContent);

describe('the app’s about box', () => {
  it('lists the scene’s outcome sources, and the drug’s sources once a drug is chosen', () => {
    const list = document.createElement('ul');
    const view = { scene: 'il13', drug: 'none' } as JakStatExplorer;
    renderAbout(list, view);
    for (const id of SCENES.il13!.outcome.sources) expect(listed(list)).toContain(id);
    expect(listed(list)).not.toContain('S51');

    view.drug = 'upadacitinib';
    renderAbout(list, view);
    for (const id of ['S51', ...DRUGS.upadacitinib!.potency.JAK2.sources, ...DRUGS.upadacitinib!.boxedWarning.sources, 'S42']) {
      expect(listed(list)).toContain(id);
    }
    expect(new Set(listed(list)).size).toBe(listed(list).length);
  });
});
