/** Documented inputs, read from the register and the handoff's checklist tab. */
export const AUDIT_INPUT_COLUMNS = [
  "ID",
  "Client",
  "Scenario",
  "Handoff owner",
  "Target kickoff",
  "Items open at go",
  "Overrides",
  "Exceptions",
] as const;

/** Why the handoff is in the sample: its stratum and the pick reason. */
export const AUDIT_SELECTION_COLUMNS = ["Stratum", "Why sampled"] as const;

/** Actual delivery outcomes, filled in by the process owner. */
export const AUDIT_OUTCOME_COLUMNS = [
  "Actual start",
  "Scope matched",
  "Billing aligned",
  "Escalations",
  "Root cause",
] as const;

/** The result column and its dropdown values. */
export const AUDIT_RESULT_COLUMN = "Result";
export const AUDIT_RESULTS = ["Pass", "Exception"] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

/** Every column of the audit table, left to right. */
export const AUDIT_COLUMNS = [
  ...AUDIT_INPUT_COLUMNS,
  ...AUDIT_SELECTION_COLUMNS,
  ...AUDIT_OUTCOME_COLUMNS,
  AUDIT_RESULT_COLUMN,
] as const;
export type AuditColumn = (typeof AUDIT_COLUMNS)[number];

/** Reads a Result cell: "pass" / " Exception " → the canonical value; blank or anything else → null. */
export function parseAuditResult(v: unknown): AuditResult | null {
  if (typeof v !== "string") return null;
  const t = v.trim().toLowerCase();
  return AUDIT_RESULTS.find((r) => r.toLowerCase() === t) ?? null;
}
