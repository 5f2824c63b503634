/**
 * Español: every string of the widget in Spanish, in this one file. A language module of its own: the embed
 * core bundles English only and loads this (built to `dist/locales/es.js`) when a widget's language asks for
 * it; importing it registers Spanish for every widget on the page.
 */
import type { DescriberPhrases } from '../../model/describe-frame';
import { genericDrugName } from '../../model/drug-name';
import { percentWords } from '../../model/signal-band';
import type { TreatmentPhrases } from '../../model/treatment-narration';
import type { Locale } from '../locale';
import type { Checkpoint, ContentTranslation, GlossaryEntry } from '../content-types';
import type { UiStrings } from '../ui-strings';
import { registerLocale } from '../locale-store';

/** A number with the decimal comma of Spanish text (0.3 → 0,3). */
const decimal = (x: number | string): string => String(x).replace('.', ',');

/** Assay kinds in words: "enzimáticos sin células y celulares". */
const assayWords = (assays: readonly ('enzyme' | 'cellular')[]) => assays.map((a) => (a === 'enzyme' ? 'enzimáticos sin células' : 'celulares')).join(' y ');

/** Formulation words dropped from a drug's name mid-sentence ("Ruxolitinib en crema" → "ruxolitinib"). */
const FORMULATIONS = ['en crema'];

const ui: UiStrings = {
  app: {
    tagline: 'Cómo una citocina activa una célula en la dermatitis atópica, paso a paso. Usa ← → para avanzar o retroceder y Espacio para reproducir.',
    cytokine: 'Citocina',
    language: 'Idioma',
    overviewTitle: 'Comparar las citocinas',
    overviewIntro:
      'Cada citocina empareja dos JAK y activa una STAT principal. Todas usan JAK1, así que en este modelo cada fármaco las bloquea a todas; las JAK que usa una citocina deciden con qué fuerza y a qué exposición. Elige una citocina para ver su animación.',
    aboutSummary: 'Sobre esta animación y sus fuentes',
    aboutText:
      'JAK-STAT Explorer muestra cómo las citocinas de la dermatitis atópica transmiten señales dentro de células de la piel, inmunitarias y nerviosas mediante enzimas JAK y proteínas STAT. Cada paso indica las fuentes de lo que dice; donde el dibujo simplifica, el paso lo dice. Es para aprender, no es consejo médico.',
    sourcesTitle: 'Fuentes de esta escena',
    embedLink: 'Inserta esto en tu sitio',
    embedText: ': una etiqueta script, npm o un iframe, con temas y toda la API.',
  },
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
    wholeCell: 'Célula entera',
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
      ['W', 'Célula entera o primer plano'],
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
    baselineLabel: 'nivel basal',
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
    exposureOption: (x: number) => `${decimal(x)}× CI50 de JAK1`,
    compare: 'Comparar con el caso sin fármaco',
    withDrug: (name: string) => `Con ${genericDrugName(name, FORMULATIONS)}`,
    untreated: 'Sin fármaco',
    treated: (name: string, exposure: number) => `Con ${genericDrugName(name, FORMULATIONS)} (${decimal(exposure)}× CI50 de JAK1)`,
    occupancyTitle: (name: string, exposure: number) => `${name} a ${decimal(exposure)}× su CI50 de JAK1: bolsillos de JAK ocupados`,
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
    notAdvice: 'Educativo, no es consejo médico. Consulta la ficha técnica vigente antes de basarte en nada de esto.',
    underOnePercent: 'menos del 1%',
    atMost: (p: string) => `como mucho ${p}`,
    atLeast: (p: string) => `al menos ${p}`,
    eitherWay: (p: string) => `${p} (puede ser más o menos)`,
    assumed: 'supuesto',
    signalAssumed: 'Esta señal se basa en potencias supuestas (mira las notas de arriba).',
    assumptionsTitle: 'Supuestos de este modelo',
    assumeBothFree:
      'Un receptor solo transmite la señal cuando sus dos JAK están libres. Las fuentes lo muestran para los receptores con γc y para TSLP; para los demás receptores es la lectura más sencilla, no una regla medida.',
    assumeNotEstablishedFree:
      'Una JAK cuya potencia no está establecida se cuenta como libre, así que la señal es entonces un límite superior («como mucho»).',
    assumeAssay: (drug: string, assays: readonly ('enzyme' | 'cellular')[]) => `${drug}: los cocientes de potencia proceden de ensayos ${assayWords(assays)}.`,
    assumeAtp: 'Los cocientes de CI50 dependen de la concentración de ATP usada en el ensayo.',
    exposureSlider: 'Exposición, escala logarítmica',
    customExposure: (x: number) => `Otro valor: ${decimal(x)}× CI50 de JAK1`,
    plotTitle: (drug: string, cytokine: string) => `${drug} sobre ${cytokine}: bolsillos de JAK ocupados y señal, según la exposición`,
    exposureTick: (x: number) => `${decimal(x)}×`,
    axisExposure: 'Exposición (× CI50 de JAK1, escala logarítmica)',
    axisPercent: '% ocupado · % de señal',
    signalCurve: (cytokine: string) => `Señal de ${cytokine}`,
    legendJak: (jak: string, certainty: 'exact' | 'at-most' | 'assumed', inScene: boolean) =>
      `${jak}${inScene ? ' (este receptor)' : ''}${
        certainty === 'at-most' ? ': como mucho (a trazos; el cociente es un límite inferior)' : certainty === 'assumed' ? ': supuesto (punteado; un supuesto del modelo, no una cifra con fuente)' : ''
      }`,
    legendNotEstablished: (jak: string) => `${jak}: no establecido, no se dibuja`,
    legendSignal: (cytokine: string, bound: 'about' | 'at-most' | 'at-least' | 'unknown', assumed: boolean) =>
      `Señal de ${cytokine}, % de la normal${
        { about: '', 'at-most': '; como mucho: una JAK sin potencia establecida se cuenta como libre', 'at-least': '; al menos: el cociente de una JAK es un límite inferior', unknown: '; puede ser más o menos' }[bound]
      }${assumed ? '; se basa en cifras supuestas' : ''}`,
    selectivityCaption: (jak: string, low: { x: number; jak1: string; other: string }, high: { x: number; jak1: string; other: string }, fades: boolean) =>
      `Bolsillos ocupados a ${decimal(low.x)}×: JAK1 ${low.jak1}, ${jak} ${low.other}; a ${decimal(high.x)}×: ${high.jak1} y ${high.other}. ${
        fades ? 'La distancia entre las curvas es la selectividad: se reduce al subir la exposición.' : 'Las curvas no se separan, así que aquí no se ve selectividad.'
      }`,
    scaleNote:
      'La escala de exposición de cada fármaco es su propia CI50 de JAK1 (a 1× está ocupada la mitad de los bolsillos de JAK1), así que las exposiciones no se pueden comparar entre fármacos.',
    assayNote: (assays: readonly ('enzyme' | 'cellular')[]) =>
      assays.length === 0
        ? 'Para este fármaco no se dibuja ningún cociente medido: sus curvas se basan en supuestos del modelo. Los cocientes de CI50 dependen del ensayo y de su concentración de ATP.'
        : `Los cocientes proceden de ensayos ${assayWords(assays)}. Los cocientes de CI50 dependen del ensayo (enzimático o celular) y de su concentración de ATP, así que las cifras de ensayos distintos no se pueden comparar directamente.`,
    tableSummary: 'Los números del gráfico',
    tableCaption: (drug: string, cytokine: string) => `${drug} sobre ${cytokine}: % de bolsillos ocupados y % de señal, según la exposición`,
    tableExposure: 'Exposición (× CI50 de JAK1)',
    tableJak: (jak: string, certainty: 'exact' | 'at-most' | 'assumed' | 'not-established') =>
      `${jak}${{ exact: '', 'at-most': ' (como mucho)', assumed: ' (supuesto)', 'not-established': ' (no establecido)' }[certainty]}`,
    tableSignal: (bound: 'about' | 'at-most' | 'at-least' | 'unknown') =>
      `Señal${{ about: '', 'at-most': ' (como mucho)', 'at-least': ' (al menos)', unknown: ' (incierta)' }[bound]}`,
    chosen: '(elegida)',
  },
  quiz: {
    title: '¿Qué pasa después?',
    answer: 'Comprobar respuesta',
    continue: 'Continuar',
    right: 'Correcto.',
    wrong: 'No exactamente.',
  },
  export: {
    menu: 'Guardar imagen o vídeo',
    savePicture: 'Guardar imagen',
    saveClip: 'Guardar vídeo',
    handout: 'Material para imprimir',
    saving: (percent) => `Creando el vídeo… ${percent}% (pulse para cancelar)`,
    noVideo: 'Este navegador no puede crear vídeos (no tiene codificador de vídeo WebCodecs); las imágenes sí funcionan.',
    failed: (reason) => `No se pudo guardar: ${reason}`,
  },
  population: {
    shownFree: (n, total) => `Se muestra: un par típico, con las dos JAK libres (${n} de ${total} pares dan señal)`,
    shownPlugged: (jak, n, total) => `Se muestra: un par típico, con el fármaco en ${jak} (${n} de ${total} pares)`,
    shownBothPlugged: (n, total) => `Se muestra: un par típico, con el fármaco en las dos JAK (${n} de ${total} pares)`,
    insetTitle: (jak) => `Bolsillo de ATP de ${jak}, de cerca`,
    freeShare: (p) => `bolsillos libres: ${p}`,
    filledShare: (p) => `con fármaco: ${p}`,
    under1: 'menos del 1%',
    tyrosine: 'tirosina',
    describeFree: (jak) => `Primer plano del bolsillo de ATP del dominio cinasa de ${jak}: el ATP entra en el bolsillo y un fosfato pasa a la tirosina del bucle de activación.`,
    describeFilled: (jak, drug) => `Primer plano del bolsillo de ATP del dominio cinasa de ${jak}: ${genericDrugName(drug, FORMULATIONS)} ocupa el bolsillo y el ATP no puede entrar.`,
    describeBoth: (jak, drug, free, filled) =>
      `Primer plano del bolsillo de ATP del dominio cinasa de ${jak}, en sus dos estados. Bolsillos libres (${free}): el ATP entra y un fosfato pasa a la tirosina del bucle de activación. Bolsillos con fármaco (${filled}): ${genericDrugName(drug, FORMULATIONS)} ocupa el bolsillo y el ATP no puede entrar.`,
  },
};

const NUMBER_ES = ['Ninguna', 'Una', 'Dos'];
const GRADE_ES = { most: ', en la mayor parte de lo habitual', 'about-half': ', en cerca de la mitad de lo habitual', some: ', solo en parte de lo habitual' } as const;

const describer: DescriberPhrases = {
  cytokineOutside: (c) => `${c} está fuera de la célula.`,
  // IFN-γ (interferón) is masculine; the interleukins and TSLP are feminine.
  cytokineBound: (c) => `${c} está ${c.startsWith('IFN') ? 'unido' : 'unida'} al receptor en la superficie de la célula.`,
  receptorApart: (a, b) => `Las cadenas del receptor ${a} y ${b} están separadas en la membrana.`,
  receptorTogether: (a, b) => `Las cadenas del receptor ${a} y ${b} están juntas.`,
  jakState: (jak, chain, p, active) =>
    `${jak} está en la cola de ${chain}${p ? ', fosforilada' : ''}${active ? ' y activa' : ''}.`,
  drugInPocket: (Drug, jak) => `${Drug} ocupa el bolsillo de ATP de ${jak}.`,
  drugWaiting: (drug, n, another) =>
    n === 1
      ? `${another ? 'Otra' : 'Una'} molécula de ${drug} espera libre en el citoplasma.`
      : `${NUMBER_ES[n] ?? n} moléculas de ${drug} esperan libres en el citoplasma.`,
  receptorPhosphorylated: (chain) => `La cola de ${chain} lleva fosfatos.`,
  statFree: (stat, n, p) =>
    n === 2 ? `Ambas ${stat} están libres en el citoplasma${p ? ', fosforiladas' : ''}.` : `Una ${stat} está libre en el citoplasma${p ? ', fosforilada' : ''}.`,
  statDocked: (stat, n, chain, p) =>
    n === 2 ? `Ambas ${stat} están ancladas en ${chain}${p ? ', fosforiladas' : ''}.` : `Una ${stat} está anclada en ${chain}${p ? ', fosforilada' : ''}.`,
  statPaired: (stat, inNucleus) => `Dos ${stat} forman una pareja ${inNucleus ? 'dentro del núcleo' : 'en el citoplasma'}.`,
  statOnDna: (stat) => `La pareja de ${stat} está unida al motivo GAS del ADN.`,
  geneHeld: (gene, share) => {
    const p = percentWords(share, UNDER_1);
    return `${gene} se mantiene ${p === UNDER_1 ? 'por debajo del 1%' : `al ${p}`} de su nivel habitual.`;
  },
  geneChange: (gene, change, band) =>
    change === 'baseline' ? `${gene} está en su nivel habitual.`
      : band === 'little' ? `${gene} apenas cambia.`
        : `${gene} ${change === 'up' ? 'aumenta' : 'se reduce'}${band && band !== 'almost-all' ? GRADE_ES[band] : ''}.`,
  socsBound: (socs, jak) => `${socs} está unida junto a ${jak}.`,
  population: (plugged, pairs, signalling) =>
    `${plugged} de ${pairs} pares de receptores ${plugged === 1 ? 'tiene' : 'tienen'} el fármaco en un bolsillo de JAK; ${signalling} ${signalling === 1 ? 'sigue' : 'siguen'} dando señal.`,
  dimers: (n, stat) =>
    n === 0 ? `Ningún dímero de ${stat} ha llegado al núcleo en toda la célula.`
      : n === 1 ? `1 dímero de ${stat} ha llegado al núcleo en toda la célula.` : `${n} dímeros de ${stat} han llegado al núcleo en toda la célula.`,
  changed: (list) => `Cambios: ${list}`,
  nothingChanged: 'Nada cambió en este paso.',
  inView: (items) => `A la vista: ${items.length > 1 ? `${items.slice(0, -1).join(', ')} y ${items.at(-1)}` : items[0] ?? ''}.`,
  inViewWhole: 'A la vista: toda la célula.',
  places: { pore: 'el poro nuclear', dna: 'el motivo GAS del ADN' },
  join: (items) => items.join(' '),
};

const BOUND_ES = { about: 'cerca del', 'at-most': 'como mucho el', 'at-least': 'al menos el', unknown: 'aproximadamente el' } as const;
const UNDER_1 = 'menos del 1%';

const treatment: TreatmentPhrases = {
  and: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} y ${items.at(-1)}`),
  under1: UNDER_1,
  signalWords: (bound, p) =>
    p === UNDER_1 ? (bound === 'at-least' ? `${p} o algo más` : bound === 'unknown' ? 'aproximadamente el 1% o menos' : p) : `${BOUND_ES[bound]} ${p}`,
  notEstablished: (jak) => `${jak} (no establecido)`,
  occupancy: (p, jak, certainty) =>
    `${p === UNDER_1 ? '' : certainty === 'at-most' ? 'como mucho el ' : 'cerca del '}${p} de los bolsillos de ${jak}${certainty === 'assumed' ? ' (supuesto)' : ''}`,
  arrivalOral: (Name) => `${Name}, tomado como comprimido, llega a la célula desde la sangre y entra en ella.`,
  arrivalTopical: (Name) => `${Name}, en crema, penetra desde la superficie de la piel y entra en la célula.`,
  exposureFill: (exposure, occupancy) => `A esta exposición (${decimal(exposure)}× su CI50 de JAK1) ocupa ${occupancy}.`,
  outside: (Name, target) =>
    `${Name} no impide esto: actúa dentro de la célula, en las JAK, no sobre la citocina ni su receptor. ` +
    (target
      ? `Bloquear desde fuera es lo que hacen anticuerpos terapéuticos como el dupilumab, que se une a ${target}, una cadena de este receptor.`
      : 'Bloquear una citocina o su receptor desde fuera es lo que hacen los anticuerpos terapéuticos (biológicos).'),
  assumption: 'Esta cifra se basa en una suposición del modelo sobre la potencia del fármaco, no en una cifra con fuente.',
  signalAcross: (signal) => `Señal en toda la célula: ${signal} de la habitual.`,
  boundNote: (bound) =>
    bound === 'at-most'
      ? 'Como mucho, porque una JAK cuya potencia no está establecida se cuenta como libre.'
      : bound === 'at-least'
        ? 'Al menos, porque una de las cifras de potencia es solo un límite inferior.'
        : 'Aproximadamente, porque una potencia no está establecida y otra es solo un límite inferior.',
  partial: (Name, occupancy, free, pairs) =>
    `${Name} ocupa ${occupancy}. El par mostrado tiene sus dos JAK libres, como ${free} de los ${pairs} pares de receptores de la célula.`,
  cell: {
    pairs: (band, n, pairs, signal) => {
      const who = {
        'almost-all': `casi todos los pares de receptores (${n} de ${pairs}) siguen activándose`,
        most: `la mayoría de los pares de receptores (${n} de ${pairs}) siguen activándose`,
        'about-half': `cerca de la mitad de los pares de receptores (${n} de ${pairs}) siguen activándose`,
        some: `algunos pares de receptores (${n} de ${pairs}) siguen activándose`,
        little: n === 0 ? `ninguno de los ${pairs} pares de receptores se activa` : `solo ${n} de ${pairs} pares de receptores ${n === 1 ? 'sigue' : 'siguen'} activándose`,
      }[band];
      return `En toda la célula ${who}: ${signal} de la señal habitual.`;
    },
    nucleus: (band, dimers, stat, signal) => {
      const share = {
        'almost-all': 'casi tantos como sin el fármaco',
        most: 'la mayor parte del número habitual',
        'about-half': 'cerca de la mitad del número habitual',
        some: 'solo una parte del número habitual',
        little: 'muchos menos de lo habitual',
      }[band];
      const many = dimers === 1 ? `1 dímero de ${stat} ha` : `${dimers} dímeros de ${stat} han`;
      return `En toda la célula ${many} llegado al núcleo, ${share} (${signal} de la señal habitual).`;
    },
    held: (gene, share) => `${gene}, cuya expresión mantiene la señal, se queda en ${share === 'menos del 1%' ? share : `el ${share}`} de su nivel habitual.`,
    genes: (band, signal) =>
      band === 'little'
        ? `En toda la célula los genes diana se quedan cerca de su nivel habitual (${signal} de la señal habitual).`
        : `En toda la célula los genes diana cambian ${{
          'almost-all': 'casi tanto como sin el fármaco',
          most: 'la mayor parte de lo habitual',
          'about-half': 'cerca de la mitad de lo habitual',
          some: 'solo una parte de lo habitual',
        }[band]} (${signal} de la señal habitual).`,
    feedback: (band) =>
      band === 'little' ? 'Con poca señal se fabrica poca SOCS.'
        : band === 'almost-all' || band === 'most' ? 'Se fabrica SOCS casi como de costumbre, al ritmo de la señal.'
          : 'Se fabrica menos SOCS, al ritmo de una señal más débil.',
  },
  pair: {
    'jak-activation': (jaks, name, filled) =>
      `Normalmente ${jaks} se pasarían fosfatos del ATP entre sí. En el par mostrado, ${name} está en el bolsillo de ATP de ${filled}, así que el ATP queda fuera y las JAK de este par no se activan.`,
    partner: (free, plugged) =>
      `${free} aún puede poner un fosfato en la ${plugged} unida al fármaco, pero en este modelo un par solo da señal cuando sus dos JAK están libres.`,
    'receptor-phosphorylation': (stat) =>
      `En el par mostrado, las JAK no se activan, así que la cola de este receptor no se fosforila y ${stat} no tiene dónde anclarse.`,
    'stat-docking': (stat) => `En el par mostrado, ${stat} no encuentra ninguna fosfotirosina a la que agarrarse, así que sigue libre en el citoplasma.`,
    'stat-phosphorylation': (stat) => `En el par mostrado, ${stat} no está anclada junto a una JAK activa, así que no se fosforila.`,
    dimerization: (stat) => `En el par mostrado, sin un fosfato con el que sujetarse, las dos ${stat} siguen separadas.`,
    'nuclear-import': (stat) => `En el par mostrado no se formó ningún dímero de ${stat}, así que nada de este par entra en el núcleo.`,
    'dna-binding': (stat) => `Ningún dímero de ${stat} del par mostrado llega al motivo GAS.`,
    transcription: () => 'El par mostrado no aporta nada al cambio de los genes diana.',
    'negative-feedback': () => 'El par mostrado no envió señal, así que aquí ninguna SOCS se une a sus JAK.',
  },
  reversible: 'El bloqueo es reversible: cuando el fármaco desaparece, el ATP puede unirse de nuevo y la señal vuelve.',
  routeLabel: (route) => (route === 'oral' ? 'Vaso sanguíneo' : 'Crema en la piel'),
  formulations: FORMULATIONS,
};

/** Scene and drug texts, keyed by the ids of scenes/ (figures and sources stay in the data). */
const content: ContentTranslation = {
  scenes: {
    il13: {
      title: 'La IL-13 activa STAT6 en una célula de la piel',
      summary:
        'Cómo la citocina IL-13 envía su señal a través del receptor de IL-4 de tipo II, JAK1 y TYK2, y STAT6 para debilitar la barrera de la piel en la dermatitis atópica.',
      cellLabel: 'Queratinocito (piel)',
      outcome:
        'Barrera de la piel más débil (menos filagrina, loricrina e involucrina), menos péptidos antimicrobianos, más quimiocinas',
      genes: { flg: 'Filagrina', lor: 'Loricrina', ccl26: 'CCL26' },
      steps: {
        resting: {
          title: 'Una célula de la piel en reposo',
          text: 'Esta célula de la piel tiene dos cadenas de receptor, IL-4Rα e IL-13Rα1. Dentro de la célula, la cola de cada una ya lleva unida una enzima llamada JAK: JAK1 en IL-4Rα y TYK2 en IL-13Rα1. Las proteínas STAT6 esperan en el citoplasma.',
          simplified:
            'Se dibuja una copia de cada cadena y una JAK por cadena; las cadenas no tienen actividad enzimática propia. Algunas fuentes ponen JAK2 en IL-13Rα1, en lugar de TYK2 o junto a ella.',
        },
        'ligand-binding': {
          title: 'La IL-13 se une a su receptor',
          text: 'La IL-13 es una citocina, una proteína mensajera que fabrican las células inmunitarias y que está elevada en la dermatitis atópica. Primero se une a la parte externa de IL-13Rα1.',
        },
        'receptor-assembly': {
          title: 'El receptor se ensambla',
          text: 'IL-4Rα se incorpora y estabiliza el complejo. Al juntarse las dos cadenas, sus JAK también quedan cara a cara dentro de la célula.',
          simplified:
            'Se muestran como dos cadenas que se acercan; en muchos receptores todavía se debate cuánto se desplazan o si solo cambian de forma.',
        },
        'jak-activation': {
          title: 'Las JAK se activan mutuamente',
          text: 'JAK1 y TYK2 se añaden mutuamente un grupo fosfato. El fosfato procede del ATP, el transportador de energía de la célula, que queda como ADP. Con estos fosfatos, las JAK se vuelven activas.',
          simplified: 'Una "P" representa las tirosinas fosforiladas del bucle de activación de cada JAK. Con un inhibidor de JAK, una JAK con el fármaco unido aún puede ser fosforilada por su pareja libre.',
        },
        'receptor-phosphorylation': {
          title: 'Aparecen sitios de anclaje en el receptor',
          text: 'Ahora las JAK activas colocan fosfatos, de nuevo tomados del ATP, en tirosinas de la cola del receptor. En IL-4Rα, estas fosfotirosinas se convierten en sitios de anclaje para STAT6.',
          simplified: 'IL-4Rα tiene tres tirosinas de anclaje para STAT6 (Y575, Y603, Y631); se dibujan dos.',
        },
        'stat-docking': {
          title: 'STAT6 se ancla al receptor',
          text: 'Las proteínas STAT6 se sujetan a las fosfotirosinas con un bolsillo llamado dominio SH2. Se anclan al receptor, no a la JAK.',
        },
        'stat-phosphorylation': {
          title: 'STAT6 recibe un fosfato',
          text: 'Sujeta junto a la JAK activa, cada STAT6 recibe un fosfato en una sola tirosina, llamada Y641. De nuevo, lo aporta el ATP.',
          simplified: 'Solo se muestra a JAK1 haciendo esto.',
        },
        dimerization: {
          title: 'Dos STAT6 se emparejan',
          text: 'La STAT6 fosforilada se suelta del receptor. Dos de ellas se enganchan entre sí: el fosfato de cada una queda sujeto en el dominio SH2 de la otra. Esta pareja se llama dímero.',
        },
        'nuclear-import': {
          title: 'Hacia el núcleo',
          text: 'El dímero de STAT6 atraviesa un poro nuclear y entra en el núcleo, donde se guarda el ADN.',
          simplified:
            'Las STAT no fosforiladas también entran y salen del núcleo; no está claro si la entrada requiere estrictamente el fosfato.',
        },
        'dna-binding': {
          title: 'STAT6 se une a un motivo GAS',
          text: 'El dímero se une a un patrón corto de ADN llamado motivo GAS: TTC, unas pocas letras y luego GAA. STAT6 prefiere una separación de cuatro letras.',
        },
        transcription: {
          title: 'Unos genes bajan y otros suben',
          text: 'STAT6 cambia qué genes se leen. Los genes de la barrera, como filagrina y loricrina, se reducen, lo que debilita la barrera de la piel, mientras que las quimiocinas, como CCL26 (eotaxina-3), aumentan.',
          simplified:
            'Tres genes representan a muchos; STAT3 también ayuda a reprimir los genes de la barrera. El dibujo muestra la pareja de STAT6 en un motivo GAS bajándolos; esa represión es en parte indirecta.',
        },
        'negative-feedback': {
          title: 'SOCS atenúa la señal',
          text: 'La señal también hace que se fabriquen proteínas SOCS, que se unen a la JAK o al receptor y los bloquean. Esta retroalimentación negativa impide que la señal continúe para siempre.',
          simplified: 'Las fosfatasas y las proteínas PIAS también apagan la vía; no se dibujan.',
        },
      },
    },

    il4: {
      title: 'La IL-4 impulsa a un linfocito T hacia Th2',
      summary:
        'Cómo la IL-4 envía su señal a través del receptor de IL-4 de tipo I, JAK1 y JAK3, y STAT6 para empujar a un linfocito T colaborador hacia el programa Th2 de la dermatitis atópica.',
      cellLabel: 'Linfocito T colaborador virgen (Th0)',
      outcome:
        'Diferenciación Th2, cambio de clase a IgE, represión de genes de la barrera y sensibilización de neuronas del picor',
      genes: { gata3: 'GATA3' },
      steps: {
        resting: {
          title: 'Un linfocito T colaborador virgen en reposo',
          text: 'Este linfocito T colaborador virgen (Th0), que aún no es Th2, tiene el receptor de IL-4 de tipo I: IL-4Rα y una cadena llamada γc (cadena gamma común). JAK1 ya está unida a IL-4Rα y JAK3 a γc. STAT6 espera en el citoplasma.',
          simplified:
            'Se dibuja una copia de cada cadena y una JAK por cadena. Las cadenas del receptor no tienen actividad enzimática propia.',
        },
        'ligand-binding': {
          title: 'La IL-4 se une a IL-4Rα',
          text: 'La IL-4 es una citocina que fabrican los linfocitos Th2, los mastocitos y otras células inmunitarias. Se une a la parte externa de IL-4Rα.',
        },
        'receptor-assembly': {
          title: 'La cadena γc se incorpora al receptor',
          text: 'La cadena γc se une a la IL-4 y a IL-4Rα. Ahora JAK1 y JAK3 quedan cara a cara dentro de la célula. Esta misma γc la comparten los receptores de IL-2, IL-7, IL-9, IL-15 e IL-21.',
          simplified:
            'Se dibujan como cadenas que se acercan. Algunos receptores podrían estar ya ensamblados antes de que llegue la citocina y solo cambiar de forma; todavía se debate.',
        },
        'jak-activation': {
          title: 'JAK1 y JAK3 se activan mutuamente',
          text: 'JAK1 y JAK3 se añaden mutuamente un fosfato, tomado del ATP, que queda como ADP. Los receptores con γc necesitan tanto JAK1 como JAK3 para enviar su señal.',
          simplified: 'Una "P" representa las tirosinas del bucle de activación (en JAK3, Y980 y Y981). Con un inhibidor de JAK, una JAK con el fármaco unido aún puede ser fosforilada por su pareja libre.',
        },
        'receptor-phosphorylation': {
          title: 'Sitios de anclaje en IL-4Rα',
          text: 'Las JAK activas fosforilan tirosinas de la cola de IL-4Rα usando ATP. En estas fosfotirosinas es donde se anclará STAT6.',
          simplified:
            'IL-4Rα tiene tres tirosinas de anclaje para STAT6 (Y575, Y603, Y631) y otras para IRS y para la inhibición; se dibujan dos.',
        },
        'stat-docking': {
          title: 'STAT6 se ancla con su dominio SH2',
          text: 'STAT6 se sujeta a las fosfotirosinas de IL-4Rα con su dominio SH2. Se ancla al receptor, no a la JAK.',
        },
        'stat-phosphorylation': {
          title: 'STAT6 recibe un fosfato',
          text: 'La JAK fosforila cada STAT6 anclada en una sola tirosina, Y641, con fosfato del ATP.',
          simplified: 'Solo se muestra a JAK1 haciendo esto.',
        },
        dimerization: {
          title: 'Dos STAT6 se emparejan',
          text: 'La STAT6 fosforilada deja el receptor. Dos de ellas se sujetan entre sí, con el fosfato de cada una en el dominio SH2 de la otra: un dímero.',
        },
        'nuclear-import': {
          title: 'Hacia el núcleo',
          text: 'El dímero de STAT6 atraviesa un poro nuclear y entra en el núcleo.',
          simplified:
            'Las STAT no fosforiladas también entran y salen del núcleo; no está claro si la entrada requiere estrictamente el fosfato.',
        },
        'dna-binding': {
          title: 'STAT6 se une a un motivo GAS',
          text: 'El dímero se une a un motivo GAS del ADN: TTC, unas pocas letras y luego GAA. STAT6 prefiere una separación de cuatro letras.',
        },
        transcription: {
          title: 'Se enciende el programa Th2',
          text: 'STAT6 aumenta la expresión de GATA3, que hace que la célula se convierta en un linfocito Th2. A su vez, los linfocitos Th2 fabrican IL-4 e IL-13.',
          simplified: 'Un solo gen representa todo el programa Th2.',
        },
        'negative-feedback': {
          title: 'SOCS atenúa la señal',
          text: 'La señal también hace que se fabriquen proteínas SOCS. SOCS1 se une directamente a la JAK y la bloquea, así que la señal se va apagando.',
          simplified: 'Las fosfatasas y las proteínas PIAS también apagan la vía; no se dibujan.',
        },
      },
    },

    il31: {
      title: 'La IL-31 hace que una terminación nerviosa transmita picor',
      summary:
        'Cómo la IL-31 envía su señal a través de IL-31RA y OSMRβ, JAK1 y JAK2, y STAT3 en los nervios sensitivos que transmiten el picor en la dermatitis atópica.',
      cellLabel: 'Neurona sensible al picor',
      outcome:
        'Picor a través de IL-31RA en neuronas sensitivas (en ratones requiere STAT3 neuronal); efectos sobre la barrera',
      genes: { 'il31ra-gene': 'IL31RA' },
      steps: {
        resting: {
          title: 'Una terminación nerviosa en la piel',
          text: 'Las terminaciones nerviosas de la piel transmiten la sensación de picor. Su membrana tiene dos cadenas de receptor, IL-31RA y OSMRβ, con enzimas JAK en sus colas. STAT3 espera en el citoplasma.',
          simplified:
            'La terminación nerviosa y el núcleo (lejos, en el cuerpo celular) se dibujan juntos. Las fuentes difieren en las JAK (Reactome: JAK1 en ambas cadenas; otras añaden JAK2); se dibuja JAK1 en IL-31RA y JAK2 en OSMRβ.',
        },
        'ligand-binding': {
          title: 'La IL-31 se une a IL-31RA',
          text: 'La IL-31 es una citocina que fabrican los linfocitos Th2 y los mastocitos. Se une a IL-31RA en la terminación nerviosa.',
        },
        'receptor-assembly': {
          title: 'Se incorpora OSMRβ',
          text: 'Después, la pareja IL-31–IL-31RA se une a OSMRβ. Las dos cadenas acercan sus JAK dentro de la célula.',
          simplified: 'No está demostrado que JAK1 esté unida a IL-31RA antes de que llegue la IL-31.',
        },
        'jak-activation': {
          title: 'Las JAK se activan mutuamente',
          text: 'Las JAK emparejadas se añaden fosfatos mutuamente, tomados del ATP, que queda como ADP. Así se activan.',
          simplified: 'Se dibujan como JAK1 y JAK2; en el primer paso se explica en qué difieren las fuentes. Con un inhibidor de JAK, una JAK con el fármaco unido aún puede ser fosforilada por su pareja libre.',
        },
        'receptor-phosphorylation': {
          title: 'Sitios de anclaje en el receptor',
          text: 'Las JAK activas fosforilan tirosinas de la cola del receptor, de nuevo con fosfato del ATP. Ahora STAT3 puede anclarse allí.',
          simplified: 'Nuestras fuentes no indican qué tirosinas del receptor usa STAT3; se dibujan sitios en IL-31RA.',
        },
        'stat-docking': {
          title: 'STAT3 se ancla con su dominio SH2',
          text: 'STAT3 se sujeta a las fosfotirosinas del receptor con su dominio SH2. Se ancla al receptor, no a la JAK.',
        },
        'stat-phosphorylation': {
          title: 'STAT3 recibe un fosfato',
          text: 'La JAK fosforila cada STAT3 anclada en una sola tirosina, Y705, con fosfato del ATP.',
          simplified:
            'La IL-31 también activa STAT5 y STAT1, y otras vías (MAPK, PI3K); solo se dibuja STAT3, la principal.',
        },
        dimerization: {
          title: 'Dos STAT3 se emparejan',
          text: 'La STAT3 fosforilada deja el receptor y se empareja con otra: cada una sujeta el fosfato de la otra en su dominio SH2.',
        },
        'nuclear-import': {
          title: 'Hacia el núcleo',
          text: 'El dímero de STAT3 atraviesa un poro nuclear y entra en el núcleo.',
          simplified:
            'En realidad el núcleo está en el cuerpo celular, lejos de la terminación nerviosa. Las STAT no fosforiladas también entran y salen del núcleo; no está claro si la entrada requiere estrictamente el fosfato.',
        },
        'dna-binding': {
          title: 'STAT3 se une a un motivo GAS',
          text: 'El dímero se une a un motivo GAS del ADN: TTC, unas pocas letras y luego GAA.',
        },
        transcription: {
          title: 'STAT3 mantiene el receptor de IL-31',
          text: 'En ratones, STAT3 en las neuronas sensitivas es necesaria para mantener la expresión del receptor de IL-31 (IL-31RA) y para el picor causado por la IL-31 y el picor inflamatorio. El picor no es producto de un gen: es la señal del nervio, que se siente en el cerebro.',
          simplified:
            'IL31RA se dibuja en su nivel habitual, no aumentado: STAT3 mantiene su expresión. Con menos señal se dibuja bajando, nuestra lectura de ello. El picor viaja como impulsos nerviosos, que no se dibujan.',
        },
        'negative-feedback': {
          title: 'SOCS atenúa la señal',
          text: 'La señal también hace que se fabriquen proteínas SOCS, que se unen a la JAK o al receptor y los bloquean. Esta retroalimentación negativa hace que la señal se vaya apagando.',
          simplified:
            'Las fosfatasas y las proteínas PIAS (PIAS3 actúa sobre STAT3) también apagan la vía; no se dibujan.',
        },
      },
    },

    il22: {
      title: 'La IL-22 engrosa la piel',
      summary:
        'Cómo la IL-22 envía su señal a través de IL-22R1 e IL-10R2, JAK1 y TYK2, y STAT3 en las células de la piel, engrosando la epidermis y reduciendo la filagrina en la dermatitis atópica.',
      cellLabel: 'Queratinocito (piel)',
      outcome: 'Epidermis más gruesa (hiperplasia), diferenciación alterada, menos filagrina',
      genes: { flg: 'Filagrina', lor: 'Loricrina' },
      steps: {
        resting: {
          title: 'Una célula de la piel en reposo',
          text: 'Las células de la piel (queratinocitos) tienen el receptor de IL-22: IL-22R1 con JAK1 e IL-10R2 con TYK2. Las células inmunitarias carecen de IL-22R1, así que la IL-22 actúa sobre la piel y otras células de revestimiento. STAT3 espera en el citoplasma.',
          simplified: 'Se dibuja una copia de cada cadena y una JAK por cadena.',
        },
        'ligand-binding': {
          title: 'La IL-22 se une a IL-22R1',
          text: 'La IL-22 es una citocina que fabrican los linfocitos Th22 y otras células inmunitarias. Se une a la cadena IL-22R1.',
        },
        'receptor-assembly': {
          title: 'Se incorpora IL-10R2',
          text: 'IL-10R2 se incorpora al complejo y pone a JAK1 y TYK2 cara a cara dentro de la célula.',
          simplified:
            'Se dibujan como cadenas que se acercan. Algunos receptores podrían estar ya ensamblados antes de que llegue la citocina y solo cambiar de forma; todavía se debate.',
        },
        'jak-activation': {
          title: 'JAK1 y TYK2 se activan mutuamente',
          text: 'JAK1 y TYK2 se añaden fosfatos mutuamente, tomados del ATP, que queda como ADP.',
          simplified: 'Una "P" representa las tirosinas fosforiladas del bucle de activación de cada JAK. Con un inhibidor de JAK, una JAK con el fármaco unido aún puede ser fosforilada por su pareja libre.',
        },
        'receptor-phosphorylation': {
          title: 'Sitios de anclaje en el receptor',
          text: 'Las JAK activas fosforilan tirosinas de la cola del receptor con fosfato del ATP, creando sitios de anclaje para STAT3.',
          simplified: 'Nuestras fuentes no indican qué tirosinas del receptor usa STAT3; se dibujan sitios en IL-22R1.',
        },
        'stat-docking': {
          title: 'STAT3 se ancla con su dominio SH2',
          text: 'STAT3 se sujeta a las fosfotirosinas del receptor con su dominio SH2: se ancla al receptor y no a la JAK.',
        },
        'stat-phosphorylation': {
          title: 'STAT3 recibe un fosfato',
          text: 'La JAK fosforila cada STAT3 anclada en una sola tirosina, Y705, con fosfato del ATP.',
          simplified: 'Solo se muestra a JAK1 haciendo esto.',
        },
        dimerization: {
          title: 'Dos STAT3 se emparejan',
          text: 'La STAT3 fosforilada deja el receptor y se empareja; cada una sujeta el fosfato de la otra en su dominio SH2.',
        },
        'nuclear-import': {
          title: 'Hacia el núcleo',
          text: 'El dímero de STAT3 atraviesa un poro nuclear y entra en el núcleo.',
          simplified:
            'Las STAT no fosforiladas también entran y salen del núcleo; no está claro si la entrada requiere estrictamente el fosfato.',
        },
        'dna-binding': {
          title: 'STAT3 se une a un motivo GAS',
          text: 'El dímero se une a un motivo GAS del ADN: TTC, unas pocas letras y luego GAA.',
        },
        transcription: {
          title: 'Piel más gruesa, menos filagrina',
          text: 'La señal de la IL-22 hace que la epidermis se engrose e impide que las células de la piel maduren correctamente. Los genes de la barrera, como filagrina y loricrina, se reducen.',
          simplified:
            'Dos genes representan a muchos. El dibujo muestra la pareja de STAT3 en un motivo GAS bajando los genes de la barrera; esa represión es en parte indirecta.',
        },
        'negative-feedback': {
          title: 'SOCS atenúa la señal',
          text: 'La señal también hace que se fabriquen proteínas SOCS, que se unen a la JAK o al receptor y los bloquean, así que la señal se va apagando.',
          simplified:
            'Las fosfatasas y las proteínas PIAS (PIAS3 actúa sobre STAT3) también apagan la vía; no se dibujan.',
        },
      },
    },

    tslp: {
      title: 'La TSLP, una alarma de la piel, activa STAT5',
      summary:
        'Cómo la TSLP, una citocina que fabrican las células de la piel, envía su señal a través de IL-7Rα y TSLPR, JAK1 y JAK2, y STAT5 en una célula inmunitaria.',
      cellLabel: 'Célula inmunitaria (diana)',
      outcome:
        'Citocina de alarma de la piel en la inflamación alérgica cutánea y respiratoria; elevada en la dermatitis atópica',
      genes: { 'stat5-targets': 'Dianas de STAT5' },
      steps: {
        resting: {
          title: 'Una célula inmunitaria con receptor de TSLP',
          text: 'La TSLP la fabrican las células de la piel (queratinocitos) y otras células de revestimiento, y está elevada en la dermatitis atópica. La célula a la que llega tiene IL-7Rα con JAK1 y TSLPR con JAK2. STAT5 espera en el citoplasma.',
          simplified:
            'Nuestras fuentes no nombran un único tipo de célula que responda, así que se dibuja una célula inmunitaria genérica.',
        },
        'ligand-binding': {
          title: 'La TSLP se une a TSLPR',
          text: 'La TSLP llega desde la piel y se une a la cadena TSLPR.',
          simplified: 'Nuestras fuentes no indican en qué orden se une la TSLP a las dos cadenas.',
        },
        'receptor-assembly': {
          title: 'Se incorpora IL-7Rα',
          text: 'IL-7Rα se incorpora al complejo, de modo que JAK1 y JAK2 quedan cara a cara dentro de la célula.',
          simplified:
            'Se dibujan como cadenas que se acercan. Algunos receptores podrían estar ya ensamblados antes de que llegue la citocina y solo cambiar de forma; todavía se debate.',
        },
        'jak-activation': {
          title: 'JAK1 y JAK2 se activan mutuamente',
          text: 'JAK1 y JAK2 se añaden fosfatos mutuamente, tomados del ATP, que queda como ADP. La TSLP necesita ambas para activar STAT5.',
          simplified: 'Una "P" representa las tirosinas fosforiladas del bucle de activación de cada JAK. Con un inhibidor de JAK, una JAK con el fármaco unido aún puede ser fosforilada por su pareja libre.',
        },
        'receptor-phosphorylation': {
          title: 'Sitios de anclaje en el receptor',
          text: 'Las JAK activas fosforilan tirosinas de la cola del receptor con fosfato del ATP, creando sitios de anclaje para STAT5.',
          simplified: 'Nuestras fuentes no indican qué tirosinas del receptor usa STAT5; se dibujan sitios en IL-7Rα.',
        },
        'stat-docking': {
          title: 'STAT5 se ancla con su dominio SH2',
          text: 'STAT5 se sujeta a las fosfotirosinas del receptor con su dominio SH2: se ancla al receptor y no a la JAK.',
        },
        'stat-phosphorylation': {
          title: 'STAT5 recibe un fosfato',
          text: 'La JAK fosforila cada STAT5 anclada en una sola tirosina: Y694 en STAT5a, Y699 en STAT5b. El ATP aporta el fosfato.',
          simplified: 'STAT5a y STAT5b se dibujan como un solo "STAT5".',
        },
        dimerization: {
          title: 'Dos STAT5 se emparejan',
          text: 'La STAT5 fosforilada deja el receptor y se empareja; cada una sujeta el fosfato de la otra en su dominio SH2.',
        },
        'nuclear-import': {
          title: 'Hacia el núcleo',
          text: 'El dímero de STAT5 atraviesa un poro nuclear y entra en el núcleo.',
          simplified:
            'Las STAT no fosforiladas también entran y salen del núcleo; no está claro si la entrada requiere estrictamente el fosfato.',
        },
        'dna-binding': {
          title: 'STAT5 se une a un motivo GAS',
          text: 'El dímero se une a un motivo GAS del ADN: TTC, unas pocas letras y luego GAA.',
        },
        transcription: {
          title: 'Se encienden los genes diana de STAT5',
          text: 'STAT5 activa sus genes diana, y la célula se suma a la inflamación alérgica de la piel.',
          simplified:
            'Nuestras fuentes no indican qué genes activa la TSLP, así que se muestran juntos como "Dianas de STAT5".',
        },
        'negative-feedback': {
          title: 'SOCS atenúa la señal',
          text: 'La señal también hace que se fabriquen proteínas SOCS, que se unen a la JAK o al receptor y los bloquean, así que la señal se va apagando.',
          simplified: 'Las fosfatasas y las proteínas PIAS también apagan la vía; no se dibujan.',
        },
      },
    },

    ifng: {
      title: 'El IFN-γ en el eccema crónico: un receptor que ya está ensamblado',
      summary:
        'Cómo el IFN-γ, destacado en la dermatitis atópica crónica, envía su señal a través de un receptor preensamblado (IFNGR1 e IFNGR2), JAK1 y JAK2, y una pareja de STAT1.',
      cellLabel: 'Célula en eccema crónico',
      outcome: 'La parte Th1 de las lesiones crónicas',
      genes: { 'gas-genes': 'Genes con GAS' },
      steps: {
        resting: {
          title: 'Un receptor que ya está ensamblado',
          text: 'A diferencia de la mayoría de los receptores de este explorador, el receptor del IFN-γ ya está ensamblado: IFNGR1 con JAK1 e IFNGR2 con JAK2. STAT1 espera en el citoplasma.',
          simplified:
            'El receptor real tiene dos copias de cada cadena; se dibuja una de cada. Nuestras fuentes no nombran una única célula diana, así que se dibuja una célula genérica.',
        },
        'ligand-binding': {
          title: 'Se une el IFN-γ',
          text: 'El IFN-γ lo fabrican los linfocitos Th1 y destaca en la dermatitis atópica crónica. Se une a la parte externa del receptor.',
        },
        'receptor-shape-change': {
          title: 'El receptor cambia de forma',
          text: 'Como las cadenas ya están juntas, la unión no las acerca. En cambio, modifica su forma y orienta sus JAK una hacia la otra.',
          simplified:
            'Todavía se debate cuánto se desplazan los receptores o si solo cambian de forma; el cambio se dibuja como un giro.',
        },
        'jak-activation': {
          title: 'JAK1 y JAK2 se activan mutuamente',
          text: 'JAK1 y JAK2 se añaden fosfatos mutuamente, tomados del ATP, que queda como ADP.',
          simplified: 'Una "P" representa las tirosinas fosforiladas del bucle de activación de cada JAK. Con un inhibidor de JAK, una JAK con el fármaco unido aún puede ser fosforilada por su pareja libre.',
        },
        'receptor-phosphorylation': {
          title: 'Sitios de anclaje en el receptor',
          text: 'Las JAK activas fosforilan tirosinas de la cola del receptor con fosfato del ATP, creando sitios de anclaje para STAT1.',
          simplified: 'Nuestras fuentes no indican qué tirosinas del receptor usa STAT1; se dibujan sitios en IFNGR1.',
        },
        'stat-docking': {
          title: 'STAT1 se ancla con su dominio SH2',
          text: 'STAT1 se sujeta a las fosfotirosinas del receptor con su dominio SH2: se ancla al receptor y no a la JAK.',
        },
        'stat-phosphorylation': {
          title: 'STAT1 recibe su fosfato',
          text: 'La JAK fosforila una tirosina cerca del extremo de cada STAT1, con fosfato del ATP. Tras la señal del IFN-γ, STAT1 también recibe un fosfato en una serina, que ajusta su actividad.',
          simplified:
            'El fosfato de la serina no se dibuja. Nuestras fuentes no confirman el número de tirosina que se suele citar para STAT1, así que no se indica ninguno.',
        },
        dimerization: {
          title: 'Dos STAT1 se emparejan',
          text: 'La STAT1 fosforilada deja el receptor y se empareja con otra STAT1. Esta pareja de STAT idénticas se llama GAF.',
        },
        'nuclear-import': {
          title: 'Hacia el núcleo',
          text: 'El dímero de STAT1 atraviesa un poro nuclear y entra en el núcleo.',
          simplified:
            'Las STAT no fosforiladas también entran y salen del núcleo; no está claro si la entrada requiere estrictamente el fosfato.',
        },
        'dna-binding': {
          title: 'GAF se une a un motivo GAS',
          text: 'La pareja de STAT1 se une a un motivo GAS: TTC, unas pocas letras y luego GAA. STAT1 prefiere una separación de tres letras.',
        },
        transcription: {
          title: 'Se encienden los genes con motivos GAS',
          text: 'STAT1 activa genes con motivos GAS y añade a las lesiones crónicas la parte Th1 de la inflamación.',
          simplified:
            'Nuestras fuentes no indican qué genes se activan, así que se muestran juntos como "Genes con GAS".',
        },
        'negative-feedback': {
          title: 'SOCS atenúa la señal',
          text: 'La señal también hace que se fabriquen proteínas SOCS. SOCS1 se une directamente a la JAK y la bloquea, así que la señal se va apagando.',
          simplified: 'Las fosfatasas y las proteínas PIAS también apagan la vía; no se dibujan.',
        },
      },
    },
  },

  drugs: {
    abrocitinib: {
      name: 'Abrocitinib',
      dosing:
        'Un comprimido que se toma una vez al día (normalmente 100 mg; 200 mg si eso no basta). 50 mg para quienes lo degradan lentamente por la enzima CYP2C19 (metabolizadores lentos) o toman inhibidores potentes de CYP2C19, y en la insuficiencia renal moderada.',
      approval:
        'EE. UU., para la dermatitis atópica de moderada a grave que otros medicamentos sistémicos, incluidos los biológicos, no han controlado bien, o cuando estos no se pueden usar: adultos desde enero de 2022 y de 12 a 17 años desde febrero de 2023.',
      mechanism:
        'Inhibe JAK1 de forma reversible bloqueando su sitio de unión al ATP. Sus metabolitos activos tienen una selectividad similar.',
      selectivityNote:
        'Ficha técnica, ensayo enzimático sin células: 28× más potente sobre JAK1 que sobre JAK2, más de 340× que sobre JAK3 y 43× que sobre TYK2. La ficha técnica indica que actualmente no se sabe qué importancia tiene inhibir JAK concretas para su eficacia.',
      commonSideEffects:
        'Síntomas de resfriado común (nasofaringitis), náuseas, dolor de cabeza, herpes labial (herpes simple), CPK elevada en los análisis de sangre, mareos, infecciones urinarias, cansancio, acné y vómitos. Con 200 mg, también recuento bajo de plaquetas y herpes zóster.',
      boxedWarning:
        'Advertencia en recuadro: infecciones graves (incluida la tuberculosis), muerte, cánceres (incluidos el linfoma y el cáncer de pulmón), eventos cardíacos graves y coágulos de sangre. Los datos de muerte, corazón y cáncer proceden de un estudio de otro inhibidor de JAK en la artritis reumatoide.',
      potencyNotes: {},
    },
    upadacitinib: {
      name: 'Upadacitinib',
      dosing:
        'Un comprimido de liberación prolongada que se toma una vez al día: 15 mg. De 12 a 64 años y con al menos 40 kg, 30 mg si 15 mg no basta; a partir de 65 años, solo 15 mg.',
      approval:
        'EE. UU., desde enero de 2022, a partir de 12 años, para la dermatitis atópica de moderada a grave que otros medicamentos sistémicos, incluidos los biológicos, no han controlado bien, o cuando estos no se pueden usar.',
      mechanism:
        'Compite de forma reversible con el ATP por el sitio de unión de la JAK: su potencia varía con el nivel de ATP exactamente como predice la competición.',
      selectivityNote:
        'En células modificadas genéticamente fue unas 60× más potente sobre JAK1 que sobre JAK2 y más de 100× que sobre JAK3. Ex vivo, en sangre de personas que lo tomaron, las dosis por encima de 12 mg dos veces al día (liberación inmediata) empiezan a perder la selectividad por JAK1 frente a JAK3.',
      commonSideEffects:
        'La lista de la ficha técnica para la dermatitis atópica empieza por las infecciones de las vías respiratorias altas; la información para pacientes también menciona acné, náuseas, tos, fiebre, dolor de cabeza, aumento de peso y foliculitis.',
      boxedWarning:
        'Advertencia en recuadro: infecciones graves (incluida la tuberculosis), muerte, cánceres, eventos cardíacos graves y coágulos de sangre. Los datos de muerte, corazón y cáncer proceden de un estudio de otro inhibidor de JAK en la artritis reumatoide.',
      potencyNotes: {
        TYK2: 'Sin cifra confirmada. La ficha técnica lo describe como menos potente sobre JAK3 y TYK2 que sobre JAK1 y JAK2; no se modela aquí.',
      },
    },
    ruxolitinib: {
      name: 'Ruxolitinib en crema',
      dosing:
        'Crema al 1,5%, en capa fina dos veces al día sobre no más del 20% de la superficie corporal, sin vendajes encima. Desde 12 años: como mucho 60 g por semana (o un tubo de 100 g cada 2 semanas); de 2 a 11 años: como mucho 60 g cada 2 semanas.',
      approval:
        'EE. UU., para la dermatitis atópica de leve a moderada en personas que no están inmunodeprimidas, para uso a corto plazo y no continuo cuando otras cremas con receta no funcionan o no se pueden usar: a partir de 12 años desde septiembre de 2021 y de 2 a 11 años desde septiembre de 2025.',
      mechanism:
        'Inhibe JAK1 y JAK2 (ficha técnica). La unión en el sitio del ATP es lo habitual en esta clase de fármacos, aunque su ficha técnica no lo dice.',
      selectivityNote:
        'La ficha técnica lo llama inhibidor de JAK1/JAK2 y dice que no se sabe qué importancia tiene inhibir JAK concretas para su eficacia; sin potencias numéricas confirmadas, JAK1 y JAK2 se dibujan igual de inhibidas. Por la piel llega a la sangre alrededor del 2,5%: poco, pero no cero (media de un ensayo de uso máximo, con mucha dispersión: desviación estándar 3,6).',
      commonSideEffects:
        'Síntomas de resfriado común (nasofaringitis), diarrea, bronquitis, infección de oído, eosinófilos elevados, urticaria, foliculitis, amigdalitis y secreción nasal. En niños de 2 a 11 años: infecciones de las vías respiratorias altas, COVID-19, reacciones en la piel donde se aplica, fiebre y recuento bajo de glóbulos blancos.',
      boxedWarning:
        'La crema lleva la misma advertencia en recuadro que los comprimidos: infecciones graves, muerte, cánceres, eventos cardíacos graves y coágulos de sangre, basada sobre todo en inhibidores de JAK tomados por boca. Con la propia crema se notificaron infecciones pulmonares graves, herpes zóster y cáncer de piel no melanoma.',
      potencyNotes: {
        JAK1: 'Supuesto del modelo: la JAK de referencia. Aquí no se da ninguna CI50 confirmada.',
        JAK2: 'Supuesto del modelo: tan potente como sobre JAK1, porque la ficha técnica nombra JAK1 y JAK2 juntas. Aquí no se da ninguna CI50 confirmada.',
        JAK3: 'Sin cifra confirmada; la ficha técnica solo nombra JAK1 y JAK2. No se modela aquí.',
        TYK2: 'Sin cifra confirmada; la ficha técnica solo nombra JAK1 y JAK2. No se modela aquí.',
      },
    },
  },
};

/** The glossary: the same entries, ids and sources as English. */
const glossary: readonly GlossaryEntry[] = [
  {
    id: 'cytokine',
    terms: ['citoquinas', 'citocinas', 'citoquina', 'citocina'],
    definition:
      'Proteína mensajera que una célula libera para enviar señales a otras. En la dermatitis atópica, citocinas como IL-4, IL-13 e IL-31 son impulsoras clave.',
    sources: ['S19', 'S29', 'S39', 'S40'],
  },
  {
    id: 'receptor',
    terms: ['receptores', 'receptor'],
    definition:
      'Proteína que atraviesa la membrana de la célula. Su parte externa une una citocina y su cola interna sostiene una JAK. Los receptores de citocinas no tienen actividad enzimática propia.',
    sources: ['S3', 'S9', 'S10b'],
  },
  {
    id: 'jak',
    terms: ['JAKs', 'JAK1', 'JAK2', 'JAK3', 'TYK2', 'JAK'],
    definition:
      'Quinasa Janus: enzima que está en la cola interna de un receptor de citocinas y añade fosfatos a proteínas. La familia tiene cuatro miembros: JAK1, JAK2, JAK3 y TYK2.',
    sources: ['S9', 'S10b', 'S11'],
  },
  {
    id: 'stat',
    terms: ['STAT5a', 'STAT5b', 'STATs', 'STAT1', 'STAT3', 'STAT5', 'STAT6', 'STAT'],
    definition:
      'Proteína que espera sobre todo en el citoplasma hasta que una JAK la fosforila. Entonces forma pareja, entra en el núcleo y cambia qué genes se leen.',
    sources: ['S15', 'S1', 'S16', 'S18'],
  },
  {
    id: 'phosphorylation',
    terms: [
      'fosforilación',
      'fosforiladas',
      'fosforilados',
      'fosforilada',
      'fosforilado',
      'fosforilan',
      'fosforilar',
      'fosforila',
      'fosfatos',
      'fosfato',
    ],
    definition:
      'Añadir un grupo fosfato, una pequeña etiqueta química, a una proteína. Las JAK toman el fosfato del ATP; la etiqueta activa las JAK y crea sitios de anclaje para las STAT.',
    sources: ['S11', 'S12', 'S28', 'S2', 'S13'],
  },
  {
    id: 'atp',
    terms: ['ATP', 'ADP'],
    definition:
      'El transportador de energía de la célula. Una JAK pasa uno de los fosfatos del ATP a una proteína y queda ADP. Los inhibidores de JAK compiten con el ATP por su bolsillo en la JAK.',
    sources: ['S11', 'S28'],
  },
  {
    id: 'sh2-domain',
    terms: ['dominio SH2', 'SH2'],
    definition:
      'En una STAT, el dominio SH2 es un bolsillo que sujeta una fosfotirosina. Le permite anclarse a la cola del receptor y sujetar a otra STAT en un dímero.',
    sources: ['S13', 'S1'],
  },
  {
    id: 'dimer',
    terms: ['dímeros', 'dímero'],
    definition:
      'Pareja de dos proteínas unidas. Dos STAT fosforiladas forman un dímero: la fosfotirosina de cada una queda sujeta en el dominio SH2 de la otra.',
    sources: ['S1', 'S13'],
  },
  {
    id: 'nucleus',
    terms: ['núcleo'],
    definition: 'El compartimento de la célula que guarda el ADN. Los dímeros de STAT entran en él para cambiar qué genes se leen.',
    sources: ['S15', 'S18'],
  },
  {
    id: 'nuclear-pore',
    terms: ['poros nucleares', 'poro nuclear'],
    definition:
      'Una puerta en la envoltura que rodea el núcleo, por la que entran y salen proteínas. Los dímeros de STAT pasan por los poros nucleares para llegar al ADN.',
    sources: ['S15'],
  },
  {
    id: 'gas-motif',
    terms: ['motivos GAS', 'motivo GAS', 'GAS'],
    definition:
      'Patrón corto de ADN al que se unen los dímeros de STAT: TTC, luego de 2 a 4 letras, luego GAA. STAT6 prefiere un hueco de 4 letras; STAT1, uno de 3.',
    sources: ['S16', 'S17'],
  },
  {
    id: 'transcription',
    terms: ['transcripción'],
    definition:
      'Leer un gen para que la célula pueda usar sus instrucciones. Los dímeros de STAT unidos al ADN suben la transcripción de genes diana (como CCL26) o la bajan (como la filagrina).',
    sources: ['S18', 'S19', 'S20'],
  },
  {
    id: 'socs',
    terms: ['SOCS1', 'SOCS'],
    definition:
      'Supresor de la señalización de citocinas: proteína que la célula fabrica cuando las STAT están activas. Bloquea la JAK o el receptor, una retroalimentación negativa que baja la señal.',
    sources: ['S22', 'S23'],
  },
  {
    id: 'inhibitor',
    terms: ['inhibidores', 'inhibidor'],
    definition:
      'Fármaco que bloquea una enzima. Un inhibidor de JAK ocupa de forma reversible el bolsillo del ATP de la JAK dentro de la célula, y esa JAK no pasa ningún fosfato. La señal baja en proporción a cuánto del blanco está ocupado, lo que depende de la dosis.',
    sources: ['S42', 'S28'],
  },
  {
    id: 'selectivity',
    terms: ['selectividad', 'selectivos', 'selectivas', 'selectivo', 'selectiva'],
    definition:
      'Cuánto más actúa un fármaco sobre un blanco que sobre otros. Es relativa: depende de la dosis y la prueba, así que un fármaco selectivo de JAK1 también puede afectar a otras JAK, más a dosis altas.',
    sources: ['S42', 'S28', 'S48'],
  },
  {
    id: 'tyrosine',
    terms: ['fosfotirosinas', 'fosfotirosina', 'tirosinas', 'tirosina'],
    definition:
      'Uno de los aminoácidos que forman las proteínas. Las JAK añaden fosfatos a tirosinas concretas; una tirosina que lleva un fosfato se llama fosfotirosina.',
    sources: ['S2', 'S1', 'S11'],
  },
  {
    id: 'keratinocyte',
    terms: ['queratinocitos', 'queratinocito'],
    definition:
      'La célula principal de la capa externa de la piel, que construye la barrera cutánea. Los queratinocitos responden a IL-4, IL-13 e IL-22, y fabrican TSLP.',
    sources: ['S20', 'S21', 'S31', 'S34'],
  },
  {
    id: 'gene',
    terms: ['genes', 'gen'],
    definition:
      'Tramo de ADN con las instrucciones para un producto, como una proteína. La filagrina y CCL26 son genes que STAT6 baja y sube, respectivamente.',
    sources: ['S20', 'S18'],
  },
];

/** The checkpoints: the same ids, steps, answers' correctness and sources as English. */
const checkpoints: readonly Checkpoint[] = [
  {
    id: 'after-ligand-binding',
    afterStep: 'ligand-binding',
    question: 'La citocina acaba de unirse a su receptor. ¿Qué pasa ahora?',
    answers: [
      {
        text: 'Las cadenas del receptor se juntan o se mueven, y las JAK de sus colas quedan frente a frente.',
        correct: true,
        feedback:
          'Correcto. La unión coloca las cadenas, y sus JAK, en la posición adecuada. Algunos receptores, como el del IFN-γ, ya están ensamblados y solo cambian de forma.',
      },
      {
        text: 'El receptor empieza a añadir fosfatos él mismo, porque es una quinasa.',
        correct: false,
        feedback:
          'No. Los receptores de citocinas no tienen actividad enzimática propia; ese trabajo lo hacen las JAK de sus colas. Los receptores que son quinasas, como los de factores de crecimiento, son otra familia.',
      },
      {
        text: 'Las JAK llegan flotando desde el citoplasma y se pegan a las colas del receptor.',
        correct: false,
        feedback:
          'No. Las JAK ya estaban unidas a las colas del receptor antes de que llegara la citocina, sujetas a unas zonas llamadas Box1 y Box2. (En IL-31RA aún no está demostrado.)',
      },
    ],
    sources: ['S4', 'S5', 'S10', 'S10b', 'S9', 'S6'],
  },
  {
    id: 'after-jak-activation-drug',
    afterStep: 'receptor-assembly',
    question: 'Ahora las JAK están frente a frente. Si hay un fármaco inhibidor de JAK, ¿qué hace?',
    answers: [
      {
        text: 'Se coloca en el bolsillo del ATP de la JAK, así que el ATP no puede ceder su fosfato.',
        correct: true,
        feedback:
          'Correcto. El fármaco ocupa de forma reversible el sitio de unión del ATP dentro de la célula, así que la JAK que lo lleva no puede usar el ATP para pasar un fosfato (una pareja libre aún puede fosforilarla). Cuantas más JAK ocupadas, más débiles los pasos siguientes.',
      },
      {
        text: 'Impide que la citocina se una al receptor fuera de la célula.',
        correct: false,
        feedback:
          'No. Bloquear una citocina o su receptor desde fuera es lo que hacen los anticuerpos terapéuticos (biológicos). Los inhibidores de JAK actúan dentro de la célula, sobre la JAK.',
      },
      {
        text: 'Un fármaco selectivo de JAK1 solo afecta a JAK1, a cualquier dosis.',
        correct: false,
        feedback:
          'No. La selectividad es relativa: depende de la dosis y de la prueba usada. El upadacitinib, por ejemplo, empieza a perder su selectividad por JAK1 frente a JAK3 a dosis más altas (medido ex vivo).',
      },
    ],
    sources: ['S42', 'S28', 'S77', 'S48'],
  },
  {
    id: 'after-receptor-phosphorylation',
    afterStep: 'receptor-phosphorylation',
    question: 'La cola del receptor ya lleva fosfotirosinas. ¿Qué pasa ahora?',
    underDrug: {
      when: 'pair-stopped',
      question: 'En el par mostrado el fármaco detuvo este paso. En un par de receptores sin el fármaco, la cola ya lleva fosfotirosinas: ¿qué pasa ahora allí?',
    },
    answers: [
      {
        text: 'La STAT se ancla a una fosfotirosina del receptor con su dominio SH2.',
        correct: true,
        feedback:
          'Correcto. El dominio SH2 de la STAT sujeta una fosfotirosina de la cola del receptor, y así la STAT queda junto a la JAK activa.',
      },
      {
        text: 'La STAT se une directamente a la JAK.',
        correct: false,
        feedback:
          'Es un atajo común, incluso en figuras publicadas, pero es incorrecto: la STAT se ancla a fosfotirosinas del receptor con su dominio SH2, no a la JAK.',
      },
      {
        text: 'La STAT recibe fosfatos en muchas de sus tirosinas.',
        correct: false,
        feedback:
          'No. Primero la STAT se ancla, y luego la JAK añade un fosfato a una sola tirosina clave cerca de su extremo (por ejemplo, Y641 en STAT6 o Y705 en STAT3).',
      },
    ],
    sources: ['S13', 'S3', 'S15a', 'S1'],
  },
  {
    id: 'after-dimerization',
    afterStep: 'dimerization',
    question: 'Dos STAT fosforiladas se han unido en un dímero. ¿Qué afirmación sobre lo que viene después es correcta?',
    underDrug: {
      when: 'pair-stopped',
      question: 'En el par mostrado el fármaco mantuvo separadas las STAT. Donde dos STAT fosforiladas sí se unen en un dímero, ¿qué afirmación sobre lo que viene después es correcta?',
    },
    answers: [
      {
        text: 'El dímero de STAT pasa por un poro nuclear y entra en el núcleo.',
        correct: true,
        feedback:
          'Correcto. El dímero atraviesa un poro nuclear y entra en el núcleo, donde está el ADN. (Las STAT no fosforiladas también entran y salen del núcleo.)',
      },
      {
        text: 'Antes, cada STAT recibe fosfatos en muchas tirosinas más.',
        correct: false,
        feedback:
          'No. Cada STAT lleva un fosfato en una sola tirosina clave, y esa fosfotirosina, sujeta en el dominio SH2 de la pareja, es lo que mantiene unido el dímero.',
      },
      {
        text: 'Solo este tipo de STAT puede pasar la señal, porque cada citocina activa una sola STAT.',
        correct: false,
        feedback:
          'No es así. Una citocina puede activar varias STAT: la IL-13, por ejemplo, puede activar STAT6, STAT3 y STAT1. Cada escena muestra solo la principal.',
      },
    ],
    sources: ['S15', 'S1', 'S13', 'S3'],
  },
  {
    id: 'after-transcription',
    afterStep: 'transcription',
    question: 'Cuando la señal de una citocina ha subido o bajado genes diana, ¿cómo se vuelve a bajar?',
    underDrug: {
      when: 'little-signal',
      question: 'Con tan poca señal, los genes diana apenas se movieron aquí. Donde la señal de una citocina sí sube o baja genes diana, ¿cómo se vuelve a bajar?',
    },
    answers: [
      {
        text: 'La señal produce proteínas SOCS, que bloquean la JAK o el receptor.',
        correct: true,
        feedback:
          'Correcto. Las STAT activan genes SOCS, y las proteínas SOCS bloquean la JAK o el receptor: retroalimentación negativa. Las fosfatasas y las proteínas PIAS también ayudan a apagar la vía.',
      },
      {
        text: 'Una vez tomado, un inhibidor de JAK apaga esta señal para siempre, incluso después de dejar el fármaco.',
        correct: false,
        feedback:
          'No. Los inhibidores de JAK actúan de forma reversible. Al dejar el abrocitinib, los marcadores de inflamación vuelven cerca de sus niveles iniciales en unas 4 semanas.',
      },
      {
        text: 'Una crema inhibidora de JAK la baja solo en la piel: nada del fármaco llega a la sangre.',
        correct: false,
        feedback:
          'No. La exposición a través de la piel es baja, pero no nula: de media, alrededor del 2,5% llega a la sangre (media de un ensayo, con mucha dispersión), y la crema lleva la misma advertencia en recuadro que los comprimidos.',
      },
    ],
    sources: ['S22', 'S23', 'S24', 'S25', 'S42', 'S65', 'S57'],
  },
];

export const es: Locale = {
  code: 'es',
  name: 'Español',
  ui,
  describer,
  treatment,
  content,
  glossary,
  checkpoints,
};

registerLocale(es);

export default es;
