import type { SceneData } from '../src/model/scene-schema';

/**
 * TSLP: IL-7Rα/JAK1 + TSLPR/JAK2 → STAT5 (S34 in docs/sources.md). The sources name the cells that make TSLP
 * (keratinocytes and other epithelial cells) but not one responding cell to draw, so a generic immune cell is
 * shown and the first step says so.
 */
export const tslp: SceneData = {
  id: 'tslp',
  title: 'TSLP, an alarm from the skin, switches on STAT5',
  summary:
    'How TSLP, a cytokine made by skin cells, signals through IL-7Rα and TSLPR, JAK1 and JAK2, and STAT5 in an immune cell.',
  cell: { kind: 'immune-cell', label: 'Immune cell (TSLP target)', sources: ['S34'] },
  cytokine: { id: 'tslp', label: 'TSLP' },
  receptor: {
    name: 'TSLP receptor',
    preassembled: false,
    chains: [
      { id: 'il7ra', label: 'IL-7Rα', jak: { id: 'jak1', name: 'JAK1' } },
      { id: 'tslpr', label: 'TSLPR', jak: { id: 'jak2', name: 'JAK2' } },
    ],
    sources: ['S34'],
  },
  stat: { label: 'STAT5', tyrosine: 'Y694', ids: ['stat5-a', 'stat5-b'], sources: ['S34', 'S8'] },
  socs: { id: 'socs', label: 'SOCS' },
  outcome: { text: 'Skin-derived alarm cytokine in allergic skin and airway inflammation; raised in atopic dermatitis', sources: ['S34'] },
  genes: [{ id: 'stat5-targets', label: 'STAT5 targets', change: 'up' }],
  steps: [
    {
      role: 'resting',
      title: 'An immune cell with a TSLP receptor',
      text:
        'TSLP is made by skin cells (keratinocytes) and other lining cells, and is raised in atopic dermatitis. The cell it reaches carries IL-7Rα with JAK1 and TSLPR with JAK2. STAT5 waits in the cytoplasm.',
      sources: ['S34', 'S9', 'S15'],
      simplified: 'Our sources do not name one responding cell type, so a generic immune cell is drawn.',
    },
    {
      role: 'ligand-binding',
      title: 'TSLP binds TSLPR',
      text: 'TSLP arrives from the skin and binds the TSLPR chain.',
      sources: ['S34'],
      simplified: 'The order in which TSLP binds the two chains is not covered by our sources.',
      actions: [{ do: 'bind', actor: 'tslp', to: 'tslpr' }],
    },
    {
      role: 'receptor-assembly',
      title: 'IL-7Rα joins',
      text: 'IL-7Rα joins the complex, so JAK1 and JAK2 face each other inside the cell.',
      sources: ['S34', 'S10', 'S4', 'S5'],
      simplified: 'Drawn as chains coming together. Some receptors may be pre-assembled before the cytokine arrives and only change shape; this is still debated.',
    },
    {
      role: 'jak-activation',
      title: 'JAK1 and JAK2 switch each other on',
      text: 'JAK1 and JAK2 add phosphates to each other, taken from ATP, which is left as ADP. TSLP needs both of them to activate STAT5.',
      sources: ['S34', 'S11', 'S12', 'S42'],
      simplified: 'One "P" stands for the phosphorylated activation-loop tyrosines of each JAK. Under a JAK inhibitor, a drug-bound JAK can still be phosphorylated by its free partner.',
    },
    {
      role: 'receptor-phosphorylation',
      title: 'Docking sites on the receptor',
      text: 'The active JAKs phosphorylate tyrosines on the receptor tail with phosphate from ATP, making docking sites for STAT5.',
      sources: ['S34', 'S13'],
      simplified: 'Which receptor tyrosines STAT5 uses is not shown in our sources; sites on IL-7Rα are drawn.',
    },
    {
      role: 'stat-docking',
      title: 'STAT5 docks by its SH2 domain',
      text: 'STAT5 grips the receptor phosphotyrosines with its SH2 domain, on the receptor and not on the JAK.',
      sources: ['S13'],
    },
    {
      role: 'stat-phosphorylation',
      title: 'STAT5 gets one phosphate',
      text: 'The JAK phosphorylates each docked STAT5 on one tyrosine: Y694 on STAT5a, Y699 on STAT5b. ATP provides the phosphate.',
      sources: ['S8', 'S34'],
      simplified: 'STAT5a and STAT5b are drawn as one "STAT5".',
    },
    {
      role: 'dimerization',
      title: 'Two STAT5 pair up',
      text: 'Phosphorylated STAT5 leaves the receptor and pairs up, each holding the other’s phosphate in its SH2 domain.',
      sources: ['S13', 'S8'],
    },
    {
      role: 'nuclear-import',
      title: 'Into the nucleus',
      text: 'The STAT5 dimer passes through a nuclear pore into the nucleus.',
      sources: ['S15'],
      simplified: 'Unphosphorylated STATs also shuttle in and out of the nucleus; whether entry strictly needs the phosphate is uncertain.',
    },
    {
      role: 'dna-binding',
      title: 'STAT5 binds a GAS motif',
      text: 'The dimer binds a GAS motif in the DNA: TTC, a few letters, then GAA.',
      sources: ['S16', 'S17'],
    },
    {
      role: 'transcription',
      title: 'STAT5 target genes switch on',
      text: 'STAT5 switches on its target genes, and the cell joins the allergic inflammation of the skin.',
      sources: ['S34'],
      simplified: 'Which genes TSLP turns on is not covered by our sources, so they are shown together as "STAT5 targets".',
    },
    {
      role: 'negative-feedback',
      title: 'SOCS turns the signal down',
      text: 'The signal also makes SOCS proteins, which bind the JAK or the receptor and block it, so the signal fades.',
      sources: ['S22', 'S23'],
      simplified: 'Phosphatases and PIAS proteins also switch the pathway off; they are not drawn.',
      actions: [{ do: 'feedback', actor: 'socs', on: 'jak2' }],
    },
  ],
};
