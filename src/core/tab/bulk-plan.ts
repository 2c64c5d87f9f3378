// Actions on several checklist items at once, each planned as plain data the server writes in one go:
// give an owner and a due date to the items of a section that have none, mark several items Done
// (each through the row rules, so an item that cannot be Done yet says why), and fill empty due dates
// from the target kickoff. What a person typed is never written over: only empty Owner and Due cells
// are filled.
import type { ChecklistRow } from "../checklist/checklist-row";
import type { ChecklistColumn } from "../checklist/columns";
import { defaultDue } from "../checklist/due-offsets";
import { isOpenStatus } from "../checklist/statuses";
import { validateRow } from "../gate/row-rules";
import { type CalendarDate, formatCalendarDate } from "../sheet/calendar-date";
import type { CellGroup } from "../sheet/cell-block";
import { literalText } from "../sheet/literal-text";
import { textKey } from "../sheet/text-key";

/** An item a bulk action left as it was, and why. */
export interface SkippedItem {
  readonly row: number;
  readonly text: string;
  readonly reason: string;
}

/** What a bulk action writes (one call per group) and what it tells the person. */
export interface BulkPlan {
  readonly groups: CellGroup[];
  /** How many items get at least one new value. */
  readonly changed: number;
  readonly skipped: SkippedItem[];
  readonly message: string;
}

/** Where the table is: its header's sheet row and each column's 0-based place in it. */
export interface TablePlace {
  readonly tableHeaderRow: number;
  readonly columns: Partial<Record<ChecklistColumn, number>>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function columnOf(place: TablePlace, column: ChecklistColumn): number {
  const at = place.columns[column];
  if (at === undefined) {
    throw new Error(
      `The checklist has no "${column}" column: put its header back in row ${place.tableHeaderRow}, then try again.`,
    );
  }
  return at + 1;
}

const sheetRow = (place: TablePlace, row: ChecklistRow) => place.tableHeaderRow + row.index;

/** The rows of one section (matched ignoring case and spaces), or all rows for "". */
function rowsOfSection(rows: readonly ChecklistRow[], section: string): ChecklistRow[] {
  if (!section.trim()) return [...rows];
  const key = textKey(section);
  const found = rows.filter((r) => textKey(r.section) === key);
  if (found.length === 0) {
    throw new Error(
      `Section: this checklist has no section “${section.trim()}”. Pick one of its sections, or “Whole checklist”.`,
    );
  }
  return found;
}

/** Groups cells by the value they get (a date by its day), one group per distinct value. */
function groupCells(cells: readonly { row: number; column: number; value: unknown }[]): CellGroup[] {
  const byKey = new Map<string, { cells: { row: number; column: number }[]; value: unknown }>();
  for (const { row, column, value } of cells) {
    const key = JSON.stringify(value);
    const group = byKey.get(key) ?? { cells: [], value };
    group.cells.push({ row, column });
    byKey.set(key, group);
  }
  return [...byKey.values()];
}

/** Why an assignment request cannot run, naming the field; null when it can. */
export function assignProblem(request: { owner: string; due: string }): string | null {
  return request.owner.trim() || request.due.trim()
    ? null
    : "Owner and Due are both empty: enter the owner, the due date, or both, to give to the items without one.";
}

/**
 * Gives `owner` to every item of `section` ("" = the whole checklist) whose Owner is empty, and `due`
 * to every open item of it whose Due is empty. Items that already have them keep them.
 */
export function planAssign(
  rows: readonly ChecklistRow[],
  place: TablePlace,
  request: { section: string; owner: string; due: CalendarDate | null },
): BulkPlan {
  const owner = request.owner.trim();
  const targets = rowsOfSection(rows, request.section);
  const ownerColumn = owner ? columnOf(place, "Owner") : 0;
  const dueColumn = request.due ? columnOf(place, "Due") : 0;
  const ownerCells = owner
    ? targets.filter((r) => r.owner === "").map((r) => ({ row: sheetRow(place, r), column: ownerColumn }))
    : [];
  const dueCells = request.due
    ? targets
        .filter((r) => isOpenStatus(r.status) && r.due === null)
        .map((r) => ({ row: sheetRow(place, r), column: dueColumn }))
    : [];
  const groups: CellGroup[] = [];
  if (ownerCells.length) groups.push({ cells: ownerCells, value: literalText(owner) });
  if (request.due && dueCells.length) groups.push({ cells: dueCells, value: request.due });
  const changed = new Set([...ownerCells, ...dueCells].map((c) => c.row)).size;
  const where = request.section.trim() ? ` in ${targets[0]?.section ?? request.section.trim()}` : "";
  const parts = [
    owner ? `${owner} now owns ${plural(ownerCells.length, "item")} that had no owner` : "",
    request.due
      ? `${plural(dueCells.length, "open item")} without a due date now due ${formatCalendarDate(request.due)}`
      : "",
  ].filter(Boolean);
  const kept = owner ? targets.filter((r) => r.owner !== "").length : 0;
  const keptNote = kept ? ` ${plural(kept, "item")} kept the Owner already typed.` : "";
  return {
    groups,
    changed,
    skipped: [],
    message: changed
      ? `${parts.join("; ")}${where}.${keptNote}`
      : `Nothing to fill${where}: every item already has what you entered.`,
  };
}

/**
 * Marks the given items Done. Each is checked as it would be once Done (the same row rules as Save):
 * one that cannot be Done yet keeps its status and says why; an item that moved or changed since the
 * sidebar read it is left for a refresh.
 */
export function planMarkDone(
  rows: readonly ChecklistRow[],
  place: TablePlace,
  items: readonly { readonly row: number; readonly itemText: string }[],
  today: CalendarDate,
): BulkPlan {
  const statusColumn = columnOf(place, "Status");
  const cells: { row: number; column: number; value: unknown }[] = [];
  const skipped: SkippedItem[] = [];
  for (const wanted of items) {
    const row = rows.find((r) => sheetRow(place, r) === wanted.row);
    if (!row || row.item !== wanted.itemText.trim()) {
      skipped.push({
        row: wanted.row,
        text: wanted.itemText,
        reason: "it moved or changed since the sidebar loaded it: press ↻ Refresh and try again",
      });
      continue;
    }
    if (row.status === "Done") continue;
    const problem = validateRow({ ...row, status: "Done", statusText: "Done" }, today).find(
      (f) => f.severity === "error",
    );
    if (problem) {
      skipped.push({ row: wanted.row, text: row.item, reason: problem.message });
      continue;
    }
    cells.push({ row: wanted.row, column: statusColumn, value: "Done" });
  }
  const done = `${plural(cells.length, "item")} marked Done.`;
  const notYet = skipped.length ? ` ${plural(skipped.length, "item")} not yet: see why below.` : "";
  return { groups: groupCells(cells), changed: cells.length, skipped, message: `${done}${notYet}` };
}

/**
 * Fills the empty Due of every open item from the target kickoff, by each item's days before kickoff
 * (`daysFor`: the template's offset, null for the default by kind, checklist/due-offsets.ts). Throws
 * with the fix when the handoff has no readable target kickoff.
 */
export function planDueFromKickoff(
  rows: readonly ChecklistRow[],
  place: TablePlace,
  kickoff: CalendarDate | null | "invalid",
  today: CalendarDate,
  daysFor: (row: ChecklistRow) => number | null = () => null,
): BulkPlan {
  if (kickoff === null || kickoff === "invalid") {
    throw new Error(
      "Target kickoff: this handoff has no target kickoff date. Put the date in Target kickoff at the top of its tab, then try again.",
    );
  }
  const dueColumn = columnOf(place, "Due");
  const cells = rows
    .filter((r) => isOpenStatus(r.status) && r.due === null)
    .map((r) => ({
      row: sheetRow(place, r),
      column: dueColumn,
      value: defaultDue(r, kickoff, today, daysFor(r)),
    }));
  const kept = rows.filter((r) => isOpenStatus(r.status) && r.due !== null).length;
  const keptNote = kept ? ` ${plural(kept, "item")} kept the Due already typed.` : "";
  return {
    groups: groupCells(cells),
    changed: cells.length,
    skipped: [],
    message: cells.length
      ? `Due dates set for ${plural(cells.length, "open item")} from the target kickoff ${formatCalendarDate(kickoff)}.${keptNote}`
      : `Nothing to fill: every open item already has a due date.`,
  };
}
