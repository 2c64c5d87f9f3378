// Fixed text of the audit tab: the labels that anchor its blocks and the register column that dates a handoff.

/** Labels in column A that anchor each block of an audit tab (found by label, so inserted rows don't matter). */
export const AUDIT_LABELS = {
  title: "Quarterly handoff audit",
  fingerprint: "Fingerprint of the handoff list",
  seed: "Seed",
  sizeAsked: "Size asked",
  summary: "Summary",
  strata: "Stratum",
  draws: "Draws of this quarter",
  undecided: "Handoffs not decided Go (not sampled)",
  leftOut: "Register rows left out",
  population: "Population list",
} as const;

/** What "Size asked" says when the size rule decided. */
export const SIZE_RULE_TEXT = "Size rule";

/** Which register column decides whether a handoff is "in the quarter" (written on the tab). */
export const POPULATION_DATE_COLUMN = "Created";
