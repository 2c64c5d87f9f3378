// The plain-words message for a form's person field that is not exactly one person, naming that field
// (the checklist's Owner rule words its own findings; the problems are the same, from ownerProblem).
import { ownerProblem } from "./owner";

/** Why `value` typed in the person field `field` ("handoff owner") is not one person; null when it is fine. */
export function ownerProblemMessage(value: string, field: string): string | null {
  const problem = ownerProblem(value);
  const typed = value.trim();
  const label = field.charAt(0).toUpperCase() + field.slice(1);
  if (problem === "missing")
    return typed
      ? `${label} “${typed}” is not a person: enter the ${field}'s name.`
      : `Enter the ${field}: one person.`;
  if (problem === "multiple")
    return `${label} “${typed}” names more than one person: enter one person as ${field}.`;
  if (problem === "team") return `${label} “${typed}” is a team, not a person: enter one person from it.`;
  return null;
}
