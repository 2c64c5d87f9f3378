// The plain-words message for a person field that is not exactly one person, worded as the
// checklist's Owner rule words it (one implementation: the finding's own message).
import { makeFinding } from "./findings";
import { ownerProblem } from "./owner";

const CODES = { missing: "missing-owner", multiple: "multiple-owners", team: "team-owner" } as const;

/** Why `owner` is not one person, naming the fix; null when it is fine. */
export function ownerProblemMessage(owner: string): string | null {
  const problem = ownerProblem(owner);
  return problem ? makeFinding(CODES[problem], null, owner.trim()).message : null;
}
