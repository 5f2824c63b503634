/**
 * The SCORM page (scorm.html), the one SCO of the package `npm run package:scorm` writes: one widget in quiz
 * mode, set up from the launch URL (`scorm.html?scene=il4&mastery=80`, the keys of frame.html), reporting to the
 * LMS through SCORM 1.2 when it finds one, and a plain page when it does not.
 */
import '../../index';
import { applyPageWidget } from '../page-widget';
import { findScormApi } from './find-api';
import { ScormSession } from './scorm-session';

const explorer = document.createElement('jak-stat-explorer');
applyPageWidget(explorer, location);
explorer.setAttribute('quiz', '');

const api = findScormApi(window);
if (api) {
  const mastery = Number.parseFloat(new URLSearchParams(location.search).get('mastery') ?? '');
  const session = new ScormSession(api, {
    mastery: Number.isFinite(mastery) ? mastery : undefined,
    lastStep: () => explorer.range.to,
  });
  const resumeAt = session.start();
  if (resumeAt !== undefined) explorer.setAttribute('step', String(resumeAt));
  explorer.addEventListener('checkpoint', (event) => session.answered(event.detail.questionId, event.detail.correct));
  explorer.addEventListener('step-change', (event) => session.stepShown(event.detail.step));
  // pagehide, not unload: it also fires when the page goes into the back-forward cache.
  window.addEventListener('pagehide', () => session.finish());
}
document.querySelector('main')!.append(explorer);
