import type { ContentTranslation } from '../content-types';

/** Spanish scene and drug texts (English lives in scenes/). */
export const ES_CONTENT: ContentTranslation = {
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
            'Se dibuja una copia de cada cadena y una JAK por cadena. Las cadenas del receptor no tienen actividad enzimática propia.',
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
          simplified: 'Una "P" representa las tirosinas fosforiladas del bucle de activación de cada JAK.',
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
          simplified: 'Tres genes representan a muchos; STAT3 también ayuda a reprimir los genes de la barrera.',
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
      cellLabel: 'Linfocito T colaborador Th2',
      outcome:
        'Diferenciación Th2, cambio de clase a IgE, represión de genes de la barrera y sensibilización de neuronas del picor',
      genes: { gata3: 'GATA3' },
      steps: {
        resting: {
          title: 'Un linfocito T colaborador en reposo',
          text: 'Este linfocito T colaborador tiene el receptor de IL-4 de tipo I: IL-4Rα y una cadena llamada γc (cadena gamma común). JAK1 ya está unida a IL-4Rα y JAK3 a γc. STAT6 espera en el citoplasma.',
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
        },
        'jak-activation': {
          title: 'JAK1 y JAK3 se activan mutuamente',
          text: 'JAK1 y JAK3 se añaden mutuamente un fosfato, tomado del ATP, que queda como ADP. Los receptores con γc necesitan tanto JAK1 como JAK3 para enviar su señal.',
          simplified: 'Una "P" representa las tirosinas del bucle de activación (en JAK3, Y980 y Y981).',
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
          simplified: 'Se dibujan como JAK1 y JAK2; en el primer paso se explica en qué difieren las fuentes.',
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
          simplified: 'En una neurona real, el núcleo está en el cuerpo celular, lejos de la terminación nerviosa de la piel.',
        },
        'dna-binding': {
          title: 'STAT3 se une a un motivo GAS',
          text: 'El dímero se une a un motivo GAS del ADN: TTC, unas pocas letras y luego GAA.',
        },
        transcription: {
          title: 'Más receptor, más picor',
          text: 'En ratones, STAT3 en las neuronas sensitivas es necesaria para fabricar el receptor de IL-31 y para el picor inflamatorio. La señal que llega al cerebro se siente como picor.',
          simplified: 'El picor en sí viaja como impulsos nerviosos, que no se dibujan.',
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
        },
        'jak-activation': {
          title: 'JAK1 y TYK2 se activan mutuamente',
          text: 'JAK1 y TYK2 se añaden fosfatos mutuamente, tomados del ATP, que queda como ADP.',
          simplified: 'Una "P" representa las tirosinas fosforiladas del bucle de activación de cada JAK.',
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
          simplified: 'Dos genes representan a muchos.',
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
        },
        'jak-activation': {
          title: 'JAK1 y JAK2 se activan mutuamente',
          text: 'JAK1 y JAK2 se añaden fosfatos mutuamente, tomados del ATP, que queda como ADP. La TSLP necesita ambas para activar STAT5.',
          simplified: 'Una "P" representa las tirosinas fosforiladas del bucle de activación de cada JAK.',
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
          simplified: 'Una "P" representa las tirosinas fosforiladas del bucle de activación de cada JAK.',
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
      dosing: 'Un comprimido que se toma una vez al día (normalmente 100 mg; 200 mg si eso no basta).',
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
      notEstablished: {},
    },
    upadacitinib: {
      name: 'Upadacitinib',
      dosing:
        'Un comprimido de liberación prolongada que se toma una vez al día (15 mg; 30 mg si eso no basta, para edades de 12 a 64 años).',
      approval:
        'EE. UU., desde enero de 2022, a partir de 12 años, para la dermatitis atópica de moderada a grave que otros medicamentos sistémicos, incluidos los biológicos, no han controlado bien, o cuando estos no se pueden usar.',
      mechanism:
        'Compite de forma reversible con el ATP por el sitio de unión de la JAK: su potencia varía con el nivel de ATP exactamente como predice la competición.',
      selectivityNote:
        'En células modificadas genéticamente fue unas 60× más potente sobre JAK1 que sobre JAK2 y más de 100× que sobre JAK3. En personas, las dosis por encima de 12 mg dos veces al día (liberación inmediata) empiezan a perder la selectividad por JAK1.',
      commonSideEffects:
        'La lista de la ficha técnica para la dermatitis atópica empieza por las infecciones de las vías respiratorias altas; la información para pacientes también menciona acné, náuseas, tos, fiebre, dolor de cabeza, aumento de peso y foliculitis.',
      boxedWarning:
        'Advertencia en recuadro: infecciones graves (incluida la tuberculosis), muerte, cánceres, eventos cardíacos graves y coágulos de sangre. Los datos de muerte, corazón y cáncer proceden de un estudio de otro inhibidor de JAK en la artritis reumatoide.',
      notEstablished: {
        TYK2: 'Sin cifra confirmada. La ficha técnica lo describe como menos potente sobre JAK3 y TYK2 que sobre JAK1 y JAK2; no se modela aquí.',
      },
    },
    ruxolitinib: {
      name: 'Ruxolitinib en crema',
      dosing:
        'Una crema al 1.5% que se aplica en capa fina dos veces al día sobre no más del 20% de la superficie corporal, sin cubrirla con vendajes.',
      approval:
        'EE. UU., para la dermatitis atópica de leve a moderada en personas que no están inmunodeprimidas, para uso a corto plazo y no continuo cuando otras cremas con receta no funcionan o no se pueden usar: a partir de 12 años desde septiembre de 2021 y de 2 a 11 años desde septiembre de 2025.',
      mechanism:
        'Inhibe JAK1 y JAK2 (ficha técnica). La unión en el sitio del ATP es lo habitual en esta clase de fármacos, aunque su ficha técnica no lo dice.',
      selectivityNote:
        'La ficha técnica lo llama inhibidor de JAK1/JAK2; aquí no se confirman potencias numéricas, así que JAK1 y JAK2 se dibujan igual de inhibidas. A través de la piel llega a la sangre, de media, alrededor del 2.5%: poco, pero no cero.',
      commonSideEffects:
        'Síntomas de resfriado común (nasofaringitis), diarrea, bronquitis, infección de oído, eosinófilos elevados, urticaria, foliculitis, amigdalitis y secreción nasal. En niños de 2 a 11 años: infecciones de las vías respiratorias altas, COVID-19, reacciones en la piel donde se aplica, fiebre y recuento bajo de glóbulos blancos.',
      boxedWarning:
        'La crema lleva la misma advertencia en recuadro que los comprimidos: infecciones graves, muerte, cánceres, eventos cardíacos graves y coágulos de sangre, basada sobre todo en inhibidores de JAK tomados por boca. Con la propia crema se notificaron infecciones pulmonares graves, herpes zóster y cáncer de piel no melanoma.',
      notEstablished: {
        JAK3: 'Sin cifra confirmada; la ficha técnica solo nombra JAK1 y JAK2. No se modela aquí.',
        TYK2: 'Sin cifra confirmada; la ficha técnica solo nombra JAK1 y JAK2. No se modela aquí.',
      },
    },
  },
};
