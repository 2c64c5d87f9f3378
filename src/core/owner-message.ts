// The plain-words message for an owner that is not exactly one person.
import { ownerProblem } from "./owner";

/** Why `owner` is not one person, naming the fix; null when it is fine. */
export function ownerProblemMessage(owner: string): string | null {
  switch (ownerProblem(owner)) {
    case null:
      return null;
    case "missing":
      return "Name one person as the owner.";
    case "multiple":
      return `"${owner.trim()}" names more than one person: keep one owner (others can go in Notes).`;
    case "team":
      return `"${owner.trim()}" is a team, not a person: name the one person who owns it.`;
  }
}
