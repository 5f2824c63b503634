/**
 * The embed builder page's own text in each language (builder.html's `data-i18n` keys, and what its script
 * writes). Kept with the page, not in the widget's locales: the embed core never needs it.
 */
export interface BuilderText {
  /** The app page's link to the builder, and the text after it (index.html's `data-builder-i18n` keys). */
  appLink: string;
  appText: string;
  title: string;
  intro: string;
  back: string;
  content: string;
  scene: string;
  drug: string;
  noDrug: string;
  exposure: string;
  compare: string;
  lesson: string;
  from: string;
  to: string;
  rangeHint: string;
  quiz: string;
  autoplay: string;
  language: string;
  pageLanguage: string;
  look: string;
  theme: string;
  themeDefault: string;
  themeDark: string;
  themeHighContrast: string;
  width: string;
  height: string;
  sizeHint: string;
  preview: string;
  snippets: string;
  scriptTag: string;
  scriptTagHint: string;
  npm: string;
  iframe: string;
  deepLink: string;
  deepLinkHint: string;
  copy: string;
  copied: (what: string) => string;
  copyFailed: string;
  rangeError: (count: number) => string;
}

const en: BuilderText = {
  appLink: 'Embed builder',
  appText: ': choose a scene, a step range, a quiz and a theme, and copy a ready snippet.',
  title: 'Embed builder',
  intro: 'Choose what the widget shows and how it looks, check it in the preview, then copy a snippet for your page, learning platform or slides.',
  back: '← Back to the explorer',
  content: 'What it shows',
  scene: 'Scene',
  drug: 'Drug',
  noDrug: 'No drug',
  exposure: 'Exposure (multiples of the drug’s JAK1 IC50)',
  compare: 'Show the untreated cell beside it',
  lesson: 'Lesson',
  from: 'From step',
  to: 'To step',
  rangeHint: 'Leave empty for the scene’s first or last step.',
  quiz: 'Checkpoint questions (quiz)',
  autoplay: 'Play on load',
  language: 'Language',
  pageLanguage: 'The page’s language',
  look: 'Look',
  theme: 'Theme',
  themeDefault: 'Default',
  themeDark: 'Dark',
  themeHighContrast: 'High contrast',
  width: 'Width (px)',
  height: 'Height of the iframe (px)',
  sizeHint: 'The widget keeps its stage at 16:9 (4:5 under 600 px wide), so its height follows its width; the iframe needs a height of its own.',
  preview: 'Preview',
  snippets: 'Snippets',
  scriptTag: 'Script tag',
  scriptTagHint: 'Copy jak-stat-explorer.js with its locales and chunks folders to your site, or use it from here. Under a strict Content Security Policy, put the style rule in your stylesheet.',
  npm: 'npm',
  iframe: 'iframe',
  deepLink: 'Link to this view in the app',
  deepLinkHint: 'Opens the classroom app on this scene, drug and step range.',
  copy: 'Copy',
  copied: (what) => `Copied: ${what}.`,
  copyFailed: 'Could not copy: select the text and copy it yourself.',
  rangeError: (count) => `The range must be whole steps from 1 to ${count}, with “from” not after “to”. The preview keeps the last good range.`,
};

const es: BuilderText = {
  appLink: 'Generador de inserción',
  appText: ': elige una escena, un intervalo de pasos, un cuestionario y un tema, y copia un fragmento listo.',
  title: 'Generador de inserción',
  intro: 'Elige qué muestra el widget y cómo se ve, compruébalo en la vista previa y copia un fragmento para tu página, plataforma de aprendizaje o diapositivas.',
  back: '← Volver al explorador',
  content: 'Qué muestra',
  scene: 'Escena',
  drug: 'Fármaco',
  noDrug: 'Sin fármaco',
  exposure: 'Exposición (múltiplos de la CI50 del fármaco para JAK1)',
  compare: 'Mostrar al lado la célula sin tratar',
  lesson: 'Lección',
  from: 'Desde el paso',
  to: 'Hasta el paso',
  rangeHint: 'Déjalo vacío para el primer o el último paso de la escena.',
  quiz: 'Preguntas de control (cuestionario)',
  autoplay: 'Reproducir al cargar',
  language: 'Idioma',
  pageLanguage: 'El idioma de la página',
  look: 'Aspecto',
  theme: 'Tema',
  themeDefault: 'Predeterminado',
  themeDark: 'Oscuro',
  themeHighContrast: 'Alto contraste',
  width: 'Ancho (px)',
  height: 'Alto del iframe (px)',
  sizeHint: 'El widget mantiene su escenario en 16:9 (4:5 por debajo de 600 px de ancho), así que su alto sigue a su ancho; el iframe necesita un alto propio.',
  preview: 'Vista previa',
  snippets: 'Fragmentos',
  scriptTag: 'Etiqueta script',
  scriptTagHint: 'Copia jak-stat-explorer.js con sus carpetas locales y chunks a tu sitio, o úsalo desde aquí. Con una política de seguridad de contenido estricta, pon la regla de estilo en tu hoja de estilos.',
  npm: 'npm',
  iframe: 'iframe',
  deepLink: 'Enlace a esta vista en la aplicación',
  deepLinkHint: 'Abre la aplicación de clase en esta escena, fármaco e intervalo de pasos.',
  copy: 'Copiar',
  copied: (what) => `Copiado: ${what}.`,
  copyFailed: 'No se pudo copiar: selecciona el texto y cópialo tú.',
  rangeError: (count) => `El intervalo debe ser de pasos enteros de 1 a ${count}, con «desde» no posterior a «hasta». La vista previa mantiene el último intervalo válido.`,
};

/** The builder's text in a language (English for any language it does not have). */
export function builderText(lang: string): BuilderText {
  return lang.toLowerCase().startsWith('es') ? es : en;
}

export const BUILDER_TEXTS = { en, es } as const;
