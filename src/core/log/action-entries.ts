// What each action through the add-on puts in the log: plain data built from what the tab held before
// and what the person asked for, so the server only writes it.
import type { DecisionRequest, ItemFields } from "../api/requests";
import type { DecisionView, ItemView } from "../api/views";
import { changeText, type LogEntry } from "./log-entry";

const ITEM_FIELDS: readonly [keyof ItemFields, string][] = [
  ["status", "Status"],
  ["owner", "Owner"],
  ["due", "Due"],
  ["evidence", "Evidence"],
  ["approvedBy", "Approved by"],
  ["notes", "Notes"],
];

/** The log entry of a sidebar save: row, item and each field that changed (old → new); null when nothing did. */
export function saveEntry(handoff: string, before: ItemView, after: ItemView): LogEntry | null {
  const changes = ITEM_FIELDS.filter(([key]) => before[key].trim() !== after[key].trim()).map(
    ([key, label]) => changeText(label, before[key], after[key]),
  );
  if (!changes.length) return null;
  return { handoff, action: "save", details: `Row ${after.row} "${after.text}": ${changes.join("; ")}` };
}

/** The log entry of a new handoff. */
export function newHandoffEntry(
  handoff: string,
  header: {
    client: string;
    scenario: string;
    handoffOwner: string;
    receivingOwner: string;
    templateRef: string;
  },
): LogEntry {
  return {
    handoff,
    action: "new handoff",
    details: `${header.client}, ${header.scenario} (${header.templateRef}); handoff owner ${header.handoffOwner}, receiving owner ${header.receivingOwner}`,
  };
}

/**
 * The entries of a recorded decision: the decision (an override when Go meets a NOT YET gate) when it or
 * its override changed, and the acknowledgement when it changed. `gate` is the gate's detail at the time.
 */
export function decisionEntries(
  handoff: string,
  before: DecisionView,
  request: Omit<DecisionRequest, "handoffId">,
  gate: { verdict: "GO" | "NOT YET"; detail: string },
): LogEntry[] {
  const entries: LogEntry[] = [];
  const override = request.decision === "Go" && gate.verdict === "NOT YET";
  // A reopened Go saved again is a new decision (confirmed or withdrawn), even with the same fields.
  const decisionChanged =
    before.reopened ||
    before.decision !== request.decision ||
    before.overrideReason.trim() !== request.overrideReason.trim() ||
    before.overrideApprovedBy.trim() !== request.overrideApprovedBy.trim();
  if (decisionChanged) {
    if (override)
      entries.push({
        handoff,
        action: "override",
        details: `Go while the gate said ${gate.detail}; reason "${request.overrideReason.trim()}"; approved by ${request.overrideApprovedBy.trim()}`,
      });
    else
      entries.push({
        handoff,
        action: "decision",
        details: `${request.decision || "(cleared)"} (gate ${gate.detail})${before.decision ? `; was ${before.decision}` : ""}`,
      });
  }
  if (
    before.acknowledgedBy.trim() !== request.acknowledgedBy.trim() ||
    before.acknowledgedOn !== request.acknowledgedOn
  ) {
    entries.push({
      handoff,
      action: "acknowledgement",
      details: `${changeText("Acknowledged by", before.acknowledgedBy, request.acknowledgedBy)}; ${changeText("Acknowledged on", before.acknowledgedOn, request.acknowledgedOn)}`,
    });
  }
  return entries;
}

/** The log entry of a handoff reopened by a save: the note the decision block now shows. */
export function reopenEntry(handoff: string, note: string): LogEntry {
  return { handoff, action: "reopen", details: note };
}

/** The log entry of the repairs Validate or Refresh made, one line; null when none. */
export function repairEntry(handoff: string, repairs: readonly string[]): LogEntry | null {
  return repairs.length ? { handoff, action: "repair", details: repairs.join("; ") } : null;
}
