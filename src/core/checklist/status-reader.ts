// The lenient reading of a status people typed, shared by the table reader, the request schema and the sidebar.
import { textKey } from "../sheet/text-key";
import { STATUSES, type Status } from "./statuses";

const BY_KEY = new Map<string, Status>(STATUSES.map((s) => [textKey(s), s]));

/** Reads a typed status case- and space-insensitively ("  done " → "Done"); null when it is not one. */
export function parseStatus(v: unknown): Status | null {
  return typeof v === "string" ? (BY_KEY.get(textKey(v)) ?? null) : null;
}
