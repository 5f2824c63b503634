import { css } from 'lit';

/**
 * Styles of the dose-response figure, the exposure slider and the panel's assumption marks. Curve colours are
 * the Okabe–Ito set (told apart with the common colour-vision deficiencies); line width and dash pattern, and
 * the direct labels, carry the same distinctions without colour.
 */
export const doseResponseStyles = css`
  .drug-controls .slider input { width: 10em; accent-color: var(--_accent); }
  .bars li .note { grid-column: 1 / -1; font-size: 12px; font-weight: 400; color: var(--_muted); margin: -2px 0 3px; }
  .bars li.assumed .value { font-style: italic; }
  .bars li.assumed meter { outline: 2px dotted var(--_muted); outline-offset: 1px; }
  .tag.assumed { font-style: italic; border-style: dashed; }
  .assumptions { font-size: 13px; margin-top: 4px; }
  .assumptions summary { cursor: pointer; font-weight: 600; width: fit-content; }
  .assumptions ul { margin: 4px 0 0; padding-left: 1.2em; }

  .dose-response { min-width: 0; margin: 4px 0 0; padding: 8px 0 0; border-top: 1px solid var(--_border); font-size: 13px; max-width: 540px; }
  .dose-response figcaption { font-weight: 700; font-size: 14px; }
  .dr-axis-y { margin: 2px 0 0; color: var(--_muted); }
  .dr-plot { display: block; width: 100%; height: auto; overflow: visible; }
  .dr-plot text { font: 600 13px var(--_font); fill: var(--_fg); }
  .dr-plot .tick, .dr-plot .axis { font-weight: 400; fill: var(--_muted); }
  /* Labels sit on a halo of the background so that lines crossing them stay readable. */
  .dr-plot .label { paint-order: stroke; stroke: var(--_bg); stroke-width: 4px; stroke-linejoin: round; }
  .dr-plot .grid { stroke: var(--_border); stroke-width: 1; }
  .dr-plot .marker { stroke: var(--_fg); stroke-width: 1.5; stroke-dasharray: 3 3; }
  .dr-plot .marker-label { font-weight: 700; }
  .curve { fill: none; stroke-width: 3; stroke-linecap: round; stroke-linejoin: round; }
  .curve.unused { stroke-width: 1.75; opacity: 0.75; }
  .curve.at-most { stroke-dasharray: 8 5; stroke-linecap: butt; }
  .curve.assumed { stroke-dasharray: 0.1 6; stroke-width: 4; }
  /* Coincident assumed curves (ruxolitinib's JAK1 and JAK2) interleave their dots instead of hiding each other. */
  .curve.assumed.jak2 { stroke-dashoffset: 3; }
  .curve.assumed.jak3 { stroke-dashoffset: 1.5; }
  .curve.assumed.tyk2 { stroke-dashoffset: 4.5; }
  .curve.signal { stroke-width: 3.5; }
  .curve.signal.assumed { stroke-width: 4.5; }
  .jak1 { --_c: #0072b2; }
  .jak2 { --_c: #d55e00; }
  .jak3 { --_c: #009e73; }
  .tyk2 { --_c: #cc79a7; }
  .signal { --_c: var(--_fg); }
  .curve { stroke: var(--_c); }
  .dot { fill: var(--_c); stroke: var(--_bg); stroke-width: 1.5; }
  .dr-selectivity { margin: 4px 0; font-weight: 600; }
  .dr-legend { list-style: none; margin: 4px 0; padding: 0; display: grid; gap: 2px; }
  .dr-legend li { display: flex; gap: 6px; align-items: baseline; }
  .dr-legend .swatch { flex: none; width: 28px; height: 10px; overflow: visible; }
  .dr-legend .swatch.none { text-align: center; color: var(--_muted); }
  .dr-data { overflow-x: auto; }
  .dr-data summary { cursor: pointer; font-weight: 600; width: fit-content; }
  .dr-data table { border-collapse: collapse; margin-top: 4px; font-variant-numeric: tabular-nums; }
  .dr-data caption { text-align: start; font-weight: 600; padding-bottom: 4px; }
  .dr-data th, .dr-data td { padding: 2px 8px; border-bottom: 1px solid var(--_border); text-align: end; white-space: nowrap; }
  .dr-data thead th { white-space: normal; }
  .dr-data thead th { font-size: 12px; }
  .dr-data th.used { text-decoration: underline; }
  .dr-data tr.chosen { font-weight: 700; background: color-mix(in srgb, var(--_accent) 10%, transparent); }
  .dr-data .chosen-tag { font-weight: 400; }
  @container (max-width: 480px) {
    .dr-data th, .dr-data td { padding: 2px 4px; white-space: normal; }
  }
  :host([presenter]) .dose-response, :host([presenter]) .drug-controls .slider { display: none; }
`;
