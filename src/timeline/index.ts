/** Playback: scene plans compiled into GSAP timelines, and the playhead that moves through them. */
export * from './build-timeline';
export * from './gsap-clock';
export * from './playhead';
export * from './reading-time';
