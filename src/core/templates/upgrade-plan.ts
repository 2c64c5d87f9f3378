// Upgrading a handoff's checklist to the templates' newer versions, as plain data: every row of the
// table in its new order, matched to template items by item ID (found through the stamped version's
// text), keeping every typed cell of a matched item (status, owner, due, evidence, approver, notes and
// any column a person added). New items come in their template place; removed items stay, marked N/A
// "removed in vN" or, when someone worked on them and the person chose so, kept as they are; rows a
// person added stay where they were.
import type { ChecklistColumn } from "../checklist/columns";
import { ITEM_KIND_LABELS } from "../checklist/item-kinds";
import { cellText } from "../sheet/cell-text";
import { literalText } from "../sheet/literal-text";
import { textKey } from "../sheet/text-key";
import type { TemplateItem } from "./catalogue";

/** What becomes of removed items: all marked N/A, or those someone worked on kept as they are. */
export type RemovedChoice = "mark-na" | "keep-worked";

export interface UpgradeInput {
  /** The table's rows below its header, full width, as read. */
  readonly rows: readonly (readonly unknown[])[];
  readonly columns: Partial<Record<ChecklistColumn, number>>;
  /** Items of the versions the tab was built from, in order (checklist then review). */
  readonly oldItems: readonly TemplateItem[];
  /** Items of the versions to upgrade to, in order. */
  readonly newItems: readonly TemplateItem[];
  /** "v3": how the N/A reason names the version that removed an item. */
  readonly toVersion: string;
  readonly removed: RemovedChoice;
}

export interface UpgradePlan {
  /** The table's new rows below its header, full width. */
  readonly rows: unknown[][];
  readonly added: readonly TemplateItem[];
  readonly reworded: readonly TemplateItem[];
  readonly removed: readonly TemplateItem[];
  /** Indexes in `rows` of the removed items' rows (shown struck through). */
  readonly removedRows: readonly number[];
  /** Removed items someone worked on, kept as they are (the "keep-worked" choice). */
  readonly keptWorked: readonly TemplateItem[];
}

const TYPED: readonly ChecklistColumn[] = ["Owner", "Due", "Evidence", "Approved by", "Notes"];

function worked(row: readonly unknown[], at: (c: ChecklistColumn) => number | undefined): boolean {
  const status = cellText(row[at("Status") ?? -1]);
  return (
    (status !== "" && textKey(status) !== "not started") ||
    TYPED.some((c) => cellText(row[at(c) ?? -1]) !== "")
  );
}

/** Plans the upgrade of one tab's table. */
export function planUpgrade(input: UpgradeInput): UpgradePlan {
  const { columns, rows } = input;
  const at = (c: ChecklistColumn) => columns[c];
  const width = Math.max(0, ...rows.map((r) => r.length), ...Object.values(columns).map((c) => (c ?? 0) + 1));
  const set = (line: unknown[], c: ChecklistColumn, value: unknown) => {
    const i = at(c);
    if (i !== undefined) line[i] = value;
  };
  // Each tab row's item ID: the first unmatched item of the old versions with its text.
  const unmatched = new Map<string, TemplateItem[]>();
  for (const item of input.oldItems) {
    const key = textKey(item.text);
    unmatched.set(key, [...(unmatched.get(key) ?? []), item]);
  }
  const idOfRow = rows.map((row) => {
    const list = unmatched.get(textKey(cellText(row[at("Item") ?? -1])));
    return list?.shift()?.id ?? null;
  });
  const rowOfId = new Map<string, number>();
  idOfRow.forEach((id, i) => {
    if (id !== null) rowOfId.set(id, i);
  });
  const newIds = new Set(input.newItems.map((i) => i.id));
  const out: { origin: number | null; line: unknown[]; removed?: boolean }[] = [];
  const added: TemplateItem[] = [];
  const reworded: TemplateItem[] = [];
  for (const item of input.newItems) {
    const origin = rowOfId.get(item.id) ?? null;
    const line: unknown[] = origin === null ? Array(width).fill("") : [...(rows[origin] ?? [])];
    while (line.length < width) line.push("");
    if (origin === null) {
      added.push(item);
      set(line, "Status", "Not started");
    } else if (textKey(cellText(line[at("Item") ?? -1])) !== textKey(item.text)) reworded.push(item);
    set(line, "Section", literalText(item.section));
    set(line, "Item", literalText(item.text));
    set(line, "Kind", ITEM_KIND_LABELS[item.kind]);
    set(line, "Required", item.required);
    out.push({ origin, line });
  }
  const removed: TemplateItem[] = [];
  const keptWorked: TemplateItem[] = [];
  const oldById = new Map(input.oldItems.map((i) => [i.id, i]));
  rows.forEach((row, i) => {
    const id = idOfRow[i];
    if (id !== null && id !== undefined && newIds.has(id)) return;
    const line = [...row];
    while (line.length < width) line.push("");
    const item = id ? oldById.get(id) : undefined;
    if (item) {
      removed.push(item);
      // No longer required by the template: an N/A here needs a reason, not an approver.
      set(line, "Required", false);
      const reason = `removed in ${input.toVersion}`;
      const notes = cellText(line[at("Notes") ?? -1]);
      if (!notes.includes(reason)) set(line, "Notes", literalText(notes ? `${notes} · ${reason}` : reason));
      if (input.removed === "keep-worked" && worked(row, at)) keptWorked.push(item);
      else set(line, "Status", "N/A");
    }
    // Leftover rows (removed items, rows a person added) stay after the row they followed.
    let place = 0;
    let nearest = -1;
    out.forEach((o, j) => {
      if (o.origin !== null && o.origin < i && o.origin > nearest) {
        nearest = o.origin;
        place = j + 1;
      }
    });
    out.splice(place, 0, { origin: i, line, removed: item !== undefined });
  });
  const removedRows = out.flatMap((o, i) => (o.removed ? [i] : []));
  return { rows: out.map((o) => o.line), removedRows, added, reworded, removed, keptWorked };
}

/** "2 items added, 1 reworded, 1 removed", as the sidebar and the log say it. */
export function upgradeSummary(plan: Pick<UpgradePlan, "added" | "reworded" | "removed">): string {
  const counts: [number, string][] = [
    [plan.added.length, "added"],
    [plan.reworded.length, "reworded"],
    [plan.removed.length, "removed"],
  ];
  // The first count names "items"; the others read on from it.
  const parts = counts
    .filter(([n]) => n > 0)
    .map(([n, what], i) => (i === 0 ? `${n} ${n === 1 ? "item" : "items"} ${what}` : `${n} ${what}`));
  return parts.length ? parts.join(", ") : "no item added, reworded or removed";
}
