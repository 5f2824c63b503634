/**
 * Preguntas «¿Qué pasa ahora?» en español: las mismas que CHECKPOINTS_EN (mismos ids, orden, afterStep,
 * fuentes y respuesta correcta), en español neutro.
 */
import type { Checkpoint } from '../content-types';

export const CHECKPOINTS_ES: readonly Checkpoint[] = [
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
          'Correcto. El fármaco ocupa de forma reversible el sitio de unión del ATP dentro de la célula; las JAK no pueden fosforilarse entre sí y los pasos siguientes se detienen.',
      },
      {
        text: 'Impide que la citocina se una al receptor fuera de la célula.',
        correct: false,
        feedback:
          'No. Bloquear el receptor es lo que hacen los anticuerpos como el dupilumab (actúa sobre IL-4Rα). Los inhibidores de JAK actúan dentro de la célula, sobre la JAK.',
      },
      {
        text: 'Un fármaco selectivo de JAK1 solo afecta a JAK1, a cualquier dosis.',
        correct: false,
        feedback:
          'No. La selectividad es relativa: depende de la dosis y de la prueba usada. El upadacitinib, por ejemplo, empieza a perder su selectividad por JAK1 a dosis más altas.',
      },
    ],
    sources: ['S42', 'S28', 'S77', 'S48'],
  },
  {
    id: 'after-receptor-phosphorylation',
    afterStep: 'receptor-phosphorylation',
    question: 'La cola del receptor ya lleva fosfotirosinas. ¿Qué pasa ahora?',
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
    question: 'Los genes diana ya se han subido o bajado. ¿Cómo se vuelve a bajar la señal?',
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
          'No. La exposición a través de la piel es baja, pero no nula: de media, alrededor del 2,5 % llega a la sangre, y la crema lleva la misma advertencia en recuadro que las pastillas.',
      },
    ],
    sources: ['S22', 'S23', 'S24', 'S25', 'S42', 'S65', 'S57'],
  },
];
