// The five scenario ids, as a tuple for schemas (the catalog in scenarios.ts uses the same ids).
export const SCENARIO_IDS = [
  "standard-new-client",
  "custom-high-risk",
  "ops-to-delivery",
  "expansion-change",
  "owner-transfer",
] as const;
