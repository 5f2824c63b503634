/**
 * SCORM 1.2 run-time discovery: the LMS puts an object named `API` on a window above the content (its frame
 * set, or the window that opened it). The standard search looks at this window and each parent in turn, then at
 * the opener's windows, and gives up after a few levels, as ADL's reference code does.
 */

/** The SCORM 1.2 run-time API, as the LMS provides it. Every function answers a string ('true', 'false', a value). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
}

/** How many parent levels to climb before giving up (ADL's sample code uses 7). */
const MAX_LEVELS = 7;

type ApiWindow = Window & { API?: unknown };

function isApi(candidate: unknown): candidate is Scorm12Api {
  return typeof candidate === 'object' && candidate !== null && typeof (candidate as Scorm12Api).LMSInitialize === 'function';
}

/** `win.API` if it is a SCORM 1.2 API; a window of another origin, which cannot be read, counts as none. */
function apiOf(win: Window): Scorm12Api | undefined {
  try {
    const api = (win as ApiWindow).API;
    return isApi(api) ? api : undefined;
  } catch {
    return undefined;
  }
}

/** The API on `win` or one of its parents. */
function searchUp(start: Window): Scorm12Api | undefined {
  let win: Window = start;
  for (let level = 0; level <= MAX_LEVELS; level++) {
    const api = apiOf(win);
    if (api) return api;
    if (win.parent === win) return undefined;
    win = win.parent;
  }
  return undefined;
}

/** Finds the LMS's SCORM 1.2 API from `win` (this page's window), or undefined when the page runs on its own. */
export function findScormApi(win: Window): Scorm12Api | undefined {
  const found = searchUp(win);
  if (found) return found;
  let opener: Window | null = null;
  try {
    opener = win.top?.opener ?? null;
  } catch {
    opener = null;
  }
  return opener ? searchUp(opener) : undefined;
}
