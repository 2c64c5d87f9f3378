// Whether an Exceptions cell records any: kept apart from the high-risk item rule, which needs the
// scenario catalogue, so the sidebar can use it without carrying the catalogue's text.
import { textKey } from "../sheet/text-key";

const NO_EXCEPTIONS = new Set([
  "",
  "none",
  "no",
  "n/a",
  "na",
  "nil",
  "-",
  "–",
  "—",
  "false",
  "0",
  "no exceptions",
]);

/** Whether an Exceptions cell records any ("", "none", "n/a", "no" and the like mean none). */
export function recordsExceptions(exceptions: string | undefined): boolean {
  return !NO_EXCEPTIONS.has(textKey(exceptions ?? "").replace(/[.!]$/, ""));
}
