/** The "Method" line of the audit tab header: how the sample was drawn, in enough detail to redo it. */
export const SAMPLING_METHOD_TEXT =
  "Stratified random sample. Strata: one per scenario, plus custom/high-risk handoffs and owner transfers, " +
  "each guaranteed at least one pick. The first five uses of every template version are always included. " +
  "Remaining picks are shared in proportion to stratum size (largest remainder). Within a stratum, IDs are " +
  "sorted and shuffled (Fisher–Yates) by an sfc32 generator seeded with FNV-1a of the seed and stratum name, " +
  "so the same population and seed always give the same sample.";
