// The five statuses a checklist item can have, and the lenient reading of what people type.
import { textKey } from "../sheet/text-key";

export const STATUSES = ["Not started", "In progress", "Blocked", "Done", "N/A"] as const;
export type Status = (typeof STATUSES)[number];

const BY_KEY = new Map<string, Status>(STATUSES.map((s) => [textKey(s), s]));

/** Reads a typed status case- and space-insensitively ("  done " → "Done"); null when it is not one. */
export function parseStatus(v: unknown): Status | null {
  return typeof v === "string" ? (BY_KEY.get(textKey(v)) ?? null) : null;
}

/** Whether an item with this status (null = unreadable) is still open. */
export function isOpenStatus(status: Status | null): boolean {
  return status !== "Done" && status !== "N/A";
}
