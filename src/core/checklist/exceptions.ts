// Exceptions a handoff records, and whether its checklist carries the custom/high-risk items they need.

import { textKey } from "../sheet/text-key";
import type { ChecklistRow } from "./checklist-row";
import { scenarioById } from "./scenarios";
import { HIGH_RISK_SECTION } from "./sections";

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

const HIGH_RISK_SECTION_KEY = textKey(HIGH_RISK_SECTION);
const HIGH_RISK_ITEM_KEYS = new Set(
  (scenarioById("custom-high-risk")?.items ?? []).map((i) => textKey(i.text)),
);

/** Whether an Exceptions cell records any ("", "none", "n/a", "no" and the like mean none). */
export function recordsExceptions(exceptions: string | undefined): boolean {
  return !NO_EXCEPTIONS.has(textKey(exceptions ?? "").replace(/[.!]$/, ""));
}

/**
 * Whether a row is a custom/high-risk item. The table has no id column, so a row counts when its
 * Section is the custom/high-risk section or its Item is a custom/high-risk template text: either
 * survives a person editing the other.
 */
export function isHighRiskRow(row: ChecklistRow): boolean {
  return textKey(row.section) === HIGH_RISK_SECTION_KEY || HIGH_RISK_ITEM_KEYS.has(textKey(row.item));
}
