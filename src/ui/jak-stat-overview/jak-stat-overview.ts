import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { SCENES } from '../../../scenes';
import { loadScene } from '../../model/load-scene';
import { buildOverview, JAK_NAMES, type OverviewRow } from '../../model/overview';
import type { Locale } from '../../i18n/locale';
import { localizeSceneData } from '../../i18n/localize-content';
import { LanguageController } from '../controllers/language-controller';

/** Detail of the `scene-select` event. */
export interface SceneSelectDetail {
  scene: string;
}

/**
 * A table of the cytokines in the explorer: their receptor chains, which of JAK1, JAK2, JAK3 and TYK2 each
 * uses, their STAT and their role in atopic dermatitis. Generated from the scene data.
 *
 * @summary Cytokine × JAK overview table.
 *
 * @event scene-select - A cytokine was chosen. `detail`: `{ scene }`.
 *
 * @csspart table - The table.
 *
 * @cssproperty --jse-font - Font family.
 * @cssproperty --jse-fg - Text colour.
 * @cssproperty --jse-accent - Marks, current row and focus ring.
 * @cssproperty --jse-border - Grid lines.
 */
export class JakStatOverview extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--jse-font, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'Liberation Sans', sans-serif);
      color: var(--jse-fg, #1f2a3d);
      overflow-x: auto;
    }
    table { border-collapse: collapse; width: 100%; font-size: 14px; line-height: 1.35; }
    caption { text-align: start; font-weight: 600; font-size: 15px; padding: 0 0 6px; }
    th, td { border-bottom: 1px solid var(--jse-border, #d5dde8); padding: 6px 8px; text-align: start; vertical-align: top; }
    thead th { font-size: 13px; color: var(--jse-muted, #56617a); white-space: nowrap; }
    th.jak, td.jak { text-align: center; min-width: 4.5em; }
    td.jak .mark { display: inline-block; min-width: 1.6em; padding: 1px 6px; border-radius: 999px; font-weight: 700; background: var(--jse-accent, #1f6f8b); color: var(--jse-accent-fg, #fff); }
    td.jak .chain { display: block; font-size: 12px; color: var(--jse-muted, #56617a); }
    td.jak .none { color: var(--jse-border, #b9c3d1); }
    tr.current { background: color-mix(in srgb, var(--jse-accent, #1f6f8b) 10%, transparent); }
    button { font: inherit; font-weight: 700; color: var(--jse-accent, #1f6f8b); background: none; border: 0; padding: 2px 0; cursor: pointer; text-decoration: underline; text-underline-offset: 2px; }
    button:focus-visible { outline: 3px solid var(--jse-accent, #1f6f8b); outline-offset: 2px; border-radius: 3px; }
    .sources { font-size: 12px; color: var(--jse-muted, #56617a); }
  `;

  /** Scene id of the row to highlight (e.g. the scene the explorer shows). */
  @property({ reflect: true }) current = '';

  /** The table's language (defaults to the nearest `lang` around it, i.e. the page's). Shown in English while its module loads. */
  @property({ reflect: true }) override lang!: string;

  private readonly language = new LanguageController(this);

  /** Resolves once the table has rendered in its language (after that language's module has loaded). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.language.ready;
    return super.getUpdateComplete();
  }

  /** Rows in the current language (built once per language). */
  private rowsFor(locale: Locale): OverviewRow[] {
    if (this.rowsCache?.locale !== locale) {
      const scenes = Object.values(SCENES).map((data) => loadScene(localizeSceneData(data, locale.content?.scenes[data.id])));
      this.rowsCache = { locale, rows: buildOverview(scenes) };
    }
    return this.rowsCache.rows;
  }

  private rowsCache: { locale: Locale; rows: OverviewRow[] } | undefined;

  protected override render() {
    const locale = this.language.locale;
    const t = locale.ui.overview;
    const rows = this.rowsFor(locale);
    return html`
      <table part="table" lang=${locale.code}>
        <caption>${t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.cytokine}</th>
            <th scope="col">${t.receptor}</th>
            ${JAK_NAMES.map((jak) => html`<th scope="col" class="jak">${jak}</th>`)}
            <th scope="col">${t.stat}</th>
            <th scope="col">${t.role}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => html`
            <tr class=${row.sceneId === this.current ? 'current' : ''} aria-current=${row.sceneId === this.current ? 'true' : nothing}>
              <th scope="row"><button type="button" @click=${() => this.select(row.sceneId)} aria-label=${t.show(row.cytokine)}>${row.cytokine}</button></th>
              <td>${row.chains.map((chain) => chain.label).join(' + ')}<br /><span class="sources">${row.cell}</span></td>
              ${JAK_NAMES.map((jak) => row.jaks[jak].length > 0
                ? html`<td class="jak"><span class="mark" aria-label=${t.uses(jak)}>✓</span><span class="chain">${row.jaks[jak].join(', ')}</span></td>`
                : html`<td class="jak"><span class="none" aria-label=${t.notUsed(jak)}>–</span></td>`)}
              <td>${row.stat}</td>
              <td>${row.outcome} <span class="sources">[${row.sources.join(', ')}]</span></td>
            </tr>`)}
        </tbody>
      </table>
    `;
  }

  private select(scene: string): void {
    this.dispatchEvent(new CustomEvent<SceneSelectDetail>('scene-select', { detail: { scene }, bubbles: true, composed: true }));
  }
}
