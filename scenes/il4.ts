import type { SceneData } from '../src/model/scene-schema';

/**
 * IL-4 on a naive (Th0) helper T cell through the type I receptor (IL-4Rα/JAK1 + γc/JAK3) → STAT6 → GATA3 (S19, S21, S2 in
 * docs/sources.md).
 * The γc chain is the teaching point: γc cytokines need JAK1 *and* JAK3 (S37).
 */
export const il4: SceneData = {
  id: 'il4',
  title: 'IL-4 drives a T cell toward Th2',
  summary:
    'How IL-4 signals through the type I IL-4 receptor, JAK1 and JAK3, and STAT6 to push a helper T cell into the Th2 programme of atopic dermatitis.',
  cell: { kind: 't-cell', label: 'Naive helper T cell (Th0)', sources: ['S19', 'S21', 'S18'] },
  cytokine: { id: 'il4', label: 'IL-4' },
  receptor: {
    name: 'type I IL-4 receptor',
    preassembled: false,
    chains: [
      { id: 'il4ra', label: 'IL-4Rα', jak: { id: 'jak1', name: 'JAK1' } },
      { id: 'gc', label: 'γc', jak: { id: 'jak3', name: 'JAK3' } },
    ],
    sources: ['S19', 'S21', 'S2', 'S37'],
  },
  stat: { label: 'STAT6', tyrosine: 'Y641', ids: ['stat6-a', 'stat6-b'], sources: ['S1', 'S3'] },
  socs: { id: 'socs', label: 'SOCS' },
  outcome: { text: 'Th2 differentiation, IgE class switching, barrier-gene repression and itch-neuron sensitisation', sources: ['S19', 'S21', 'S27'] },
  genes: [{ id: 'gata3', label: 'GATA3', change: 'up' }],
  steps: [
    {
      role: 'resting',
      title: 'A naive helper T cell at rest',
      text:
        'This naive (Th0) helper T cell, not yet a Th2 cell, carries the type I IL-4 receptor: IL-4Rα and a chain called γc (common gamma chain). JAK1 already sits on IL-4Rα and JAK3 on γc. STAT6 waits in the cytoplasm.',
      sources: ['S9', 'S10b', 'S15', 'S19', 'S21'],
      simplified: 'One copy of each chain and one JAK per chain are drawn. The receptor chains have no enzyme activity of their own.',
    },
    {
      role: 'ligand-binding',
      title: 'IL-4 binds IL-4Rα',
      text: 'IL-4 is a cytokine made by Th2 cells, mast cells and other immune cells. It binds the outer part of IL-4Rα.',
      sources: ['S19', 'S21', 'S2'],
    },
    {
      role: 'receptor-assembly',
      title: 'γc joins the receptor',
      text:
        'The γc chain joins IL-4 and IL-4Rα. Now JAK1 and JAK3 face each other inside the cell. The same γc is shared by the receptors for IL-2, IL-7, IL-9, IL-15 and IL-21.',
      sources: ['S21', 'S37', 'S10', 'S4', 'S5'],
      simplified: 'Drawn as chains coming together. Some receptors may be pre-assembled before the cytokine arrives and only change shape; this is still debated.',
    },
    {
      role: 'jak-activation',
      title: 'JAK1 and JAK3 switch each other on',
      text:
        'JAK1 and JAK3 add a phosphate to each other, taken from ATP, which is left as ADP. Receptors with γc need both JAK1 and JAK3 to signal.',
      sources: ['S11', 'S12', 'S2', 'S37', 'S42'],
      simplified: 'One "P" stands for the activation-loop tyrosines (for JAK3, Y980 and Y981). Under a JAK inhibitor, a drug-bound JAK can still be phosphorylated by its free partner.',
    },
    {
      role: 'receptor-phosphorylation',
      title: 'Docking sites on IL-4Rα',
      text:
        'The active JAKs phosphorylate tyrosines on the tail of IL-4Rα, using ATP. These phosphotyrosines are where STAT6 will dock.',
      sources: ['S2', 'S3'],
      simplified: 'IL-4Rα has three STAT6 docking tyrosines (Y575, Y603, Y631) and others for IRS and inhibition; two are drawn.',
    },
    {
      role: 'stat-docking',
      title: 'STAT6 docks by its SH2 domain',
      text: 'STAT6 grips the phosphotyrosines of IL-4Rα with its SH2 domain. It docks on the receptor, not on the JAK.',
      sources: ['S13', 'S3'],
    },
    {
      role: 'stat-phosphorylation',
      title: 'STAT6 gets one phosphate',
      text: 'The JAK phosphorylates each docked STAT6 on one tyrosine, Y641, with phosphate from ATP.',
      sources: ['S1'],
      simplified: 'Only JAK1 is shown doing this.',
    },
    {
      role: 'dimerization',
      title: 'Two STAT6 pair up',
      text: 'Phosphorylated STAT6 leaves the receptor. Two of them hold each other, the phosphate of each in the SH2 domain of the other: a dimer.',
      sources: ['S1', 'S13'],
    },
    {
      role: 'nuclear-import',
      title: 'Into the nucleus',
      text: 'The STAT6 dimer passes through a nuclear pore into the nucleus.',
      sources: ['S15', 'S1'],
      simplified: 'Unphosphorylated STATs also shuttle in and out of the nucleus; whether entry strictly needs the phosphate is uncertain.',
    },
    {
      role: 'dna-binding',
      title: 'STAT6 binds a GAS motif',
      text: 'The dimer binds a GAS motif in the DNA: TTC, a few letters, then GAA. STAT6 prefers a gap of four letters.',
      sources: ['S16', 'S17'],
    },
    {
      role: 'transcription',
      title: 'The Th2 programme switches on',
      text:
        'STAT6 turns up GATA3, which drives the cell to become a Th2 cell. Th2 cells in turn make IL-4 and IL-13.',
      sources: ['S18', 'S19'],
      simplified: 'One gene stands for the whole Th2 programme.',
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
