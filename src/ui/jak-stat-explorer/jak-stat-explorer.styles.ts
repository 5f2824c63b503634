import { css } from 'lit';

/**
 * The element's styles. Theming goes through the `--jse-*` custom properties and the `stage`, `narration`
 * and `controls` parts; nothing here depends on the host page's CSS.
 */
export const styles = css`
  :host {
    --_font: var(--jse-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif);
    --_fg: var(--jse-fg, #1f2a3d);
    --_bg: var(--jse-bg, #ffffff);
    --_accent: var(--jse-accent, #1f6f8b);
    --_accent-fg: var(--jse-accent-fg, #ffffff);
    --_muted: var(--jse-muted, #56617a);
    --_border: var(--jse-border, #d5dde8);
    --_radius: var(--jse-radius, 12px);
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 260px;
    font-family: var(--_font);
    font-size: 16px;
    line-height: 1.45;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    container-type: inline-size;
    text-align: start;
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: border-box; }

  .stage {
    position: relative;
    display: grid;
    width: 100%;
    background: #eaf2f8;
    outline: none;
  }
  /* Compare: two runs side by side, each captioned in a strip above its picture (never over the scene). */
  .stage.compare { grid-template-columns: 1fr 1fr; column-gap: 3px; padding-top: 30px; background: var(--_bg); }
  .stage:focus-visible { box-shadow: inset 0 0 0 3px var(--_accent); }
  /* The picture's shape: 16:9, or portrait in a narrow widget, where the camera frames each step's focus in it. */
  .stage { --_aspect: 16 / 9; }
  .view { position: relative; aspect-ratio: var(--_aspect); background: #eaf2f8; }
  .view[hidden] { display: none; }
  /* Tints mix a hue into the theme's own background, so they read on light and dark themes alike. */
  .text-stage { padding: 16px 20px; min-height: 12em; background: color-mix(in srgb, #5b8db8 14%, var(--_bg)); }
  .text-stage-note { margin: 0 0 6px; font-weight: 600; }
  .text-stage-summary { margin: 0 0 8px; }
  .text-stage ol { margin: 0; padding-left: 1.6em; columns: 2 16em; }
  .text-stage li[aria-current] { font-weight: 700; color: var(--_accent); }
  /* The untreated run sits on the left, as "before" reads before "after". */
  .view.baseline { order: -1; }
  canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
  .view-caption {
    position: absolute; left: 0; right: 0; top: -28px; margin: 0; height: 26px; line-height: 26px;
    font-size: 14px; font-weight: 700; text-align: center; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  }
  /* Magenta marks the treated run; mixed with the text colour so it reads on light and dark themes alike. */
  .view.main .view-caption { color: color-mix(in srgb, #b5179e 45%, var(--_fg)); }
  @container (max-width: 640px) {
    .stage.compare { grid-template-columns: 1fr; row-gap: 30px; }
  }

  .error {
    position: absolute; inset: auto 12px 12px 12px;
    display: flex; gap: 12px; align-items: center; justify-content: space-between;
    padding: 10px 14px; border-radius: 8px;
    background: color-mix(in srgb, #d9480f 12%, var(--_bg)); color: var(--_fg); border: 1px solid #e7a99c;
    font-size: 14px; white-space: pre-line;
  }
  .error p { margin: 0; }

  /* Sizes are set here, not only on :host, so that a host page rule such as "* { font-size: … !important }",
     which reaches the host element itself, cannot shrink the text inside. */
  .panel, .text-stage { font-size: var(--jse-font-size, 16px); line-height: 1.45; }
  .panel { display: grid; gap: 8px; padding: 12px 16px 14px; border-top: 1px solid var(--_border); }
  .narration { min-height: 7.5em; }
  .counter { margin: 0; font-size: 13px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--_muted); }
  .title { margin: 2px 0 4px; font-size: 1.25em; line-height: 1.25; }
  .text { margin: 0; font-size: 1.05em; max-width: 75ch; }
  .simplified { margin: 6px 0 0; font-size: 14px; color: var(--_muted); }
  .tag {
    display: inline-block; padding: 0 6px; margin-right: 4px; border-radius: 4px;
    border: 1px solid var(--_border); font-size: 12px; font-weight: 600; color: var(--_fg);
  }
  /* Glossary terms: a dotted underline (not colour alone) marks a term with a definition. */
  .term {
    display: inline; width: auto; height: auto; padding: 0; border: 0; border-radius: 2px; background: none;
    font: inherit; color: inherit; cursor: help; text-decoration: underline dotted; text-underline-offset: 3px;
  }
  .term:hover:not(:disabled), .term[aria-expanded='true'] { color: var(--_accent); background: color-mix(in srgb, var(--_accent) 10%, transparent); }
  .definition {
    margin: 6px 0 0; padding: 6px 10px; font-size: 14px; border-radius: 6px;
    border: 1px solid var(--_border); background: color-mix(in srgb, var(--_accent) 8%, var(--_bg));
  }
  .definition[hidden] { display: none; }
  .checkpoint { margin: 8px 0 0; padding: 10px 12px; border: 2px solid var(--_accent); border-radius: 8px; }
  .checkpoint fieldset { border: 0; margin: 0; padding: 0; }
  .checkpoint legend { font-weight: 600; margin-bottom: 6px; }
  .checkpoint .answer { display: flex; gap: 8px; align-items: flex-start; margin: 4px 0; cursor: pointer; }
  .checkpoint input { width: 18px; height: 18px; margin-top: 3px; accent-color: var(--_accent); }
  .checkpoint .feedback { margin: 6px 0; }
  .checkpoint .feedback.right strong { color: color-mix(in srgb, #1a7f37 80%, var(--_fg)); }
  .checkpoint .feedback.wrong strong { color: color-mix(in srgb, #cf222e 80%, var(--_fg)); }
  button.checkpoint-action { width: auto; height: 36px; padding: 0 16px; border-radius: 8px; background: var(--_accent); color: var(--_accent-fg); border-color: var(--_accent); }
  .sources { margin-top: 6px; font-size: 13px; color: var(--_muted); }
  .sources summary { cursor: pointer; width: fit-content; border-radius: 4px; }
  .sources ul { margin: 4px 0 0; padding-left: 1.2em; }
  .sources a { color: var(--_accent); }

  .controls { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; }
  button {
    display: inline-grid; place-items: center;
    width: 44px; height: 44px; padding: 0;
    border: 1px solid var(--_border); border-radius: 999px;
    background: var(--_bg); color: var(--_fg); cursor: pointer;
    font: inherit;
  }
  button:hover:not(:disabled) { border-color: var(--_accent); color: var(--_accent); }
  button:disabled, button[aria-disabled='true'] { opacity: 0.4; cursor: default; }
  button.play { background: var(--_accent); border-color: var(--_accent); color: var(--_accent-fg); }
  button.play:hover { color: var(--_accent-fg); filter: brightness(1.1); }
  button.dismiss { width: auto; height: 32px; padding: 0 12px; font-size: 14px; flex: none; }
  :focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }

  .progress { position: relative; flex: 1 1 160px; min-width: 120px; height: 44px; display: flex; align-items: center; }
  /* Step boundaries on the track; SVG attributes rather than inline styles, so a strict CSP allows them. */
  .ticks { position: absolute; z-index: 1; left: 9px; top: 0; width: calc(100% - 18px); height: 44px; pointer-events: none; overflow: visible; }
  .ticks rect { fill: var(--_border); transform: translateX(-1px); }
  .seek { width: 100%; margin: 0; accent-color: var(--_accent); cursor: pointer; background: transparent; height: 44px; }
  .count { font-size: 14px; font-variant-numeric: tabular-nums; color: var(--_muted); white-space: nowrap; min-width: 7.5em; text-align: end; }

  .drug-controls { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; font-size: 14px; }
  .drug-controls label { display: inline-flex; gap: 6px; align-items: center; font-weight: 600; }
  .drug-controls select { font: inherit; font-weight: 400; min-height: 36px; padding: 4px 8px; border-radius: 8px; border: 1px solid var(--_border); background: var(--_bg); color: var(--_fg); }
  .drug-controls input[type='checkbox'] { width: 18px; height: 18px; accent-color: var(--_accent); }
  .drug-controls .check { font-weight: 400; }
  .drug-note { margin: 6px 0 0; padding: 6px 10px; border-left: 4px solid #b5179e; background: color-mix(in srgb, #b5179e 10%, var(--_bg)); border-radius: 0 6px 6px 0; }
  .tag.drug { border-color: #b5179e; color: inherit; }
  .occupancy h3 { margin: 4px 0; font-size: 14px; }
  .bars { list-style: none; margin: 0; padding: 0; display: grid; gap: 3px; }
  .bars li { display: grid; grid-template-columns: 4.2em 1fr 7.5em auto; gap: 8px; align-items: center; font-size: 13px; color: var(--_muted); }
  .bars li.used, .bars li.signal { color: var(--_fg); font-weight: 600; }
  .bars meter { width: 100%; height: 14px; accent-color: var(--_accent); }
  .bars .value { font-variant-numeric: tabular-nums; }
  .src { font-size: 12px; font-weight: 400; color: var(--_muted); }
  .caveat { margin: 4px 0 0; font-size: 12px; color: var(--_muted); }
  .facts { font-size: 14px; }
  .facts summary { cursor: pointer; font-weight: 600; width: fit-content; }
  .facts dl { margin: 6px 0 0; display: grid; grid-template-columns: minmax(8em, max-content) 1fr; gap: 4px 12px; }
  .facts dt { font-weight: 600; }
  .facts dd { margin: 0; }
  @container (max-width: 480px) {
    .facts dl { grid-template-columns: 1fr; }
    .bars li { grid-template-columns: 3.6em 1fr 6.5em; }
    .bars .src { display: none; }
    .panel { padding: 10px 12px 12px; }
    .title { font-size: 1.1em; }
    .text { font-size: 1em; }
    .count { min-width: 0; }
  }
  /* Below the rules it overrides. A phone held upright: a portrait stage, and the controls in at most two rows (the counter is in the narration). */
  @container (max-width: 600px) {
    .stage { --_aspect: 4 / 5; }
    .controls { gap: 6px 4px; }
    .progress { flex-basis: 100px; min-width: 100px; }
    .count { display: none; }
  }
  .sr-only {
    position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  button[aria-pressed='true'] { background: color-mix(in srgb, var(--_accent) 18%, var(--_bg)); border-color: var(--_accent); }
  button.shortcuts-toggle { font-weight: 700; font-size: 18px; }
  .export { position: relative; }
  .export-menu { position: absolute; z-index: 3; bottom: calc(100% + 6px); left: 0; display: grid; gap: 4px; padding: 6px; background: var(--_bg); border: 1px solid var(--_border); border-radius: 8px; box-shadow: 0 4px 14px #0003; }
  .export-menu button { width: max-content; height: 36px; padding: 0 12px; border-radius: 8px; font-size: 14px; justify-self: stretch; }

  /* Reduced motion: the picture jumps to the step's end state and fades in, instead of moving. */
  .view.fade-a canvas { animation: jse-fade-a 260ms ease-out; }
  .view.fade-b canvas { animation: jse-fade-b 260ms ease-out; }
  @keyframes jse-fade-a { from { opacity: 0.25; } to { opacity: 1; } }
  @keyframes jse-fade-b { from { opacity: 0.25; } to { opacity: 1; } }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; }
  }

  .shortcuts {
    position: absolute; top: 12px; right: 12px; z-index: 2; max-width: min(360px, calc(100% - 24px));
    padding: 12px 16px; border-radius: 10px; background: var(--_bg); color: var(--_fg);
    border: 1px solid var(--_border); box-shadow: 0 4px 18px rgb(0 0 0 / 0.18); font-size: 14px;
  }
  .shortcuts h3 { margin: 0 0 6px; font-size: 15px; }
  .shortcuts dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0 0 8px; }
  .shortcuts dt { font-weight: 700; font-variant-numeric: tabular-nums; }
  .shortcuts dd { margin: 0; }
  .shortcuts button { width: auto; height: 32px; padding: 0 12px; font-size: 14px; }

  /* Presenter mode: the widget fills the screen; the picture and large narration, little else. The stage takes
     the height the panel leaves, and is a size container so that the picture can be the largest 16:9 box (or two,
     side by side, in compare mode) that fits it: a percentage height would resolve against a content-sized row. */
  :host([presenter]) {
    position: fixed; inset: 0; z-index: 2147483000; border-radius: 0; border: 0;
    display: flex; flex-direction: column; overflow: hidden;
  }
  :host([presenter]) .stage {
    flex: 1 1 0; min-height: 0; container-type: size;
    grid-template-columns: auto; justify-content: center; align-content: center;
  }
  :host([presenter]) .view { width: min(100cqw, 100cqh * (var(--_aspect))); height: auto; }
  :host([presenter]) .stage.compare { grid-template-columns: auto auto; }
  :host([presenter]) .stage.compare .view { width: min((100cqw - 3px) / 2, 100cqh * (var(--_aspect))); }
  :host([presenter]) .panel { flex: none; max-height: 45vh; overflow: auto; }
  :host([presenter]) .panel { --jse-font-size: clamp(20px, 2.2vw, 34px); padding: 12px 28px 16px; }
  :host([presenter]) .text-stage { overflow: auto; }
  :host([presenter]) .title { font-size: 1.3em; }
  :host([presenter]) .counter { font-size: 0.6em; }
  :host([presenter]) .narration { min-height: 0; }
  :host([presenter]) .sources, :host([presenter]) .simplified, :host([presenter]) .drug-controls,
  :host([presenter]) .occupancy, :host([presenter]) .facts, :host([presenter]) .count { display: none; }
`;
