// The checks on an audit request, shared by the sidebar form (as the person types) and the server.
import { parseQuarter } from "./quarter";
import { parseSampleSizeOverride } from "./sample-size";

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

/** The audit a person asked for in the menu's prompt: "2026-Q3 seed=7F3A-91C2 size=10" (all optional). */
export function parseAuditPrompt(
  text: string,
): { quarter: string; seed: string; size: string } | { error: string } {
  let quarter = "";
  let seed = "";
  let size = "";
  const rest: string[] = [];
  for (const token of text.trim().split(/\s+/).filter(Boolean)) {
    const m = /^(seed|size)=(.*)$/i.exec(token);
    if (m?.[1]?.toLowerCase() === "seed") seed = m[2] ?? "";
    else if (m?.[1]?.toLowerCase() === "size") size = m[2] ?? "";
    else rest.push(token);
  }
  quarter = rest.join(" ");
  const problem = auditRequestProblems({ quarter, seed, size })[0];
  return problem ? { error: problem.message } : { quarter, seed, size };
}
