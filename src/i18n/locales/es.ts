/** Español. */
import type { DescriberPhrases } from '../../model/describe-frame';
import type { TreatmentPhrases } from '../../model/treatment-narration';
import type { Locale } from '../locale';
import { CHECKPOINTS_ES } from '../learning/checkpoints-es';
import { GLOSSARY_ES } from '../learning/glossary-es';
import type { UiStrings } from './en-ui';
import { ES_CONTENT } from './es-content';

const shortName = (name: string) => name.replace(/ en crema$/i, '').toLowerCase();

const ui: UiStrings = {
  ui: {
    stepOf: (step: number, count: number) => `Paso ${step} de ${count}`,
    play: 'Reproducir',
    pause: 'Pausa',
    next: 'Paso siguiente',
    previous: 'Paso anterior',
    restart: 'Volver a empezar',
    progress: 'Avance por los pasos',
    controls: 'Controles de reproducción',
    simplified: 'Simplificado',
    sources: 'Fuentes',
    dismiss: 'Cerrar',
    animation: 'animación',
    reducedMotion: 'Reducir el movimiento',
    readAloud: 'Leer en voz alta',
    presenter: 'Modo presentación',
    shortcuts: 'Atajos de teclado',
    close: 'Cerrar',
    language: 'Idioma',
    glossaryHint: 'Los términos subrayados con puntos tienen una definición breve: pasa el puntero, enfócalos o tócalos.',
    quizMode: 'Preguntas',
    shortcutList: [
      ['Espacio', 'Reproducir o pausar'],
      ['→  o  Av Pág', 'Paso siguiente'],
      ['←  o  Re Pág', 'Paso anterior'],
      ['Inicio / Fin', 'Primer / último paso'],
      ['F', 'Modo presentación'],
      ['Esc', 'Salir del modo presentación, cerrar este panel'],
      ['?', 'Mostrar u ocultar estos atajos'],
    ],
    sceneRefused: (reason: string) => `No se pudo mostrar esa escena, así que se mantiene la actual. ${reason}`,
    noGraphics: 'La animación no pudo iniciarse en este dispositivo; la narración y los controles siguen funcionando.',
  },
  cellDetail: {
    keratinocyte: 'Filamentos de queratina',
    't-cell': 'Microvellosidades',
    'sensory-neuron': 'Microtúbulos',
    'immune-cell': 'Gránulos',
  },
  backdrop: {
    outsideLabel: 'Fuera de la célula',
    membraneLabel: 'Membrana celular',
    cytoplasmLabel: 'Citoplasma',
    nucleusLabel: 'Núcleo',
    poreLabel: 'Poro nuclear',
    dnaLabel: 'ADN',
    gasLabel: 'Motivo GAS',
  },
  overview: {
    caption: 'Qué JAK y qué STAT usa cada citocina',
    cytokine: 'Citocina',
    receptor: 'Cadenas del receptor y célula mostrada',
    stat: 'STAT',
    role: 'Papel en la dermatitis atópica',
    show: (cytokine: string) => `Ver la animación de ${cytokine}`,
    uses: (jak: string) => `usa ${jak}`,
    notUsed: (jak: string) => `no usa ${jak}`,
  },
  drug: {
    drug: 'Fármaco',
    none: 'Sin fármaco',
    exposure: 'Exposición',
    exposureOption: (x: number) => `${x}× CI50 de JAK1`,
    compare: 'Comparar sin fármaco',
    withDrug: (name: string) => `Con ${shortName(name)}`,
    untreated: 'Sin fármaco',
    treated: (name: string, exposure: number) => `Con ${shortName(name)} (${exposure}× CI50 de JAK1)`,
    occupancyTitle: (name: string, exposure: number) => `${name} a ${exposure}× su CI50 de JAK1: bolsillos de JAK ocupados`,
    occupancyOf: (jak: string) => `bolsillos de ${jak} ocupados`,
    signal: 'Señal',
    notEstablished: 'no establecido',
    caveat:
      'Una ilustración a partir de cocientes de ensayos enzimáticos o celulares (ocupación = exposición ÷ (exposición + cociente)), no una herramienta de dosificación: ninguna fuente aquí da niveles en sangre, y los cocientes de ensayos distintos no son directamente comparables. Las filas en negrita son las JAK que usa esta citocina; la señal necesita sus dos JAK libres.',
    factsTitle: (name: string, brand: string) => `Sobre ${name} (${brand})`,
    route: 'Cómo se usa',
    approval: 'Aprobado para',
    mechanism: 'Cómo actúa',
    selectivity: 'Selectividad',
    sideEffects: 'Efectos secundarios frecuentes',
    boxedWarning: 'Advertencia en recuadro',
    notAdvice: 'Educativo, no es consejo médico. Consulte la ficha técnica vigente antes de basarse en nada de esto.',
  },
  quiz: {
    title: '¿Qué pasa después?',
    answer: 'Comprobar respuesta',
    continue: 'Continuar',
    right: 'Correcto.',
    wrong: 'No exactamente.',
  },
};

const describer: DescriberPhrases = {
  cytokineOutside: (c) => `${c} está fuera de la célula.`,
  cytokineBound: (c) => `${c} está unida al receptor en la superficie de la célula.`,
  receptorApart: (a, b) => `Las cadenas del receptor ${a} y ${b} están separadas en la membrana.`,
  receptorTogether: (a, b) => `Las cadenas del receptor ${a} y ${b} están juntas.`,
  jakState: (jak, chain, p, active) =>
    `${jak} está en la cola de ${chain}${p ? ', fosforilada' : ''}${active ? ' y activa' : ''}.`,
  drugInPocket: (drug, jak) => `${drug} ocupa el bolsillo de ATP de ${jak}.`,
  drugNearby: (drug) => `${drug} está dentro de la célula, fuera de un bolsillo.`,
  receptorPhosphorylated: (chain) => `La cola de ${chain} lleva fosfatos.`,
  statFree: (stat, p) => `Una ${stat} está libre en el citoplasma${p ? ', fosforilada' : ''}.`,
  statDocked: (stat, chain, p) => `Una ${stat} está anclada en ${chain}${p ? ', fosforilada' : ''}.`,
  statPaired: (stat, inNucleus) => `Dos ${stat} forman una pareja ${inNucleus ? 'dentro del núcleo' : 'en el citoplasma'}.`,
  statOnDna: (stat) => `La pareja de ${stat} está unida al motivo GAS del ADN.`,
  geneChange: (gene, change) =>
    change === 'baseline' ? `${gene} está en su nivel habitual.` : change === 'up' ? `${gene} aumenta.` : `${gene} se reduce.`,
  socsBound: (socs, jak) => `${socs} está unida junto a ${jak}.`,
  changed: (list) => `Cambios: ${list}`,
  nothingChanged: 'Nada se movió en este paso.',
  join: (items) => items.join(' '),
};

const treatment: TreatmentPhrases = {
  and: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} y ${items.at(-1)}`),
  notEstablished: (jak) => `${jak} (no establecido)`,
  occupancy: (p, jak, atMost) => `${atMost ? 'como mucho el' : 'cerca del'} ${p} de ${jak}`,
  arrivalOral: (Name) => `${Name}, tomado como comprimido, llega a la célula desde la sangre y entra en ella.`,
  arrivalTopical: (Name) => `${Name}, en crema, penetra desde la superficie de la piel y entra en la célula.`,
  exposureFill: (exposure, occupancy) => `A esta exposición (${exposure}× su CI50 de JAK1) ocupa ${occupancy} de los bolsillos.`,
  outside: (Name) =>
    `${Name} no impide esto: actúa dentro de la célula, en las JAK, no sobre la citocina ni su receptor. Bloquear desde fuera es lo que hacen los fármacos de anticuerpos, como dupilumab.`,
  signalAcross: (signal) => `Señal en toda la célula: cerca del ${signal} de lo normal.`,
  partial: (Name, occupancy, signal) =>
    `${Name} ocupa ${occupancy} de los bolsillos. La mayoría de los receptores aún tienen sus dos JAK libres, así que la señal es cerca del ${signal} de lo normal.`,
  blocked: {
    'jak-activation': (jaks, name, filled) =>
      `Normalmente ${jaks} se pasarían fosfatos del ATP entre sí. Con ${name} en el bolsillo de ATP de ${filled}, el ATP no puede unirse, así que no se pasa ningún fosfato y las JAK siguen apagadas.`,
    'receptor-phosphorylation': () => 'Con las JAK apagadas, la cola del receptor no recibe fosfatos, así que no aparecen sitios de anclaje.',
    'stat-docking': (stat) => `${stat} no encuentra ninguna fosfotirosina a la que agarrarse, así que sigue libre en el citoplasma.`,
    'stat-phosphorylation': (stat) => `${stat} no está anclada junto a una JAK activa, así que no recibe ningún fosfato.`,
    dimerization: (stat) => `Sin su fosfato, las proteínas ${stat} no forman parejas.`,
    'nuclear-import': (stat) => `No se ha formado ninguna pareja de ${stat}, así que ninguna entra en el núcleo.`,
    'dna-binding': () => 'El motivo GAS queda vacío.',
    transcription: (signal) =>
      `Los genes diana se quedan cerca de su nivel habitual: en toda la célula, la señal es cerca del ${signal} de la que hay sin el fármaco.`,
    'negative-feedback': () =>
      'Con poca señal se fabrica poca SOCS. El bloqueo es reversible: cuando el fármaco desaparece, el ATP puede unirse de nuevo y la señal vuelve.',
  },
  routeLabel: (route) => (route === 'oral' ? 'Vaso sanguíneo' : 'Crema en la piel'),
};

export const es: Locale = {
  code: 'es',
  name: 'Español',
  ui,
  describer,
  treatment,
  content: ES_CONTENT,
  glossary: GLOSSARY_ES,
  checkpoints: CHECKPOINTS_ES,
};
