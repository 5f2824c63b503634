/**
 * The handout page's own words, in every language the widget ships. They live here, with the page, rather than
 * in the locale files: English is bundled into the embed core, which has no room for a page it never shows.
 * Step titles, narration, glossary, drug facts and checkpoints come from the locales themselves.
 */

export interface HandoutText {
  /** The document's title (and the page heading) for a scene's title. */
  title(sceneTitle: string): string;
  print: string;
  back: string;
  /** Shown while the pictures are drawn. */
  drawing: string;
  /** Shown in place of a picture this device cannot draw. */
  noPicture: string;
  glossary: string;
  drugCard: string;
  checkpoints: string;
  /** Before each question: which step it follows. */
  afterStep(step: number): string;
  answerKey: string;
  /** The app page's link to the handout of the view shown. */
  link: string;
  /** The footer line of every printed handout. */
  footer: string;
}

const en: HandoutText = {
  title: (scene) => `Handout: ${scene}`,
  print: 'Print',
  back: '← Back to the explorer',
  drawing: 'Drawing the pictures…',
  noPicture: 'This device cannot draw the picture; what it shows:',
  glossary: 'Glossary',
  drugCard: 'The drug',
  checkpoints: 'Checkpoint questions',
  afterStep: (step) => `After step ${step}`,
  answerKey: 'Answer key',
  link: 'Printable handout',
  footer: 'Made with JAK-STAT Explorer. For learning, not medical advice. Sources by id: the full list is in the app.',
};

const es: HandoutText = {
  title: (scene) => `Ficha: ${scene}`,
  print: 'Imprimir',
  back: '← Volver al explorador',
  drawing: 'Dibujando las imágenes…',
  noPicture: 'Este dispositivo no puede dibujar la imagen; lo que muestra:',
  glossary: 'Glosario',
  drugCard: 'El fármaco',
  checkpoints: 'Preguntas de control',
  afterStep: (step) => `Después del paso ${step}`,
  answerKey: 'Respuestas',
  link: 'Ficha para imprimir',
  footer: 'Hecho con JAK-STAT Explorer. Para aprender, no es consejo médico. Fuentes por identificador: la lista completa está en la aplicación.',
};

/** The handout's words by language code. */
export const HANDOUT_TEXT: Readonly<Record<string, HandoutText>> = { en, es };

/** The handout's words for a language tag ("es-MX" → Spanish), English when it has none. */
export function handoutText(tag: string): HandoutText {
  const code = tag.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return HANDOUT_TEXT[code] ?? en;
}
