// Whether a checklist row is one of the custom/high-risk items that recorded exceptions need.

import { textKey } from "../sheet/text-key";
import type { ChecklistRow } from "./checklist-row";
import { scenarioById } from "./scenarios";
import { HIGH_RISK_SECTION } from "./sections";

const HIGH_RISK_SECTION_KEY = textKey(HIGH_RISK_SECTION);
const HIGH_RISK_ITEM_KEYS = new Set(
  (scenarioById("custom-high-risk")?.items ?? []).map((i) => textKey(i.text)),
);

/**
 * Whether a row is a custom/high-risk item. The table has no id column, so a row counts when its
 * Section is the custom/high-risk section or its Item is a custom/high-risk template text: either
 * survives a person editing the other.
 */
export function isHighRiskRow(row: ChecklistRow): boolean {
  return textKey(row.section) === HIGH_RISK_SECTION_KEY || HIGH_RISK_ITEM_KEYS.has(textKey(row.item));
}
