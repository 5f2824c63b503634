// The ids of the source registry, in its order: all that scene and drug validation needs, kept in the core.
// The works behind them (titles, addresses) are in sources.data.ts, loaded only when a reader opens a step's
// sources; a unit test (tests/unit/sources-doc.test.ts) keeps the two lists equal.

/** Every source id, in the reference's order. */
export const SOURCE_IDS: readonly string[] = [
  "S1", "S2", "S3", "S4", "S5", "S6", "S8", "S9", "S10", "S10b", "S11", "S12", "S13", "S14", "S15", "S15a",
  "S16", "S17", "S18", "S19", "S20", "S21", "S21b", "S22", "S23", "S24", "S25", "S26", "S27", "S28", "S29",
  "S30", "S31", "S32", "S33", "S34", "S35", "S36", "S37", "S38", "S39", "S40", "S40b", "S41", "S42", "S43",
  "S44", "S45", "S46", "S47", "S48", "S49", "S50", "S51", "S52", "S53", "S54", "S55", "S56", "S57", "S58",
  "S59", "S60", "S61", "S62", "S63", "S64", "S65", "S66", "S67", "S68", "S69", "S70", "S71", "S72", "S73",
  "S74", "S75", "S76", "S77", "S78", "S79", "S80", "S81", "S82", "S83",
];
