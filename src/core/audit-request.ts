// The checks on an audit request, shared by the sidebar form (as the person types) and the server.
import { parseQuarter } from "./audit/quarter";
import { parseSampleSizeOverride } from "./audit/sample-size";

export type AuditField = "quarter" | "seed" | "size";

/** Each field of an audit request that needs fixing, with the fix in plain words. */
export function auditRequestProblems(request: {
  readonly quarter: string;
  readonly seed: string;
  readonly size: string;
}): { field: AuditField; message: string }[] {
  const problems: { field: AuditField; message: string }[] = [];
  const quarter = request.quarter.trim();
  if (quarter && !parseQuarter(quarter)) {
    problems.push({ field: "quarter", message: `"${quarter}" is not a quarter: write it like 2026-Q3.` });
  }
  if (parseSampleSizeOverride(request.size) === "invalid") {
    problems.push({
      field: "size",
      message: `"${request.size.trim()}" is not a sample size: enter a whole number from 1, or leave it blank.`,
    });
  }
  const seed = request.seed.trim();
  if (seed.length > 40) {
    problems.push({ field: "seed", message: "Keep the seed under 40 characters, e.g. 7F3A-91C2." });
  } else if (!/^[\w .-]*$/.test(seed)) {
    problems.push({
      field: "seed",
      message: "Use letters, digits, dashes and dots in the seed, e.g. 7F3A-91C2.",
    });
  }
  return problems;
}
