// The plain-words message for a person field that is not exactly one person, worded as the
// checklist's Owner rule words it (one implementation: the finding's own message).

import { OWNER_FINDING_CODES, ownerProblem } from "../checklist/owner";
import { makeFinding } from "./findings";

/** Why `owner` is not one person, naming the fix; null when it is fine. */
export function ownerProblemMessage(owner: string): string | null {
  const problem = ownerProblem(owner);
  return problem ? makeFinding(OWNER_FINDING_CODES[problem], null, owner.trim()).message : null;
}
