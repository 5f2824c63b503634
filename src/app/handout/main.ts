/**
 * The printable handout page (handout.html): reads the scene, drug, exposure and language from the hash, loads
 * them through the same session code the widget uses, renders the handout and draws each step's picture.
 * When every picture is in, `<main>` drops `aria-busy` (tests and print wait for that). Another hash reloads
 * the page: a handout is a document, not an app.
 */
import { render } from 'lit';
import { SCENES } from '../../../scenes';
import { drugDataById } from '../../../scenes/drugs';
import { loadLocale } from '../../i18n/registry';
import { SceneSession } from '../../session/scene-session';
import { formatHash } from '../hash-state';
import { handoutOptions } from './handout-options';
import { handoutTemplate } from './handout-template';
import { handoutText } from './handout-text';
import { drawStepPictures } from './step-pictures';

const root = document.querySelector<HTMLElement>('#handout-root');
if (!root) throw new Error('handout.html is missing #handout-root');

async function showHandout(container: HTMLElement): Promise<void> {
  const { options, refused } = handoutOptions(location.hash);
  for (const reason of refused) console.warn(`jak-stat-explorer handout: ${reason}; using the default.`);
  const locale = await loadLocale(options.lang);
  const text = handoutText(locale.code);
  document.documentElement.lang = locale.code;
  const session = new SceneSession(
    { kind: 'registered', data: SCENES[options.scene]! },
    { drug: drugDataById(options.drug), exposure: options.exposure, locale },
  );
  document.title = text.title(session.scene.title);
  const appHref = `index.html${formatHash({
    scene: options.scene,
    drug: options.drug !== 'none' ? options.drug : undefined,
    exposure: options.drug !== 'none' ? String(options.exposure) : undefined,
    lang: locale.code !== 'en' ? locale.code : undefined,
  })}`;
  render(handoutTemplate({ session, text, appHref, print: () => window.print() }), container);
  // The drug card is the widget's panels, whose details fold away: a printed page shows them open.
  for (const details of container.querySelectorAll('details')) details.open = true;
  const main = container.querySelector('main')!;
  main.setAttribute('aria-busy', 'true');
  const status = container.querySelector<HTMLElement>('.drawing');
  const images = [...container.querySelectorAll<HTMLImageElement>('img[data-step]')];
  try {
    await drawStepPictures(session, images);
  } catch (error) {
    // No canvas on this device: each picture is replaced by its description, which says what it shows.
    console.warn('jak-stat-explorer handout: the pictures could not be drawn.', error);
    for (const image of images) {
      const words = document.createElement('p');
      words.className = 'picture-words';
      words.textContent = `${text.noPicture} ${image.alt}`;
      image.replaceWith(words);
    }
  } finally {
    status?.remove();
    main.removeAttribute('aria-busy');
    session.dispose();
  }
}

void showHandout(root);
window.addEventListener('hashchange', () => location.reload());
