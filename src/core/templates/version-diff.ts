// What changed between two versions of a scenario, matched by item ID, in the words the history block,
// the handoff log and the sidebar's upgrade notice use.
import type { TemplateItem } from "./catalogue";

export interface VersionDiff {
  readonly added: readonly TemplateItem[];
  readonly removed: readonly TemplateItem[];
  readonly reworded: readonly TemplateItem[];
  readonly requiredChanged: readonly TemplateItem[];
  /** Items whose section, kind, due offset or place changed, and nothing above. */
  readonly otherwiseChanged: readonly TemplateItem[];
}

/** Compares two item lists by item ID (the new side's items are returned for matched ones). */
export function diffItems(before: readonly TemplateItem[], after: readonly TemplateItem[]): VersionDiff {
  const old = new Map(before.map((i, at) => [i.id, { item: i, at }]));
  const ids = new Set(after.map((i) => i.id));
  const reworded: TemplateItem[] = [];
  const requiredChanged: TemplateItem[] = [];
  const otherwiseChanged: TemplateItem[] = [];
  const kept = before.filter((i) => ids.has(i.id)).map((i) => i.id);
  const keptAfter = after.filter((i) => old.has(i.id)).map((i) => i.id);
  for (const item of after) {
    const was = old.get(item.id)?.item;
    if (!was) continue;
    const textChanged = was.text.trim() !== item.text.trim();
    if (textChanged) reworded.push(item);
    if (was.required !== item.required) requiredChanged.push(item);
    const moved = kept.indexOf(item.id) !== keptAfter.indexOf(item.id);
    const other =
      was.section.trim() !== item.section.trim() ||
      was.kind !== item.kind ||
      was.dueDays !== item.dueDays ||
      moved;
    if (other && !textChanged && was.required === item.required) otherwiseChanged.push(item);
  }
  return {
    added: after.filter((i) => !old.has(i.id)),
    removed: before.filter((i) => !ids.has(i.id)),
    reworded,
    requiredChanged,
    otherwiseChanged,
  };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 items added, 1 reworded, 1 removed" (only what happened; "no item changed" when nothing did). */
export function diffSummary(d: VersionDiff): string {
  const parts = [
    d.added.length ? `${count(d.added.length, "item", "items")} added` : "",
    d.reworded.length ? `${d.reworded.length} reworded` : "",
    d.removed.length ? `${d.removed.length} removed` : "",
    d.requiredChanged.length ? `${d.requiredChanged.length} required changed` : "",
    d.otherwiseChanged.length ? `${d.otherwiseChanged.length} moved or re-sectioned` : "",
  ].filter((p) => p);
  if (!parts.length) return "no item changed";
  // The first part names "items"; later ones read on from it.
  if (!d.added.length)
    parts[0] = parts[0]?.replace(/^(\d+) /, (_, n) => `${count(Number(n), "item", "items")} `) ?? "";
  return parts.join(", ");
}

/** The history block's "What changed": the summary, then each change by item ID and text. */
export function diffDetails(d: VersionDiff): string {
  const line = (label: string, items: readonly TemplateItem[]) =>
    items.length ? `${label}: ${items.map((i) => `${i.id} "${i.text}"`).join("; ")}` : "";
  return [
    diffSummary(d),
    line("added", d.added),
    line("removed", d.removed),
    line("reworded", d.reworded),
    d.requiredChanged.length
      ? `required changed: ${d.requiredChanged.map((i) => `${i.id} now ${i.required ? "required" : "optional"}`).join("; ")}`
      : "",
  ]
    .filter((s) => s)
    .join(". ");
}
