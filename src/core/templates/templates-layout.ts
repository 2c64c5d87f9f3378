// The "Checklist templates" sheet: its name, anchors and the three blocks the process owner edits
// (scenarios, items) or reads (version history), each found by its header row wherever it moved.

/** The sheet's name when the workbook has no sheet of that name yet. */
export const TEMPLATES_SHEET = "Checklist templates";
/** Sheet metadata key marking the templates sheet, whatever people rename it to. */
export const TEMPLATES_METADATA_KEY = "handoffGate.templates";
/** Named range over the sheet's grid: New handoff reads the templates through it in two calls. */
export const TEMPLATES_RANGE_NAME = "HandoffGate_templates";

export const SCENARIO_HEADER = [
  "Scenario ID",
  "Name",
  "When to use it",
  "Role",
  "Active",
  "Builds on",
] as const;
export const ITEM_HEADER = [
  "Scenario ID",
  "Item ID",
  "Section",
  "Item",
  "Kind",
  "Required",
  "Due (days before kickoff)",
] as const;
export const HISTORY_HEADER = [
  "Scenario ID",
  "Version",
  "Date",
  "Changed by",
  "What changed",
  "Fingerprint",
] as const;

export type ScenarioColumn = (typeof SCENARIO_HEADER)[number];
export type ItemColumn = (typeof ITEM_HEADER)[number];
export type HistoryColumn = (typeof HISTORY_HEADER)[number];

/** Block titles: rows starting with one are labels, never data. */
export const BLOCK_TITLES = {
  sheet: "Checklist templates",
  scenarios: "Scenarios",
  items: "Items",
  history: "Version history",
} as const;

/** The Role cell's words for each role, as the dropdown offers them. */
export const ROLE_WORDS = {
  scenario: "scenario",
  "high-risk": "custom/high-risk path",
  review: "double-check review",
} as const;

/** How the sheet explains itself in its first row. */
export const SHEET_HELP =
  "Edit items and scenarios like any sheet: add, remove, reword or reorder rows; leave Item ID blank for a new item (the add-on gives it one). Versions and history follow your edits. Role: one custom/high-risk path (added when a handoff records exceptions) and one double-check review (every handoff ends with it).";
