// Live checks of the new-handoff form with the server's own schema (one person per owner field, a real
// kickoff date) and its exceptions rule.
import { exceptionsProblem, type NewHandoffRequest, newHandoffRequest } from "../src/core/api/requests";

export type NewHandoffField = keyof NewHandoffRequest;

/** One message for one field of the new-handoff form. */
export interface NewHandoffMessage {
  field: NewHandoffField;
  message: string;
}

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
    for (const issue of parsed.error.issues) {
      const field = FIELDS.find((f) => f === issue.path[0]);
      if (field && !(kickoffIncomplete && field === "targetKickoff"))
        out.push({ field, message: issue.message });
    }
  }
  if (kickoffIncomplete) {
    out.push({
      field: "targetKickoff",
      message: "Target kickoff is not a complete date: finish the day, month and year, or clear it.",
    });
  }
  const exceptions = exceptionsProblem(draft);
  if (exceptions) out.push({ field: "exceptions", message: exceptions });
  return out;
}
