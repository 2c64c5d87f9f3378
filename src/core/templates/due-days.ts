// Each item's days before kickoff as the template versions a handoff was built from set them, found by
// the item's text on the tab (the tab has no ID column; a reworded row falls back to the default by kind).
import { textKey } from "../sheet/text-key";
import { parseTemplateRef } from "./template-parts";
import { storedItems } from "./template-store";

/** A lookup from an item's text to its template offset (null: none given, use the default by kind). */
export function dueDaysByItemText(
  props: Readonly<Record<string, string>>,
  templateRef: string,
): (itemText: string) => number | null {
  const days = new Map<string, number | null>();
  for (const { id, version } of parseTemplateRef(templateRef)) {
    for (const item of storedItems(props, id, version) ?? []) days.set(textKey(item.text), item.dueDays);
  }
  return (itemText) => days.get(textKey(itemText)) ?? null;
}
