// Rules for the decision block: Go against a NOT YET gate is an override that needs a reason and an
// approver; the receiving team's acknowledgement needs a name and a date.
import { ownerProblem } from "../checklist/owner";
import { parseDateCell } from "../sheet/date-cell";
import { textKey } from "../sheet/text-key";
import { type Finding, fieldFinding } from "./findings";

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

/** One problem with the decision block, on the field to fix. */
export type DecisionFinding = Finding<DecisionField>;

/** The decision as typed, normalised to Go / Not yet / "" (or null when it is something else). */
export function parseDecision(value: unknown): Decision | "" | null {
  const v = textKey(String(value ?? "").replace(/-/g, " "));
  if (v === "") return "";
  if (v === "go") return "Go";
  if (v === "not yet" || v === "no go") return "Not yet";
  return null;
}

/** True when the decision is Go while the gate says NOT YET. */
export function isOverride(input: DecisionInput, gateVerdict: "GO" | "NOT YET"): boolean {
  return parseDecision(input.decision) === "Go" && gateVerdict === "NOT YET";
}

/** Whether two person cells name the same person (case, spacing and an email's display name aside). */
export function samePerson(a: string, b: string): boolean {
  const key = (v: string) => textKey(v).replace(/^.*<([^>]+)>$/, "$1");
  return key(a) !== "" && key(a) === key(b);
}

/** Every problem with the decision block given the gate's verdict and the handoff owner (an override approver must be someone else). */
export function decisionFindings(
  input: DecisionInput,
  gateVerdict: "GO" | "NOT YET",
  handoffOwner = "",
  reopened = false,
): DecisionFinding[] {
  const findings: DecisionFinding[] = [];
  const approver = input.overrideApprovedBy.trim();
  if (approver) {
    const problem = ownerProblem(approver);
    if (problem)
      findings.push(
        fieldFinding("overrideApprovedBy", "override-approver-not-one-person", approver, problem),
      );
    else if (samePerson(approver, handoffOwner))
      findings.push(fieldFinding("overrideApprovedBy", "override-approver-is-owner", approver));
  }
  const acknowledger = input.acknowledgedBy.trim();
  const ackProblem = acknowledger ? ownerProblem(acknowledger) : null;
  if (ackProblem)
    findings.push(fieldFinding("acknowledgedBy", "acknowledger-not-one-person", acknowledger, ackProblem));
  const decision = parseDecision(input.decision);
  if (decision === null) {
    findings.push(fieldFinding("decision", "bad-decision", String(input.decision).trim()));
  }
  const unconfirmed = reopened && !input.overrideReason.trim() && !input.overrideApprovedBy.trim();
  if (isOverride(input, gateVerdict) && unconfirmed) {
    findings.push(fieldFinding("decision", "reopened-after-go"));
  } else if (isOverride(input, gateVerdict)) {
    if (!input.overrideReason.trim()) findings.push(fieldFinding("overrideReason", "override-needs-reason"));
    if (!input.overrideApprovedBy.trim()) {
      findings.push(fieldFinding("overrideApprovedBy", "override-needs-approver"));
    }
  }
  const on = parseDateCell(input.acknowledgedOn);
  if (on === "invalid") findings.push(fieldFinding("acknowledgedOn", "bad-acknowledged-on"));
  if (input.acknowledgedBy.trim() && on === null) {
    findings.push(fieldFinding("acknowledgedOn", "acknowledgement-needs-date"));
  }
  if (!input.acknowledgedBy.trim() && on !== null && on !== "invalid") {
    findings.push(fieldFinding("acknowledgedBy", "acknowledgement-needs-name"));
  }
  if (decision === "Go" && !input.acknowledgedBy.trim()) {
    findings.push(fieldFinding("acknowledgedBy", "go-without-acknowledgement"));
  }
  return findings;
}

const EMAIL_IN = /[^\s<>(),;]+@[^\s<>(),;]+\.[a-z]{2,}/i;

/**
 * Whether the signed-in person may record the acknowledgement: when the Receiving owner cell holds an
 * email address, only that person (as Session names them; a withheld email cannot prove it); when it
 * holds a name, anyone signed in, whose email the log and the tab record beside it.
 */
export function acknowledgerFinding(receivingOwner: string, signedInEmail: string): DecisionFinding | null {
  const owner = EMAIL_IN.exec(receivingOwner)?.[0];
  if (!owner || owner.toLowerCase() === signedInEmail.trim().toLowerCase()) return null;
  return fieldFinding("acknowledgedBy", "acknowledger-not-receiving-owner", signedInEmail.trim(), owner);
}
