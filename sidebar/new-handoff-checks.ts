// Live checks of the new-handoff form with the server's own schema (one person per owner field, a real
// kickoff date) and its exceptions rule.
import { issueFindings } from "../src/core/api/issue-findings";
import { exceptionsProblem, type NewHandoffRequest, newHandoffRequest } from "../src/core/api/requests";
import { type Finding, fieldFinding } from "../src/core/gate/findings";

export type NewHandoffField = keyof NewHandoffRequest;

/** One message for one field of the new-handoff form. */
export type NewHandoffMessage = Finding<NewHandoffField>;

const FIELDS: readonly NewHandoffField[] = [
  "client",
  "scenarioId",
  "handoffOwner",
  "receivingOwner",
  "targetKickoff",
  "hasExceptions",
  "exceptions",
];

/** Every problem with the form as typed (all block starting the handoff). */
export function checkNewHandoff(
  draft: Omit<NewHandoffRequest, "scenarioId"> & { scenarioId: string },
  kickoffIncomplete = false,
): NewHandoffMessage[] {
  const out: NewHandoffMessage[] = [];
  const parsed = newHandoffRequest.safeParse(draft);
  if (!parsed.success) {
    const fields = kickoffIncomplete ? FIELDS.filter((f) => f !== "targetKickoff") : FIELDS;
    out.push(...issueFindings(parsed.error, fields));
  }
  if (kickoffIncomplete) out.push(fieldFinding("targetKickoff", "incomplete-date", "Target kickoff"));
  const exceptions = exceptionsProblem(draft);
  if (exceptions) out.push(fieldFinding("exceptions", "invalid-input", exceptions));
  return out;
}
