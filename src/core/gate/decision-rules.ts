// Rules for the decision block: Go against a NOT YET gate is an override that needs a reason and an
// approver; the receiving team's acknowledgement needs a name and a date.
import { parseDateCell } from "../sheet/date-cell";

/** The two decisions a handoff can record. */
export const DECISIONS = ["Go", "Not yet"] as const;
export type Decision = (typeof DECISIONS)[number];

/** What the decision block holds, as read from the tab or sent by the sidebar. */
export interface DecisionInput {
  readonly decision: string;
  readonly overrideReason: string;
  readonly overrideApprovedBy: string;
  readonly acknowledgedBy: string;
  readonly acknowledgedOn: unknown;
}

export type DecisionField =
  | "decision"
  | "overrideReason"
  | "overrideApprovedBy"
  | "acknowledgedBy"
  | "acknowledgedOn";

/** One problem with the decision block, naming the fix. */
export interface DecisionFinding {
  readonly field: DecisionField;
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly message: string;
}

/** The decision as typed, normalised to Go / Not yet / "" (or null when it is something else). */
export function parseDecision(value: unknown): Decision | "" | null {
  const v = String(value ?? "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, " ");
  if (v === "") return "";
  if (v === "go") return "Go";
  if (v === "not yet" || v === "no go") return "Not yet";
  return null;
}

/** True when the decision is Go while the gate says NOT YET. */
export function isOverride(input: DecisionInput, gateVerdict: "GO" | "NOT YET"): boolean {
  return parseDecision(input.decision) === "Go" && gateVerdict === "NOT YET";
}

/** Every problem with the decision block given the gate's verdict. */
export function decisionFindings(input: DecisionInput, gateVerdict: "GO" | "NOT YET"): DecisionFinding[] {
  const findings: DecisionFinding[] = [];
  const decision = parseDecision(input.decision);
  if (decision === null) {
    findings.push({
      field: "decision",
      severity: "error",
      code: "bad-decision",
      message: `"${String(input.decision).trim()}" is not a decision: choose Go or Not yet.`,
    });
  }
  if (isOverride(input, gateVerdict)) {
    if (!input.overrideReason.trim()) {
      findings.push({
        field: "overrideReason",
        severity: "error",
        code: "override-needs-reason",
        message: "Go while the gate says NOT YET is an override: write the reason in Override reason.",
      });
    }
    if (!input.overrideApprovedBy.trim()) {
      findings.push({
        field: "overrideApprovedBy",
        severity: "error",
        code: "override-needs-approver",
        message:
          "Go while the gate says NOT YET is an override: name who approved it in Override approved by.",
      });
    }
  }
  const on = parseDateCell(input.acknowledgedOn);
  if (on === "invalid") {
    findings.push({
      field: "acknowledgedOn",
      severity: "error",
      code: "bad-acknowledged-on",
      message: "Acknowledged on is not a date: enter the date the receiving team confirmed, e.g. 2026-12-01.",
    });
  }
  if (input.acknowledgedBy.trim() && on === null) {
    findings.push({
      field: "acknowledgedOn",
      severity: "warning",
      code: "acknowledgement-needs-date",
      message: "Add the date of the receiving team's acknowledgement in Acknowledged on.",
    });
  }
  if (!input.acknowledgedBy.trim() && on !== null && on !== "invalid") {
    findings.push({
      field: "acknowledgedBy",
      severity: "warning",
      code: "acknowledgement-needs-name",
      message: "Name who acknowledged for the receiving team in Acknowledged by.",
    });
  }
  if (decision === "Go" && !input.acknowledgedBy.trim()) {
    findings.push({
      field: "acknowledgedBy",
      severity: "warning",
      code: "go-without-acknowledgement",
      message:
        "Go is recorded but the receiving team has not acknowledged: ask them to confirm they can start.",
    });
  }
  return findings;
}
