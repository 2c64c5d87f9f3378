// The checks on an audit request, shared by the sidebar form (as the person types) and the server, and
// the menu prompt's text read into a request.
import { type Finding, fieldFinding } from "../gate/findings";
import { lastCompleteQuarter, parseQuarter, type Quarter } from "./quarter";
import { parseSampleSizeOverride } from "./sample-size";

export type AuditField = "quarter" | "seed" | "size";

/** Each field of an audit request that needs fixing, with the fix in plain words. */
export function auditRequestProblems(request: {
  readonly quarter: string;
  readonly seed: string;
  readonly size: string;
}): Finding<AuditField>[] {
  const problems: Finding<AuditField>[] = [];
  const quarter = request.quarter.trim();
  if (quarter && !parseQuarter(quarter)) {
    problems.push(
      fieldFinding("quarter", "invalid-input", `"${quarter}" is not a quarter: write it like 2026-Q3.`),
    );
  }
  if (parseSampleSizeOverride(request.size) === "invalid") {
    problems.push(
      fieldFinding(
        "size",
        "invalid-input",
        `"${request.size.trim()}" is not a sample size: enter a whole number from 1, or leave it blank.`,
      ),
    );
  }
  const seed = request.seed.trim();
  if (seed.length > 40) {
    problems.push(
      fieldFinding("seed", "invalid-input", "Keep the seed under 40 characters, e.g. 7F3A-91C2."),
    );
  } else if (!/^[\w .-]*$/.test(seed)) {
    problems.push(
      fieldFinding(
        "seed",
        "invalid-input",
        "Use letters, digits, dashes and dots in the seed, e.g. 7F3A-91C2.",
      ),
    );
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

/** What an audit request asks for, read: the quarter (blank: the last complete one before `today`), seed and size. */
export interface AuditAsk {
  readonly quarter: Quarter;
  readonly seed: string;
  readonly size: number | null;
}

/** Reads an audit request with the form's own checks; the first problem's message when it has one. */
export function readAuditRequest(
  request: { readonly quarter: string; readonly seed: string; readonly size: string },
  today: { readonly year: number; readonly month: number },
): AuditAsk | { error: string } {
  const problem = auditRequestProblems(request)[0];
  if (problem) return { error: problem.message };
  const size = parseSampleSizeOverride(request.size);
  return {
    quarter: parseQuarter(request.quarter) ?? lastCompleteQuarter(today),
    seed: request.seed.trim(),
    size: size === "invalid" ? null : size,
  };
}
