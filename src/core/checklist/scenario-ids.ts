// The five scenario ids: the tuple request schemas check against, and the type the catalogue uses.
export const SCENARIO_IDS = [
  "standard-new-client",
  "custom-high-risk",
  "ops-to-delivery",
  "expansion-change",
  "owner-transfer",
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];
