/**
 * The export menu: one button in the control row that opens a small menu (save the picture, save a clip), so
 * the row does not grow. A disclosure: the button says whether it is open, the first item takes focus, Escape
 * closes it and puts focus back on the button, and leaving it with Tab closes it. While a clip is made its item
 * shows the progress and, pressed again, cancels it. Where the page offers a printable
 * handout (the `handout` attribute), the menu links to it.
 */
import { html, nothing } from 'lit';
import type { UiStrings } from '../../../i18n/locales/en';
import { icons } from '../icons';

/** What the menu shows and does (the export controller). */
export interface ExportMenu {
  readonly open: boolean;
  readonly progress: number | undefined;
  /** The address of a printable handout of the view, where the page offers one. */
  readonly handoutHref: string | undefined;
  toggle(open?: boolean): void;
  savePicture(): void;
  saveClip(): void;
}

export function exportMenuTemplate(t: UiStrings, menu: ExportMenu) {
  const close = (event: Event) => {
    const box = event.currentTarget as HTMLElement;
    menu.toggle(false);
    box.querySelector('button')!.focus();
  };
  return html`<div class="export" @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape' && menu.open) { e.preventDefault(); close(e); } }}
    @focusout=${(e: FocusEvent) => { if (menu.open && !(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node)) menu.toggle(false); }}>
    <button type="button" class="export-toggle" aria-expanded=${menu.open ? 'true' : 'false'} aria-controls=${menu.open ? 'export-menu' : nothing}
      aria-label=${t.export.menu} title=${t.export.menu} @click=${() => menu.toggle()}>${icons.save}</button>
    ${menu.open ? html`<div id="export-menu" class="export-menu" role="group" aria-label=${t.export.menu}>
      <button type="button" class="save-picture" @click=${() => menu.savePicture()}>${t.export.savePicture}</button>
      <button type="button" class="save-clip" @click=${() => menu.saveClip()}>${
        menu.progress === undefined ? t.export.saveClip : t.export.saving(menu.progress)}</button>
      ${menu.handoutHref ? html`<a class="handout" href=${menu.handoutHref} target="_blank" rel="noopener">${t.export.handout}</a>` : nothing}
    </div>` : nothing}
  </div>`;
}
