/**
 * The iframe page (frame.html): one widget filling the frame, set up from the URL the embed builder's iframe
 * snippet writes (`frame.html#scene=il4&from=4&to=8&quiz=1&theme=dark`).
 */
import '../index';
import { applyPageWidget } from './page-widget';

const explorer = document.createElement('jak-stat-explorer');
applyPageWidget(explorer, location);
document.querySelector('main')!.append(explorer);
