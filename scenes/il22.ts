import type { SceneData } from '../src/model/scene-schema';

/**
 * IL-22 on a keratinocyte: IL-22R1/JAK1 + IL-10R2/TYK2 → STAT3 → thicker epidermis, less filaggrin
 * (S31, S32 in docs/sources.md; filaggrin and loricrin: S20). IL-22R1 is on epithelial cells, not on immune cells (S33).
 */
export const il22: SceneData = {
  id: 'il22',
  title: 'IL-22 thickens the skin',
  summary:
    'How IL-22 signals through IL-22R1 and IL-10R2, JAK1 and TYK2, and STAT3 in skin cells, thickening the epidermis and lowering filaggrin in atopic dermatitis.',
  cell: { kind: 'keratinocyte', label: 'Skin cell (keratinocyte)', sources: ['S31', 'S33'] },
  cytokine: { id: 'il22', label: 'IL-22' },
  receptor: {
    name: 'IL-22 receptor',
    preassembled: false,
    chains: [
      { id: 'il22r1', label: 'IL-22R1', jak: { id: 'jak1', name: 'JAK1' } },
      { id: 'il10r2', label: 'IL-10R2', jak: { id: 'tyk2', name: 'TYK2' } },
    ],
    sources: ['S31', 'S32'],
  },
  stat: { label: 'STAT3', tyrosine: 'Y705', ids: ['stat3-a', 'stat3-b'], sources: ['S1', 'S31'] },
  socs: { id: 'socs', label: 'SOCS' },
  outcome: { text: 'Thicker epidermis (hyperplasia), impaired differentiation, lower filaggrin', sources: ['S31', 'S20'] },
  genes: [
    { id: 'flg', label: 'Filaggrin', change: 'down' },
    { id: 'lor', label: 'Loricrin', change: 'down' },
  ],
  steps: [
    {
      role: 'resting',
      title: 'A skin cell at rest',
      text:
        'Skin cells (keratinocytes) carry the IL-22 receptor: IL-22R1 with JAK1 and IL-10R2 with TYK2. Immune cells lack IL-22R1, so IL-22 acts on skin and other lining cells. STAT3 waits in the cytoplasm.',
      sources: ['S31', 'S32', 'S33', 'S9', 'S15'],
      simplified: 'One copy of each chain and one JAK per chain are drawn.',
    },
    {
      role: 'ligand-binding',
      title: 'IL-22 binds IL-22R1',
      text: 'IL-22 is a cytokine made by Th22 and other immune cells. It binds the IL-22R1 chain.',
      sources: ['S31', 'S32'],
    },
    {
      role: 'receptor-assembly',
      title: 'IL-10R2 joins',
      text: 'IL-10R2 joins the complex, bringing JAK1 and TYK2 face to face inside the cell.',
      sources: ['S31', 'S32', 'S10', 'S4', 'S5'],
      simplified: 'Drawn as chains coming together. Some receptors may be pre-assembled before the cytokine arrives and only change shape; this is still debated.',
    },
    {
      role: 'jak-activation',
      title: 'JAK1 and TYK2 switch each other on',
      text: 'JAK1 and TYK2 add phosphates to each other, taken from ATP, which is left as ADP.',
      sources: ['S11', 'S12', 'S32', 'S42'],
      simplified: 'One "P" stands for the phosphorylated activation-loop tyrosines of each JAK. Under a JAK inhibitor, a drug-bound JAK can still be phosphorylated by its free partner.',
    },
    {
      role: 'receptor-phosphorylation',
      title: 'Docking sites on the receptor',
      text: 'The active JAKs phosphorylate tyrosines on the receptor tail with phosphate from ATP, making docking sites for STAT3.',
      sources: ['S32', 'S13'],
      simplified: 'Which receptor tyrosines STAT3 uses is not shown in our sources; sites on IL-22R1 are drawn.',
    },
    {
      role: 'stat-docking',
      title: 'STAT3 docks by its SH2 domain',
      text: 'STAT3 grips the receptor phosphotyrosines with its SH2 domain, on the receptor and not on the JAK.',
      sources: ['S13', 'S32'],
    },
    {
      role: 'stat-phosphorylation',
      title: 'STAT3 gets one phosphate',
      text: 'The JAK phosphorylates each docked STAT3 on one tyrosine, Y705, with phosphate from ATP.',
      sources: ['S1'],
      simplified: 'Only JAK1 is shown doing this.',
    },
    {
      role: 'dimerization',
      title: 'Two STAT3 pair up',
      text: 'Phosphorylated STAT3 leaves the receptor and pairs up, each holding the other’s phosphate in its SH2 domain.',
      sources: ['S1', 'S13'],
    },
    {
      role: 'nuclear-import',
      title: 'Into the nucleus',
      text: 'The STAT3 dimer passes through a nuclear pore into the nucleus.',
      sources: ['S15', 'S1'],
      simplified: 'Unphosphorylated STATs also shuttle in and out of the nucleus; whether entry strictly needs the phosphate is uncertain.',
    },
    {
      role: 'dna-binding',
      title: 'STAT3 binds a GAS motif',
      text: 'The dimer binds a GAS motif in the DNA: TTC, a few letters, then GAA.',
      sources: ['S16', 'S17'],
    },
    {
      role: 'transcription',
      title: 'Thicker skin, less filaggrin',
      text:
        'IL-22 signalling makes the epidermis grow thicker and keeps skin cells from maturing properly. Barrier genes such as filaggrin and loricrin are turned down.',
      sources: ['S31', 'S20'],
      simplified: 'Two genes stand for many. The drawing shows the STAT3 pair at a GAS motif turning barrier genes down; that repression is partly indirect.',
    },
    {
      role: 'negative-feedback',
      title: 'SOCS turns the signal down',
      text: 'The signal also makes SOCS proteins, which bind the JAK or the receptor and block it, so the signal fades.',
      sources: ['S22', 'S23'],
      simplified: 'Phosphatases and PIAS proteins (PIAS3 acts on STAT3) also switch the pathway off; they are not drawn.',
    },
  ],
};
