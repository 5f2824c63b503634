/**
 * English glossary: the key terms of the narration (scenes/*.ts, scenes/drugs/*.ts), each with a short
 * definition for a 15-year-old and the REFERENCE.md source ids behind it. `terms` lists the forms used in
 * the narration, longer forms first.
 */
import type { GlossaryEntry } from '../content-types';

export const GLOSSARY_EN: readonly GlossaryEntry[] = [
  {
    id: 'cytokine',
    terms: ['cytokines', 'cytokine'],
    definition:
      'A messenger protein that one cell releases to signal to others. In atopic dermatitis, cytokines such as IL-4, IL-13 and IL-31 are key drivers.',
    sources: ['S19', 'S29', 'S39', 'S40'],
  },
  {
    id: 'receptor',
    terms: ['receptors', 'receptor'],
    definition:
      'A protein that spans the cell membrane. Its outer part binds a cytokine and its inner tail holds a JAK. Cytokine receptors have no enzyme activity of their own.',
    sources: ['S3', 'S9', 'S10b'],
  },
  {
    id: 'jak',
    terms: ['JAKs', 'JAK1', 'JAK2', 'JAK3', 'TYK2', 'JAK'],
    definition:
      'Janus kinase: an enzyme that sits on the inner tail of a cytokine receptor and adds phosphates to proteins. The family has four members: JAK1, JAK2, JAK3 and TYK2.',
    sources: ['S9', 'S10b', 'S11'],
  },
  {
    id: 'stat',
    terms: ['STAT5a', 'STAT5b', 'STATs', 'STAT1', 'STAT3', 'STAT5', 'STAT6', 'STAT'],
    definition:
      'A protein that waits mainly in the cytoplasm until a JAK phosphorylates it. It then pairs up, enters the nucleus and changes which genes are read.',
    sources: ['S15', 'S1', 'S16', 'S18'],
  },
  {
    id: 'phosphorylation',
    terms: [
      'unphosphorylated',
      'phosphorylation',
      'phosphorylated',
      'phosphorylates',
      'phosphorylate',
      'phosphates',
      'phosphate',
    ],
    definition:
      'Adding a phosphate group, a small chemical tag, to a protein. JAKs take the phosphate from ATP; the tag switches JAKs on and creates docking sites for STATs.',
    sources: ['S11', 'S12', 'S28', 'S2', 'S13'],
  },
  {
    id: 'atp',
    terms: ['ATP', 'ADP'],
    definition:
      'The cell’s energy carrier. A JAK moves one of ATP’s phosphates onto a protein, leaving ADP. JAK inhibitor drugs compete with ATP for its pocket in the JAK.',
    sources: ['S11', 'S28'],
  },
  {
    id: 'sh2-domain',
    terms: ['SH2 domain', 'SH2'],
    definition:
      'In a STAT, the SH2 domain is a pocket that grips a phosphotyrosine. It lets the STAT dock on the receptor tail and hold a partner STAT in a dimer.',
    sources: ['S13', 'S1'],
  },
  {
    id: 'dimer',
    terms: ['dimers', 'dimer'],
    definition:
      'A pair of two joined proteins. Two phosphorylated STATs form a dimer, each one’s phosphotyrosine held in the other’s SH2 domain.',
    sources: ['S1', 'S13'],
  },
  {
    id: 'nucleus',
    terms: ['nucleus'],
    definition: 'The compartment of the cell that holds the DNA. STAT dimers enter it to change which genes are read.',
    sources: ['S15', 'S18'],
  },
  {
    id: 'nuclear-pore',
    terms: ['nuclear pores', 'nuclear pore'],
    definition:
      'A gateway in the envelope around the nucleus that lets proteins in and out. STAT dimers pass through nuclear pores to reach the DNA.',
    sources: ['S15'],
  },
  {
    id: 'gas-motif',
    terms: ['GAS motifs', 'GAS motif', 'GAS'],
    definition:
      'A short DNA pattern that STAT dimers bind: TTC, then 2 to 4 letters, then GAA. STAT6 prefers a gap of 4 letters, STAT1 a gap of 3.',
    sources: ['S16', 'S17'],
  },
  {
    id: 'transcription',
    terms: ['transcription'],
    definition:
      'Reading a gene so the cell can use its instructions. STAT dimers bound to DNA turn the transcription of target genes up (such as CCL26) or down (such as filaggrin).',
    sources: ['S18', 'S19', 'S20'],
  },
  {
    id: 'socs',
    terms: ['SOCS1', 'SOCS'],
    definition:
      'Suppressor of cytokine signalling: a protein the cell makes when STATs are active. It blocks the JAK or the receptor, a negative feedback that turns the signal down.',
    sources: ['S22', 'S23'],
  },
  {
    id: 'inhibitor',
    terms: ['inhibitors', 'inhibitor'],
    definition:
      'A drug that blocks an enzyme. A JAK inhibitor reversibly fills the ATP pocket of the JAK inside the cell, so no phosphate is passed on and the signal stops.',
    sources: ['S42', 'S28'],
  },
  {
    id: 'selectivity',
    terms: ['selectivity', 'selective'],
    definition:
      'How much more strongly a drug hits one target than others. It is relative: it depends on dose and test, so a JAK1-selective drug can also hit other JAKs, more at high doses.',
    sources: ['S42', 'S28', 'S48'],
  },
  {
    id: 'tyrosine',
    terms: ['phosphotyrosines', 'phosphotyrosine', 'tyrosines', 'tyrosine'],
    definition:
      'One of the amino acids that make up proteins. JAKs add phosphates to particular tyrosines; a tyrosine carrying a phosphate is called a phosphotyrosine.',
    sources: ['S2', 'S1', 'S11'],
  },
  {
    id: 'keratinocyte',
    terms: ['keratinocytes', 'keratinocyte'],
    definition:
      'The main cell of the skin’s outer layer, which builds the skin barrier. Keratinocytes respond to IL-4, IL-13 and IL-22, and they make TSLP.',
    sources: ['S20', 'S21', 'S31', 'S34'],
  },
  {
    id: 'gene',
    terms: ['genes', 'gene'],
    definition:
      'A stretch of DNA that holds the instructions for one product, such as a protein. Filaggrin and CCL26 are genes that STAT6 turns down and up.',
    sources: ['S20', 'S18'],
  },
];
