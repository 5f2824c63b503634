import { css } from 'lit';

/**
 * The ATP-pocket close-up and the population caption. The close-up is a light card in fixed colours (like the
 * canvas, whatever the theme): over the picture's lower right where there is room, else below the picture. Its
 * SVG is drawn 160–190 px wide for a 190-unit box, so its 15-unit labels are at least 12 px. Movement is CSS
 * transforms of HTML layers (percentages of the 190 × 130 box), so the compositor runs it; with reduced motion the same beats are cross-fades (opacity only). Written compactly: the embed
 * bundle ships this text as is.
 */
export const atpInsetStyles = css`
.population-caption{grid-column:1/-1;order:3;margin:0;padding:3px 10px;font-size:13px;color:#1f2a3d;background:#eaf2f8}
.atp-inset{order:1;margin:4px;padding:4px 8px 6px;border:1px solid #b6c5d5;border-radius:10px;background:#fff;color:#1f2a3d;font-size:13px;line-height:1.3;justify-self:center}
.atp-inset.baseline{order:0}
.atp-inset p{margin:0;font-weight:700}
.atp-inset-states{display:flex;flex-wrap:wrap;gap:2px 10px}
.atp-share{color:#56617a}
.atp-state{flex:1 1 160px;max-width:190px}
.atp-inset svg{display:block;width:100%}
.pocket-box{position:relative}
.ov{position:absolute;inset:0}
.atp-inset text{font:700 15px system-ui,sans-serif;fill:#1f2a3d;text-anchor:middle}
.atp-inset .start{text-anchor:start}
.lobe{fill:#3c5c9c;stroke:#1b2f5a;stroke-width:2}
.pocket{fill:#14213f}
.loop{fill:none;stroke:#1b2f5a;stroke-width:4}
.tyr{fill:#fff;stroke:#1b2f5a;stroke-width:2}
.drug{fill:#7a0e5a;stroke:#ffc2e6;stroke-width:2}
.atp-inset .drug-name{fill:#6e0c52}
.adenosine{fill:#6fc49c;stroke:#2f7a58}
.phos{fill:#f7b733;stroke:#b9790d}
.anim{animation:4.5s ease-in-out infinite both}
.free .atp,.atp-follow{animation-name:jse-dock}
.p-end{animation-name:jse-leave}
.pm{animation-name:jse-p}
.filled .atp{animation-name:jse-bounce}
@keyframes jse-dock{0%,88%,to{transform:translate(21.05%,-27.7%);opacity:0}10%{opacity:1}30%,72%{transform:none;opacity:1}}
@keyframes jse-leave{0%,40%{opacity:1}44%,to{opacity:0}}
@keyframes jse-p{0%,40%{transform:translate(71.6%,-47.7%);opacity:0}44%{opacity:1}66%,92%{transform:none;opacity:1}to{opacity:0}}
@keyframes jse-bounce{0%,to{transform:translate(4.2%,-4.6%);opacity:0}12%{opacity:1}38%{transform:translate(-3.16%,3.08%)}50%{transform:translate(1.05%,-2.3%)}58%{transform:translate(-1.58%,1.54%)}80%{transform:none;opacity:1}}
:host([reduced-motion]) .atp,:host([reduced-motion]) .atp-follow{animation-name:jse-fade}
:host([reduced-motion]) .pm{animation-name:jse-fade-late}
@keyframes jse-fade{0%,90%,to{opacity:0}15%,70%{opacity:1}}
@keyframes jse-fade-late{0%,40%,to{opacity:0}52%,92%{opacity:1}}
@container (min-width:900px){.stage:not(.compare) .atp-inset{position:absolute;right:8px;bottom:34px;margin:0}}
:host([presenter]) .population-caption{position:absolute;left:0;right:0;bottom:0}
:host([presenter]) .atp-inset{position:absolute;right:8px;bottom:34px;margin:0}
:host([presenter]) .atp-inset.baseline{right:auto;left:8px}
`;
