// Live checks of the decision block as typed: the request schema and the shared decision rules (an override
// needs a reason and an approver; an acknowledgement needs a name and a date).

import { issueFindings } from "../src/core/api/issue-findings";
import { type DecisionRequest, decisionRequest } from "../src/core/api/requests";
import { type DecisionField, decisionFindings, isOverride } from "../src/core/gate/decision-rules";
import { type Finding, fieldFinding } from "../src/core/gate/findings";

export type DecisionDraft = Omit<DecisionRequest, "handoffId">;

/** One message for one decision field. */
export type DecisionMessage = Finding<DecisionField>;

const FIELDS: readonly DecisionField[] = [
  "decision",
  "overrideReason",
  "overrideApprovedBy",
  "acknowledgedBy",
  "acknowledgedOn",
];

/** Whether the draft is Go against a NOT YET gate (the override fields are then required). */
export function isOverrideDraft(draft: DecisionDraft, verdict: "GO" | "NOT YET"): boolean {
  return isOverride(draft, verdict);
}

/** Every message for the decision draft given the gate's verdict; errors block Save. */
export function checkDecisionDraft(
  handoffId: string,
  draft: DecisionDraft,
  verdict: "GO" | "NOT YET",
  acknowledgedOnIncomplete = false,
  handoffOwner = "",
  reopened = false,
): DecisionMessage[] {
  const out: DecisionMessage[] = [];
  if (acknowledgedOnIncomplete)
    out.push(fieldFinding("acknowledgedOn", "incomplete-date", "Acknowledged on"));
  const parsed = decisionRequest.safeParse({ handoffId, ...draft });
  if (!parsed.success) out.push(...issueFindings(parsed.error, FIELDS));
  for (const f of decisionFindings(draft, verdict, handoffOwner, reopened)) {
    if (acknowledgedOnIncomplete && f.field === "acknowledgedOn") continue;
    out.push(f);
  }
  return out;
}
