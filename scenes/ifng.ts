import type { SceneData } from '../src/model/scene-schema';

/**
 * IFN-γ: IFNGR1/JAK1 + IFNGR2/JAK2 on a pre-assembled receptor → STAT1 homodimer (GAF) → GAS (S5, S38, S14 in
 * docs/sources.md). No cited source confirms STAT1's tyrosine number, so none is named.
 */
export const ifng: SceneData = {
  id: 'ifng',
  title: 'IFN-γ in chronic eczema: a receptor that is already assembled',
  summary:
    'How IFN-γ, prominent in chronic atopic dermatitis, signals through a pre-assembled receptor (IFNGR1 and IFNGR2), JAK1 and JAK2, and a STAT1 pair.',
  cell: { kind: 'tissue-cell', label: 'Cell in chronic eczema', sources: ['S38', 'S5'] },
  cytokine: { id: 'ifng', label: 'IFN-γ' },
  receptor: {
    name: 'IFN-γ receptor',
    preassembled: true,
    chains: [
      { id: 'ifngr1', label: 'IFNGR1', jak: { id: 'jak1', name: 'JAK1' } },
      { id: 'ifngr2', label: 'IFNGR2', jak: { id: 'jak2', name: 'JAK2' } },
    ],
    sources: ['S5', 'S38'],
  },
  stat: { label: 'STAT1', ids: ['stat1-a', 'stat1-b'], sources: ['S14', 'S38'] },
  socs: { id: 'socs', label: 'SOCS' },
  outcome: { text: 'The Th1 part of chronic lesions', sources: ['S38'] },
  genes: [{ id: 'gas-genes', label: 'GAS genes', change: 'up' }],
  steps: [
    {
      role: 'resting',
      title: 'A receptor that is already assembled',
      text:
        'Unlike most receptors in this explorer, the IFN-γ receptor sits ready-assembled: IFNGR1 with JAK1 and IFNGR2 with JAK2. STAT1 waits in the cytoplasm.',
      sources: ['S5', 'S4', 'S10', 'S9', 'S15'],
      simplified: 'The real receptor holds two of each chain; one of each is drawn. Our sources do not name one target cell, so a generic cell is drawn.',
    },
    {
      role: 'ligand-binding',
      title: 'IFN-γ binds',
      text: 'IFN-γ is made by Th1 cells and is prominent in chronic atopic dermatitis. It binds the outer part of the receptor.',
      sources: ['S5', 'S38'],
    },
    {
      id: 'receptor-shape-change',
      role: 'receptor-assembly',
      title: 'The receptor changes shape',
      text: 'Because the chains are already together, binding does not bring them together. Instead it changes their shape and turns their JAKs toward each other.',
      sources: ['S5', 'S10'],
      simplified: 'How much receptors move or just change shape is still debated; the change is drawn as a twist.',
    },
    {
      role: 'jak-activation',
      title: 'JAK1 and JAK2 switch each other on',
      text: 'JAK1 and JAK2 add phosphates to each other, taken from ATP, which is left as ADP.',
      sources: ['S11', 'S12', 'S38', 'S42'],
      simplified: 'One "P" stands for the phosphorylated activation-loop tyrosines of each JAK. Under a JAK inhibitor, a drug-bound JAK can still be phosphorylated by its free partner.',
    },
    {
      role: 'receptor-phosphorylation',
      title: 'Docking sites on the receptor',
      text: 'The active JAKs phosphorylate tyrosines on the receptor tail with phosphate from ATP, making docking sites for STAT1.',
      sources: ['S13', 'S38'],
      simplified: 'Which receptor tyrosines STAT1 uses is not shown in our sources; sites on IFNGR1 are drawn.',
    },
    {
      role: 'stat-docking',
      title: 'STAT1 docks by its SH2 domain',
      text: 'STAT1 grips the receptor phosphotyrosines with its SH2 domain, on the receptor and not on the JAK.',
      sources: ['S13'],
    },
    {
      role: 'stat-phosphorylation',
      title: 'STAT1 gets its phosphate',
      text: 'The JAK phosphorylates one tyrosine near the end of each STAT1, with phosphate from ATP. After IFN-γ, STAT1 also gets a phosphate on a serine, which tunes its activity.',
      sources: ['S14'],
      simplified: 'The serine phosphate is not drawn. The tyrosine number often quoted for STAT1 is not confirmed by our sources, so none is given.',
    },
    {
      role: 'dimerization',
      title: 'Two STAT1 pair up',
      text: 'Phosphorylated STAT1 leaves the receptor and pairs with another STAT1. This pair of identical STATs is called GAF.',
      sources: ['S14', 'S13'],
    },
    {
      role: 'nuclear-import',
      title: 'Into the nucleus',
      text: 'The STAT1 dimer passes through a nuclear pore into the nucleus.',
      sources: ['S15'],
      simplified: 'Unphosphorylated STATs also shuttle in and out of the nucleus; whether entry strictly needs the phosphate is uncertain.',
    },
    {
      role: 'dna-binding',
      title: 'GAF binds a GAS motif',
      text: 'The STAT1 pair binds a GAS motif: TTC, a few letters, then GAA. STAT1 prefers a gap of three letters.',
      sources: ['S14', 'S16', 'S17'],
    },
    {
      role: 'transcription',
      title: 'Genes with GAS motifs switch on',
      text: 'STAT1 switches on genes with GAS motifs, adding the Th1 side of inflammation to chronic lesions.',
      sources: ['S14', 'S38'],
      simplified: 'Which genes are switched on is not covered by our sources, so they are shown together as "GAS genes".',
    },
    {
      role: 'negative-feedback',
      title: 'SOCS turns the signal down',
      text: 'The signal also makes SOCS proteins. SOCS1 binds the JAK directly and blocks it, so the signal fades.',
      sources: ['S22', 'S23'],
      simplified: 'Phosphatases and PIAS proteins also switch the pathway off; they are not drawn.',
    },
  ],
};
