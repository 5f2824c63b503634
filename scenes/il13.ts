import type { SceneData } from '../src/model/scene-schema';

/**
 * IL-13 acting on a keratinocyte through the type II IL-4 receptor (IL-4Rα/JAK1 + IL-13Rα1/TYK2) → STAT6.
 * Step order is the canonical one of docs/scenes.md; chains and JAKs follow S3, S21, S21b in docs/sources.md
 * (type II receptor, Reactome's JAK1/TYK2).
 */
export const il13: SceneData = {
  id: 'il13',
  title: 'IL-13 switches on STAT6 in a skin cell',
  summary:
    'How the cytokine IL-13 signals through the type II IL-4 receptor, JAK1 and TYK2, and STAT6 to weaken the skin barrier in atopic dermatitis.',
  cell: { kind: 'keratinocyte', label: 'Skin cell (keratinocyte)', sources: ['S21', 'S20', 'S40b'] },
  cytokine: { id: 'il13', label: 'IL-13' },
  receptor: {
    name: 'type II IL-4 receptor',
    preassembled: false,
    chains: [
      { id: 'il4ra', label: 'IL-4Rα', jak: { id: 'jak1', name: 'JAK1' } },
      { id: 'il13ra1', label: 'IL-13Rα1', jak: { id: 'tyk2', name: 'TYK2' } },
    ],
    sources: ['S3', 'S21', 'S21b'],
  },
  stat: { label: 'STAT6', tyrosine: 'Y641', ids: ['stat6-a', 'stat6-b'], sources: ['S1', 'S3'] },
  socs: { id: 'socs', label: 'SOCS' },
  outcome: { text: 'Weaker skin barrier (less filaggrin, loricrin and involucrin), fewer antimicrobial peptides, more chemokines', sources: ['S20', 'S21', 'S40b'] },
  genes: [
    { id: 'flg', label: 'Filaggrin', change: 'down' },
    { id: 'lor', label: 'Loricrin', change: 'down' },
    { id: 'ccl26', label: 'CCL26', change: 'up' },
  ],
  steps: [
    {
      role: 'resting',
      title: 'A skin cell at rest',
      text:
        'This skin cell carries two receptor chains, IL-4Rα and IL-13Rα1. Inside the cell each tail already holds an enzyme called a JAK: JAK1 on IL-4Rα, TYK2 on IL-13Rα1. STAT6 proteins wait in the cytoplasm.',
      sources: ['S9', 'S10b', 'S15', 'S21', 'S21b'],
      simplified: 'One copy of each chain and one JAK per chain are drawn; the chains have no enzyme activity of their own. Some sources give JAK2 on IL-13Rα1, instead of or with TYK2.',
    },
    {
      role: 'ligand-binding',
      title: 'IL-13 binds its receptor',
      text:
        'IL-13 is a cytokine, a messenger protein made by immune cells that is raised in atopic dermatitis. It binds the outer part of IL-13Rα1 first.',
      sources: ['S3', 'S21', 'S21b', 'S40'],
      actions: [{ do: 'bind', actor: 'il13', to: 'il13ra1' }],
    },
    {
      role: 'receptor-assembly',
      title: 'The receptor comes together',
      text:
        'IL-4Rα joins and holds the complex steady. Bringing the two chains together also brings their JAKs face to face inside the cell.',
      sources: ['S3', 'S21', 'S10'],
      simplified: 'Shown as two chains moving together; for many receptors, how much they move or just change shape is still debated.',
    },
    {
      role: 'jak-activation',
      title: 'The JAKs switch each other on',
      text:
        'JAK1 and TYK2 add a phosphate group to each other. The phosphate comes from ATP, the cell’s energy carrier, which is left as ADP. With these phosphates the JAKs become active.',
      sources: ['S11', 'S12', 'S28', 'S42'],
      simplified: 'One "P" stands for the phosphorylated tyrosines of each JAK’s activation loop. Under a JAK inhibitor, a drug-bound JAK can still be phosphorylated by its free partner.',
    },
    {
      role: 'receptor-phosphorylation',
      title: 'Docking sites appear on the receptor',
      text:
        'The active JAKs now put phosphates on tyrosines in the receptor tail, again taken from ATP. On IL-4Rα these phosphotyrosines become docking sites for STAT6.',
      sources: ['S2', 'S3'],
      simplified: 'IL-4Rα has three STAT6 docking tyrosines (Y575, Y603, Y631); two are drawn.',
    },
    {
      role: 'stat-docking',
      title: 'STAT6 docks on the receptor',
      text:
        'STAT6 proteins grip the phosphotyrosines with a pocket called the SH2 domain. They dock on the receptor, not on the JAK.',
      sources: ['S13', 'S3'],
    },
    {
      role: 'stat-phosphorylation',
      title: 'STAT6 gets one phosphate',
      text:
        'Held next to the active JAK, each STAT6 receives a phosphate on a single tyrosine, called Y641. ATP provides it again.',
      sources: ['S1'],
      simplified: 'Only JAK1 is shown doing this.',
    },
    {
      role: 'dimerization',
      title: 'Two STAT6 pair up',
      text:
        'Phosphorylated STAT6 lets go of the receptor. Two of them lock together, each one’s phosphate held in the other’s SH2 domain. This pair is called a dimer.',
      sources: ['S1', 'S13'],
    },
    {
      role: 'nuclear-import',
      title: 'Into the nucleus',
      text: 'The STAT6 dimer passes through a nuclear pore into the nucleus, where the DNA is kept.',
      sources: ['S15', 'S1'],
      simplified: 'Unphosphorylated STATs also shuttle in and out of the nucleus; whether entry strictly needs the phosphate is uncertain.',
    },
    {
      role: 'dna-binding',
      title: 'STAT6 binds a GAS motif',
      text:
        'The dimer binds a short DNA pattern called a GAS motif: TTC, a few letters, then GAA. STAT6 prefers a gap of four letters.',
      sources: ['S16', 'S17'],
    },
    {
      role: 'transcription',
      title: 'Genes switch down and up',
      text:
        'STAT6 changes which genes are read. Barrier genes such as filaggrin and loricrin are turned down, which weakens the skin barrier, while chemokines such as CCL26 (eotaxin-3) are turned up.',
      sources: ['S20', 'S18', 'S19'],
      simplified: 'Three genes stand for many; STAT3 also helps repress the barrier genes. The drawing shows the STAT6 pair at a GAS motif turning them down; that repression is partly indirect.',
    },
    {
      role: 'negative-feedback',
      title: 'SOCS turns the signal down',
      text:
        'The signal also makes SOCS proteins, which bind the JAK or the receptor and block it. This negative feedback stops the signal from running on forever.',
      sources: ['S22', 'S23'],
      simplified: 'Phosphatases and PIAS proteins also switch the pathway off; they are not drawn.',
    },
  ],
};
