// Plans a register refresh from one read of its values and formulas: live formulas restored on the rows
// whose IDs the add-on issued (one row per ID), every other cell written back as it was, text typed over
// a live cell kept in its note and reported, missing columns and duplicate IDs named, deleted tabs
// reported (their rows kept), a lost header row detected.
import { parseArchiveLink } from "../archive/archive-link";
import { columnLetter } from "../sheet/a1";
import { cellKey, cellText, isEmptyCell } from "../sheet/cell-text";
import { addColumnWrite, asItWas, type ColumnWrite } from "./column-writes";
import { parseHandoffId } from "./handoff-id";
import { DUE_COLUMNS, MIRRORED_COLUMNS, REGISTER_COLUMNS, REGISTER_SHEET } from "./register-columns";
import { duplicatesText, readRegister } from "./register-reader";
import { liveFormulas } from "./register-row";

/** A live cell someone typed over: where, and what they typed (kept in the cell's note). */
export interface TypedOver {
  readonly row: number;
  readonly column: number;
  readonly typed: string;
}

/** What a refresh writes and reports. */
export interface RegisterRefreshPlan {
  readonly headerMissing: boolean;
  readonly writes: ColumnWrite[];
  readonly typedOver: TypedOver[];
  readonly counts: {
    readonly go: number;
    readonly notYet: number;
    readonly missingTab: string[];
    /** Rows whose Gate shows another error (e.g. #NAME?): neither GO, NOT YET nor a deleted tab. */
    readonly unreadGate: string[];
    readonly total: number;
  };
  readonly summary: string;
}

/** #REF!: the tab behind the gate's named range was deleted. */
const isLostReference = (v: unknown) => /^#(REF!|N\/A)/i.test(String(v ?? "").trim());
/** Any other error, e.g. #NAME? where the add-on is not enabled in the document: the gate is unknown, the tab may be fine. */
const isUnreadGate = (v: unknown) => /^#[A-Z0-9/]+[!?]?$/i.test(String(v ?? "").trim());
const normal = (formula: unknown) =>
  String(formula ?? "")
    .replace(/[\s$]/g, "")
    .toUpperCase();

/**
 * Plans the refresh. `values` and `formulas` are the register's data range read whole, header first (or
 * lost); `lastIssued` is the add-on's ID counter (null when lost): only rows with an ID up to it are ours.
 * Rows whose Tab cell links to the Archive (`archiveSheetId`) are archived: their live columns hold the
 * values recorded at archiving and are written back as they are.
 */
export function planRegisterRefresh(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[] = [],
  lastIssued: number | null = null,
  registerName: string = REGISTER_SHEET,
  archiveSheetId: number | null = null,
): RegisterRefreshPlan {
  const headerMissing = !(values[0] ?? []).some((v) => cellKey(v) === "id");
  const offset = headerMissing ? 1 : 0;
  const withHeader = headerMissing ? [[...REGISTER_COLUMNS], ...values] : values;
  const table = readRegister(withHeader);
  const seen = new Set<string>();
  const owned = new Map<number, string>();
  for (const row of table.rows) {
    const n = parseHandoffId(row.id);
    const key = row.id.toUpperCase();
    if (n === null || (lastIssued !== null && n > lastIssued) || seen.has(key)) continue;
    seen.add(key);
    owned.set(row.sheetRow, key);
  }
  const archived = new Set<number>();
  for (const sheetRow of owned.keys()) {
    const tab = formulas[sheetRow - 1 - offset]?.[table.columns.Tab ?? -1];
    if (parseArchiveLink(tab, archiveSheetId)) archived.add(sheetRow);
  }
  let lastRow = withHeader.length;
  while (lastRow > 1 && (withHeader[lastRow - 1] ?? []).every(isEmptyCell)) lastRow--;

  const writes: ColumnWrite[] = [];
  const typedOver: TypedOver[] = [];
  const live = [...MIRRORED_COLUMNS, ...DUE_COLUMNS];
  live.forEach((name, m) => {
    const at = table.columns[name];
    if (at === undefined) return;
    const column: unknown[][] = [];
    for (let sheetRow = 2; sheetRow <= lastRow; sheetRow++) {
      const value = withHeader[sheetRow - 1]?.[at];
      const formula = formulas[sheetRow - 1 - offset]?.[at] ?? "";
      const id = owned.get(sheetRow);
      if (id === undefined || archived.has(sheetRow)) {
        column.push([asItWas(value, formula)]);
        continue;
      }
      const want = liveFormulas(id)[m]?.formula ?? "";
      if (normal(formula) !== normal(want) && !isEmptyCell(value) && cellText(value) !== "") {
        const typed = formula ? String(formula) : cellText(value);
        if (!formula || !/^=INDEX\(HandoffGate_/i.test(String(formula))) {
          typedOver.push({ row: sheetRow, column: at + 1, typed });
        }
      }
      column.push([want]);
    }
    addColumnWrite(writes, at + 1, column);
  });

  let go = 0;
  let notYet = 0;
  const missingTab: string[] = [];
  const unread: string[] = [];
  for (const row of table.rows) {
    if (!owned.has(row.sheetRow)) continue;
    const typed = typedOver.some(
      (t) => t.row === row.sheetRow && t.column === (table.columns.Gate ?? -2) + 1,
    );
    const gate = typed ? "" : String(row.cells.Gate ?? "").trim();
    if (isLostReference(gate)) missingTab.push(row.id);
    else if (isUnreadGate(gate)) unread.push(row.id);
    else if (gate === "GO") go++;
    else if (gate.startsWith("NOT YET")) notYet++;
  }
  const total = owned.size;
  const parts = [`${total} handoff${total === 1 ? "" : "s"}`, `${go} GO`, `${notYet} NOT YET`];
  if (archived.size) parts.push(`${archived.size} archived`);
  let summary = `Register refreshed: ${parts.join(" · ")}.`;
  if (missingTab.length) {
    summary += ` ${missingTab.length} tab${missingTab.length === 1 ? " was" : "s were"} deleted (${listed(missingTab)}); their rows are kept.`;
  }
  if (unread.length) {
    summary += ` ${unread.length} gate${unread.length === 1 ? "" : "s"} could not be read (${listed(unread)}): the Gate cell shows an error such as #NAME?.`;
  }
  const missing = MIRRORED_COLUMNS.filter((c) => table.columns[c] === undefined);
  if (missing.length) {
    summary += ` ${registerName} has no ${missing.map((c) => `"${c}"`).join(", ")} column (renamed or deleted): head a column with that name again and refresh; the other columns were refreshed.`;
  }
  if (table.duplicates.length) {
    summary += ` Duplicate IDs: ${duplicatesText(table.duplicates)}: only the first row of each stays live; delete the copy or clear its ID.`;
  }
  if (typedOver.length) {
    const cells = typedOver.slice(0, 5).map((t) => `${columnLetter(t.column)}${t.row} "${t.typed}"`);
    summary += ` Text typed over live cells was replaced and kept in each cell's note: ${cells.join(", ")}${typedOver.length > 5 ? `, +${typedOver.length - 5} more` : ""}.`;
  }
  if (headerMissing) summary += " The header row was missing and has been put back.";
  return {
    headerMissing,
    writes,
    typedOver,
    counts: { go, notYet, missingTab, unreadGate: unread, total },
    summary,
  };
}

function listed(ids: readonly string[]): string {
  return ids.slice(0, 5).join(", ") + (ids.length > 5 ? `, +${ids.length - 5} more` : "");
}
