/** Control icons as inline SVG (no icon font or file to fetch). Decorative: buttons carry aria-labels. */
import { svg } from 'lit';

const icon = (path: ReturnType<typeof svg>) =>
  svg`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">${path}</svg>`;

export const icons = {
  play: icon(svg`<path d="M8 5.5v13l10.5-6.5z" fill="currentColor"/>`),
  pause: icon(svg`<path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" fill="currentColor"/>`),
  next: icon(svg`<path d="M6 5.5v13l8.5-6.5zM16 5.5h2.5v13H16z" fill="currentColor"/>`),
  previous: icon(svg`<path d="M18 5.5v13L9.5 12zM5.5 5.5H8v13H5.5z" fill="currentColor"/>`),
  restart: icon(svg`<path d="M12 5a7 7 0 1 1-6.7 9h2.1A5 5 0 1 0 12 7v3L7.5 6 12 2z" fill="currentColor"/>`),
};
