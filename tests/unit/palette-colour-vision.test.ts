import { describe, expect, it } from 'vitest';
import { deltaE, type Deficiency } from '../../src/view/colour-vision';
import { PALETTE } from '../../src/view/palette';
import { DRUG_COLOURS } from '../../src/view/actors/drug-colours';

/** The main body colour of each kind of actor, as drawn. */
const ACTOR_COLOURS: Record<string, number> = {
  cytokine: PALETTE.cytokine.fill,
  receptor: PALETTE.receptor.chain[0],
  jak: PALETTE.jak.ferm,
  stat: PALETTE.stat.body,
  atp: PALETTE.atp.adenosine,
  phosphate: PALETTE.phosphate.fill,
  socs: PALETTE.socs.body,
  drug: DRUG_COLOURS.drug.ring,
};

/** The smallest difference allowed between two kinds of actor (CIE76 ΔE; about 10 is clearly distinct). */
const MIN_DELTA_E = 10;

describe('palette under colour-vision deficiencies', () => {
  it.each([undefined, 'protanopia', 'deuteranopia', 'tritanopia'] as (Deficiency | undefined)[])('%s: every two kinds of actor stay apart', (deficiency) => {
    const kinds = Object.keys(ACTOR_COLOURS);
    const close: string[] = [];
    for (let i = 0; i < kinds.length; i++) {
      for (let j = i + 1; j < kinds.length; j++) {
        const d = deltaE(ACTOR_COLOURS[kinds[i]!]!, ACTOR_COLOURS[kinds[j]!]!, deficiency);
        if (d < MIN_DELTA_E) close.push(`${kinds[i]} ~ ${kinds[j]}: ΔE ${d.toFixed(1)}`);
      }
    }
    expect(close).toEqual([]);
  });

  it('the simulation itself separates what it should: red and green collapse for protanopia', () => {
    expect(deltaE(0xd62728, 0x2ca02c)).toBeGreaterThan(60);
    expect(deltaE(0xd62728, 0x2ca02c, 'protanopia')).toBeLessThan(deltaE(0xd62728, 0x2ca02c));
  });
});
