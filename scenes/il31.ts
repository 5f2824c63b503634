import type { SceneData } from '../src/model/scene-schema';

/**
 * IL-31 on an itch-sensing nerve ending: IL-31RA + OSMRβ → STAT3 → itch (S6, S29 in docs/sources.md). Sources
 * differ on which JAK sits on which chain; JAK1 on IL-31RA and JAK2 on OSMRβ is drawn, and the steps say so.
 */
export const il31: SceneData = {
  id: 'il31',
  title: 'IL-31 makes a nerve ending signal itch',
  summary:
    'How IL-31 signals through IL-31RA and OSMRβ, JAK1 and JAK2, and STAT3 in the sensory nerves that carry itch in atopic dermatitis.',
  cell: { kind: 'sensory-neuron', label: 'Itch-sensing nerve cell', sources: ['S29', 'S30', 'S27'] },
  cytokine: { id: 'il31', label: 'IL-31' },
  receptor: {
    name: 'IL-31 receptor',
    preassembled: false,
    chains: [
      { id: 'il31ra', label: 'IL-31RA', jak: { id: 'jak1', name: 'JAK1' } },
      { id: 'osmrb', label: 'OSMRβ', jak: { id: 'jak2', name: 'JAK2' } },
    ],
    sources: ['S6', 'S29'],
  },
  stat: { label: 'STAT3', tyrosine: 'Y705', ids: ['stat3-a', 'stat3-b'], sources: ['S1', 'S29'] },
  socs: { id: 'socs', label: 'SOCS' },
  outcome: { text: 'Itch through IL-31RA on sensory neurons (needs neuronal STAT3 in mice); barrier effects', sources: ['S29', 'S30'] },
  genes: [{ id: 'il31ra-gene', label: 'IL31RA', change: 'kept' }],
  steps: [
    {
      role: 'resting',
      title: 'A nerve ending in the skin',
      text:
        'Nerve endings in the skin carry the feeling of itch. Their membrane holds two receptor chains, IL-31RA and OSMRβ, with JAK enzymes on their tails. STAT3 waits in the cytoplasm.',
      sources: ['S29', 'S30', 'S9', 'S15'],
      simplified:
        'Nerve ending and nucleus (far away in the cell body) are drawn close together. Sources differ on the JAKs (Reactome: JAK1 on both chains; others add JAK2); JAK1 on IL-31RA and JAK2 on OSMRβ is drawn.',
    },
    {
      role: 'ligand-binding',
      title: 'IL-31 binds IL-31RA',
      text: 'IL-31 is a cytokine made by Th2 cells and mast cells. It binds IL-31RA on the nerve ending.',
      sources: ['S29', 'S6'],
    },
    {
      role: 'receptor-assembly',
      title: 'OSMRβ joins',
      text: 'The IL-31–IL-31RA pair then binds OSMRβ. The two chains bring their JAKs together inside the cell.',
      sources: ['S6', 'S29'],
      simplified: 'That JAK1 sits on IL-31RA before IL-31 arrives is not proven.',
    },
    {
      role: 'jak-activation',
      title: 'The JAKs switch each other on',
      text: 'The paired JAKs add phosphates to each other, taken from ATP, which is left as ADP. This switches them on.',
      sources: ['S11', 'S12', 'S29', 'S42'],
      simplified: 'Drawn as JAK1 and JAK2; see the first step for how sources differ. Under a JAK inhibitor, a drug-bound JAK can still be phosphorylated by its free partner.',
    },
    {
      role: 'receptor-phosphorylation',
      title: 'Docking sites on the receptor',
      text: 'The active JAKs phosphorylate tyrosines on the receptor tail, again with phosphate from ATP. STAT3 can now dock there.',
      sources: ['S29', 'S13'],
      simplified: 'Which receptor tyrosines STAT3 uses is not shown in our sources; sites on IL-31RA are drawn.',
    },
    {
      role: 'stat-docking',
      title: 'STAT3 docks by its SH2 domain',
      text: 'STAT3 grips the receptor phosphotyrosines with its SH2 domain. It docks on the receptor, not on the JAK.',
      sources: ['S13', 'S29'],
    },
    {
      role: 'stat-phosphorylation',
      title: 'STAT3 gets one phosphate',
      text: 'The JAK phosphorylates each docked STAT3 on one tyrosine, Y705, with phosphate from ATP.',
      sources: ['S1'],
      simplified: 'IL-31 also activates STAT5 and STAT1, and other routes (MAPK, PI3K); only STAT3, the main one, is drawn.',
    },
    {
      role: 'dimerization',
      title: 'Two STAT3 pair up',
      text: 'Phosphorylated STAT3 leaves the receptor and pairs with another: each holds the other’s phosphate in its SH2 domain.',
      sources: ['S1', 'S13'],
    },
    {
      role: 'nuclear-import',
      title: 'Into the nucleus',
      text: 'The STAT3 dimer passes through a nuclear pore into the nucleus.',
      sources: ['S15', 'S1'],
      simplified: 'The nucleus is really in the cell body, far from the nerve ending. Unphosphorylated STATs also shuttle in and out of the nucleus; whether entry strictly needs the phosphate is uncertain.',
    },
    {
      role: 'dna-binding',
      title: 'STAT3 binds a GAS motif',
      text: 'The dimer binds a GAS motif in the DNA: TTC, a few letters, then GAA.',
      sources: ['S16', 'S17'],
    },
    {
      role: 'transcription',
      title: 'STAT3 keeps the IL-31 receptor made',
      text:
        'In mice, STAT3 in sensory neurons is needed to keep the IL-31 receptor (IL-31RA) expressed, and for IL-31-driven and inflammatory itch. Itch is not a gene product: it is the nerve’s signal, felt in the brain.',
      sources: ['S30', 'S29', 'S27'],
      simplified: 'IL31RA is drawn held at its usual level, not raised: STAT3 keeps it expressed. With less signal it is drawn falling, our reading of that. Itch travels as nerve impulses, not drawn.',
    },
    {
      role: 'negative-feedback',
      title: 'SOCS turns the signal down',
      text: 'The signal also makes SOCS proteins, which bind the JAK or the receptor and block it. This negative feedback lets the signal fade.',
      sources: ['S22', 'S23'],
      simplified: 'Phosphatases and PIAS proteins (PIAS3 acts on STAT3) also switch the pathway off; they are not drawn.',
    },
  ],
};
