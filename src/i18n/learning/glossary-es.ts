/**
 * Glosario en español: las mismas entradas que GLOSSARY_EN (mismos ids, mismo orden, mismas fuentes), en
 * español neutro para jóvenes de 15 años. `terms` recoge las formas españolas, las más largas primero.
 */
import type { GlossaryEntry } from '../content-types';

export const GLOSSARY_ES: readonly GlossaryEntry[] = [
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
      'Proteína que atraviesa la membrana de la célula. Su parte externa une una citocina y su cola interna sostiene una JAK. No tiene actividad enzimática propia.',
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
      'Fármaco que bloquea una enzima. Un inhibidor de JAK ocupa de forma reversible el bolsillo del ATP de la JAK dentro de la célula; no se pasa ningún fosfato y la señal se detiene.',
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
