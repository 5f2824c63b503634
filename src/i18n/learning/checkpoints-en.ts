/**
 * English "what happens next?" checkpoints, one per canonical step, asked at the end of that step. Every
 * wrong answer is a misconception listed in REFERENCE.md (§1 "Commonly drawn wrong" or §5 "Misleading"),
 * and its feedback says why it is wrong. Wording is generic ("the STAT", "the JAKs") so that every scene fits.
 */
import type { Checkpoint } from '../content-types';

export const CHECKPOINTS_EN: readonly Checkpoint[] = [
  {
    id: 'after-ligand-binding',
    afterStep: 'ligand-binding',
    question: 'The cytokine has just bound its receptor. What happens next?',
    answers: [
      {
        text: 'The receptor chains come together or shift, so the JAKs on their tails face each other.',
        correct: true,
        feedback:
          'Right. Binding brings the chains, and their JAKs, into the right position. Some receptors, like the IFN-γ receptor, are already assembled and just change shape.',
      },
      {
        text: 'The receptor starts adding phosphates itself, because it is a kinase.',
        correct: false,
        feedback:
          'No. Cytokine receptors have no enzyme activity of their own; the JAKs on their tails do that work. Receptors that are kinases themselves, like growth-factor receptors, are a different family.',
      },
      {
        text: 'JAKs float in from the cytoplasm and attach to the receptor tails.',
        correct: false,
        feedback:
          'No. The JAKs were already bound to the receptor tails before the cytokine arrived, gripping regions called Box1 and Box2. (For IL-31RA this is not yet proven.)',
      },
    ],
    sources: ['S4', 'S5', 'S10', 'S10b', 'S9', 'S6'],
  },
  {
    id: 'after-jak-activation-drug',
    afterStep: 'receptor-assembly',
    question: 'The JAKs now face each other. If a JAK inhibitor drug is present, what does it do?',
    answers: [
      {
        text: 'It sits in the JAK’s ATP pocket, so ATP cannot hand over its phosphate.',
        correct: true,
        feedback:
          'Right. The drug reversibly fills the ATP-binding site inside the cell, so the JAKs cannot phosphorylate each other and the later steps stop.',
      },
      {
        text: 'It stops the cytokine from binding the receptor outside the cell.',
        correct: false,
        feedback:
          'No. Blocking the receptor is what antibody drugs such as dupilumab do (it targets IL-4Rα). JAK inhibitors act inside the cell, on the JAK.',
      },
      {
        text: 'A JAK1-selective drug hits only JAK1, at any dose.',
        correct: false,
        feedback:
          'No. Selectivity is relative: it depends on the dose and on the test used. Upadacitinib, for example, begins to lose its JAK1 selectivity at higher doses.',
      },
    ],
    sources: ['S42', 'S28', 'S77', 'S48'],
  },
  {
    id: 'after-receptor-phosphorylation',
    afterStep: 'receptor-phosphorylation',
    question: 'The receptor tail now carries phosphotyrosines. What happens next?',
    answers: [
      {
        text: 'The STAT docks on a receptor phosphotyrosine using its SH2 domain.',
        correct: true,
        feedback:
          'Right. The STAT’s SH2 domain grips a phosphotyrosine on the receptor tail, which holds the STAT next to the active JAK.',
      },
      {
        text: 'The STAT binds directly to the JAK.',
        correct: false,
        feedback:
          'A common shortcut, even in published figures, but wrong: the STAT docks on phosphotyrosines of the receptor through its SH2 domain, not on the JAK.',
      },
      {
        text: 'The STAT gets phosphates on many of its tyrosines.',
        correct: false,
        feedback:
          'No. The STAT docks first, and then the JAK adds a phosphate to just one key tyrosine near its end (for example Y641 on STAT6 or Y705 on STAT3).',
      },
    ],
    sources: ['S13', 'S3', 'S15a', 'S1'],
  },
  {
    id: 'after-dimerization',
    afterStep: 'dimerization',
    question: 'Two phosphorylated STATs have paired up into a dimer. Which statement about what comes next is right?',
    answers: [
      {
        text: 'The STAT dimer passes through a nuclear pore into the nucleus.',
        correct: true,
        feedback:
          'Right. The dimer moves through a nuclear pore into the nucleus, where the DNA is. (Unphosphorylated STATs also shuttle in and out.)',
      },
      {
        text: 'Each STAT first picks up phosphates on many more tyrosines.',
        correct: false,
        feedback:
          'No. Each STAT carries a phosphate on one key tyrosine, and that single phosphotyrosine, held in the partner’s SH2 domain, is what keeps the pair together.',
      },
      {
        text: 'Only this one kind of STAT can pass the signal on, because each cytokine switches on just one STAT.',
        correct: false,
        feedback:
          'Not so. One cytokine can switch on several STATs: IL-13, for example, can activate STAT6, STAT3 and STAT1. Each scene shows just the main one.',
      },
    ],
    sources: ['S15', 'S1', 'S13', 'S3'],
  },
  {
    id: 'after-transcription',
    afterStep: 'transcription',
    question: 'The target genes have been switched up or down. How does the signal get turned down again?',
    answers: [
      {
        text: 'The signal makes SOCS proteins, which block the JAK or the receptor.',
        correct: true,
        feedback:
          'Right. STATs switch on SOCS genes, and SOCS proteins block the JAK or the receptor: negative feedback. Phosphatases and PIAS proteins also help switch the pathway off.',
      },
      {
        text: 'Once a JAK inhibitor is taken, it shuts this signal down for good, even after the drug is stopped.',
        correct: false,
        feedback:
          'No. JAK inhibitors act reversibly. After abrocitinib is stopped, inflammation markers return close to their starting levels within about 4 weeks.',
      },
      {
        text: 'A JAK inhibitor cream turns it down only in the skin: none of the drug reaches the blood.',
        correct: false,
        feedback:
          'No. Exposure through the skin is low but not zero: on average about 2.5% reaches the blood, and the cream carries the same boxed warning as the pills.',
      },
    ],
    sources: ['S22', 'S23', 'S24', 'S25', 'S42', 'S65', 'S57'],
  },
];
