/**
 * The phosphate ("P") badge shown on phosphorylated tyrosines of receptors, JAKs and STATs.
 */
import { Container, Graphics } from 'pixi.js';
import { createLabel } from '../label';
import type { LabelScaler } from '../label';
import { PALETTE } from '../palette';

/** Default badge radius in stage units. */
export const PHOSPHATE_BADGE_RADIUS = 11;

/** Font size of the "P", which decides how much the badge is enlarged on small screens. */
const BADGE_FONT_SIZE = 16;

/**
 * Boost cap for badges: enough for the amber disc to be seen on a phone, not so much that it hides the
 * tyrosine or the domain it sits on.
 */
const BADGE_MAX_BOOST = 1.7;

/**
 * Create a P badge centred on (0, 0) and register it with `scaler` so it stays visible on small screens.
 * The caller sets its position, its `alpha` (= phospho) and, for rotating actors, counter-rotates it so the
 * "P" stays upright.
 */
export function createPhosphateBadge(scaler: LabelScaler, radius: number = PHOSPHATE_BADGE_RADIUS): Container {
  const badge = new Container();
  const disc = new Graphics()
    // Pale rim so the badge separates from dark domains (JAK) as well as light ones.
    .circle(0, 0, radius + 2)
    .fill({ color: 0xffffff, alpha: 0.85 })
    .circle(0, 0, radius)
    .fill({ color: PALETTE.phosphate.fill })
    .stroke({ width: 1.6, color: PALETTE.phosphate.edge });
  const letter = createLabel('P', {
    fontSize: BADGE_FONT_SIZE * (radius / PHOSPHATE_BADGE_RADIUS),
    fontWeight: '800',
    fill: PALETTE.phosphate.text,
    halo: null,
  });
  // Optical centring: caps sit slightly high in their line box.
  letter.position.set(0, 0.5);
  badge.addChild(disc, letter);
  scaler.add(badge, { fontSize: BADGE_FONT_SIZE, texts: [letter], maxBoost: BADGE_MAX_BOOST });
  return badge;
}
