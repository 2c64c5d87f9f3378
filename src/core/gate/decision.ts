// The decision a handoff records (Go / Not yet) and how a typed decision is read.
import { textKey } from "../sheet/text-key";

/** The two decisions a handoff can record. */
export const DECISIONS = ["Go", "Not yet"] as const;
export type Decision = (typeof DECISIONS)[number];

/** The decision as typed, normalised to Go / Not yet / "" (or null when it is something else). */
export function parseDecision(value: unknown): Decision | "" | null {
  const v = textKey(String(value ?? "").replace(/-/g, " "));
  if (v === "") return "";
  if (v === "go") return "Go";
  if (v === "not yet" || v === "no go") return "Not yet";
  return null;
}
