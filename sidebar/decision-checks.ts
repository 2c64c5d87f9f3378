// Live checks of the decision block as typed: the request schema and the shared decision rules (an override
// needs a reason and an approver; an acknowledgement needs a name and a date).
import { type DecisionRequest, decisionRequest } from "../src/core/api/requests";
import { type DecisionField, decisionFindings, isOverride } from "../src/core/gate/decision-rules";

export type DecisionDraft = Omit<DecisionRequest, "handoffId">;

/** One message for one decision field. */
export interface DecisionMessage {
  field: DecisionField;
  severity: "error" | "warning";
  message: string;
}

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
): DecisionMessage[] {
  const out: DecisionMessage[] = [];
  if (acknowledgedOnIncomplete) {
    out.push({
      field: "acknowledgedOn",
      severity: "error",
      message: "Acknowledged on is not a complete date: finish the day, month and year, or clear it.",
    });
  }
  const parsed = decisionRequest.safeParse({ handoffId, ...draft });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELDS.find((f) => f === issue.path[0]);
      if (field) out.push({ field, severity: "error", message: issue.message });
    }
  }
  for (const f of decisionFindings(draft, verdict)) {
    if (acknowledgedOnIncomplete && f.field === "acknowledgedOn") continue;
    out.push({ field: f.field, severity: f.severity, message: f.message });
  }
  return out;
}
