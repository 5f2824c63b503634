/** Control icons as inline SVG (no icon font or file to fetch). Decorative: buttons carry aria-labels. */
import { svg } from 'lit';

const icon = (path: ReturnType<typeof svg>) =>
  svg`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">${path}</svg>`;

export const icons = {
  play: icon(svg`<path d="M8 5.5v13l10.5-6.5z" fill="currentColor"/>`),
  pause: icon(svg`<path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" fill="currentColor"/>`),
  next: icon(svg`<path d="M6 5.5v13l8.5-6.5zM16 5.5h2.5v13H16z" fill="currentColor"/>`),
  previous: icon(svg`<path d="M18 5.5v13L9.5 12zM5.5 5.5H8v13H5.5z" fill="currentColor"/>`),
  motion: icon(svg`<path d="M3 12h4l2-5 4 10 2-5h6" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>`),
  speak: icon(svg`<path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/><path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`),
  presenter: icon(svg`<path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>`),
  save: icon(svg`<path d="M12 3v11m-4.5-4.5L12 14l4.5-4.5M4 16v4h16v-4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`),
  wholeCell: icon(svg`<ellipse cx="12" cy="12" rx="9" ry="7" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="14" r="3" fill="currentColor"/>`),
  restart: icon(svg`<path d="M12 5a7 7 0 1 1-6.7 9h2.1A5 5 0 1 0 12 7v3L7.5 6 12 2z" fill="currentColor"/>`),
};
