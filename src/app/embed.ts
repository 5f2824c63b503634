/**
 * The embedding guide (embed.html): defines the elements and writes every `step-change` of the live example to
 * the log below it. Text nodes only, never HTML, so nothing a scene says can become markup.
 */
import '../index';
import type { StepChangeDetail } from '../index';

/** Entries kept in the log; older ones drop off the top. */
const MAX_ENTRIES = 30;

const explorer = document.querySelector('jak-stat-explorer');
const log = document.querySelector<HTMLOListElement>('#step-log');
if (!explorer || !log) throw new Error('embed.html is missing the live example or its log');

function describe(detail: StepChangeDetail): string {
  return `step: ${detail.step}, stepCount: ${detail.stepCount}, id: "${detail.id}", title: "${detail.title}"`;
}

explorer.addEventListener('step-change', (event) => {
  const detail = (event as CustomEvent<StepChangeDetail>).detail;
  const entry = document.createElement('li');
  const code = document.createElement('code');
  code.append(document.createTextNode(describe(detail)));
  entry.append(code);
  log.append(entry);
  while (log.children.length > MAX_ENTRIES) log.firstElementChild?.remove();
});
