// Plans a register refresh from one read of its values and formulas: live formulas restored on the rows
// whose IDs the add-on issued (one row per ID), every other cell written back as it was, text typed over
// a live cell kept in its note and reported, missing columns and duplicate IDs named, deleted tabs
// reported (their rows kept), a lost header row detected.
import { columnLetter } from "../sheet/a1";
import { cellKey, cellText, isEmptyCell } from "../sheet/cell-text";
import { parseHandoffId } from "./handoff-id";
import { DUE_COLUMNS, MIRRORED_COLUMNS, REGISTER_COLUMNS, REGISTER_SHEET } from "./register-columns";
import { duplicatesText, readRegister } from "./register-reader";
import { liveFormulas } from "./register-row";

/** A block of register columns to write, rows 2 down, from its first column (1-based). */
export interface ColumnWrite {
  readonly column: number;
  readonly values: unknown[][];
}

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

/** A cell written back as it was: its formula, or its value (text kept literal so it stays text). */
function asItWas(value: unknown, formula: unknown): unknown {
  if (formula) return formula;
  return typeof value === "string" && value !== "" ? `'${value}` : value;
}

/**
 * Plans the refresh. `values` and `formulas` are the register's data range read whole, header first (or
 * lost); `lastIssued` is the add-on's ID counter (null when lost): only rows with an ID up to it are ours.
 */
export function planRegisterRefresh(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[] = [],
  lastIssued: number | null = null,
  registerName: string = REGISTER_SHEET,
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
      if (id === undefined) {
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
    if (!column.length) return;
    // Side by side with the previous live column (the usual layout): one block, one write.
    const previous = writes[writes.length - 1];
    const width = previous?.values[0]?.length ?? 0;
    if (previous && previous.column + width === at + 1) {
      previous.values.forEach((line, i) => {
        line.push(column[i]?.[0]);
      });
    } else writes.push({ column: at + 1, values: column });
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
