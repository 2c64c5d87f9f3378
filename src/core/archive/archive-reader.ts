// Reads the Archive back: its columns by header name (any order), and one handoff's rows as the tab
// they came from: its name, header fields, checklist rows and decision block.
import { CHECKLIST_COLUMNS } from "../checklist/columns";
import { cellAt } from "../sheet/a1";
import { cellKey, cellText, columnsByHeader } from "../sheet/cell-text";
import { DECISION_LABELS, HEADER_LABELS } from "../tab/tab-layout";
import type { AsideCell } from "./archive-columns";
import {
  ARCHIVE_COLUMNS,
  ARCHIVE_PARTS,
  ARCHIVED_HEADER_FIELDS,
  type ArchiveColumn,
  type ArchivedHeaderField,
  parseBeside,
  type RowFormulas,
} from "./archive-columns";

type Grid = readonly (readonly unknown[])[];

/** Columns added to the Archive after its first version. */
const ADDED_LATER: readonly ArchiveColumn[] = ["Formulas"];

/** Where the Archive's columns are (0-based), found by header name. */
export type ArchiveLayout = Record<ArchiveColumn, number>;

/** The Archive's columns from its header row, or the message naming the ones renamed or deleted. */
export function archiveLayout(header: readonly unknown[], sheetName: string): ArchiveLayout | string {
  const columns = columnsByHeader(header, ARCHIVE_COLUMNS);
  const missing = ARCHIVE_COLUMNS.filter((c) => columns[c] === undefined);
  if (missing.length) {
    return (
      `The archive sheet "${sheetName}" has no ${missing.map((c) => `"${c}"`).join(", ")} column in row 1 ` +
      "(renamed or deleted): head a column with that name again (any order), then try again."
    );
  }
  return columns as ArchiveLayout;
}

/**
 * The columns a later version added that an Archive made before it lacks, when every other column is
 * there (so the add-on can head them itself): Formulas, for Archives from before formulas were kept.
 */
export function columnsAddedLater(header: readonly unknown[]): ArchiveColumn[] {
  const columns = columnsByHeader(header, ARCHIVE_COLUMNS);
  const missing = ARCHIVE_COLUMNS.filter((c) => columns[c] === undefined);
  return missing.length > 0 && missing.every((c) => ADDED_LATER.includes(c)) ? missing : [];
}

/** Archive rows laid out as the Archive's header has its columns (others blank). */
export function rowsInLayout(rows: Grid, layout: ArchiveLayout, width: number): unknown[][] {
  return rows.map((row) => {
    const line: unknown[] = Array(width).fill("");
    ARCHIVE_COLUMNS.forEach((c, i) => {
      line[layout[c]] = row[i] ?? "";
    });
    return line;
  });
}

/** A decision-block line as archived: its value and the note beside it, and the formulas either held. */
export interface ArchivedLine {
  readonly value: unknown;
  readonly note: unknown;
  readonly formulas: RowFormulas;
}

/** One archived handoff, as its rows hold it (values as stored, dates as calendar dates). */
export interface ArchivedHandoff {
  readonly id: string;
  readonly tabName: string;
  /** The template versions the tab's anchor recorded ("" when the rows do not say). */
  readonly templateRef: string;
  readonly header: Partial<Record<ArchivedHeaderField, unknown>>;
  /** Header fields that held a formula a person typed (their value is what it computed). */
  readonly headerFormulas: Partial<Record<ArchivedHeaderField, string>>;
  /** The checklist rows in order, each with its cells in CHECKLIST_COLUMNS order. */
  readonly items: unknown[][];
  /** For each checklist row, the formulas its cells held, by column. */
  readonly itemFormulas: RowFormulas[];
  readonly decision: Partial<Record<keyof typeof DECISION_LABELS, ArchivedLine>>;
  /** Cells typed elsewhere on the tab, by their address there. */
  readonly aside: AsideCell[];
}

/** Whether every row of a block belongs to `id` (a block moved by sorting or edits no longer does). */
export function isBlockOf(rows: Grid, layout: ArchiveLayout, id: string): boolean {
  const key = cellKey(id);
  return rows.length > 0 && rows.every((row) => cellKey(row[layout["Handoff ID"]]) === key);
}

/** The rows (1-based, first..last) holding `id` in the Archive's Handoff ID column read whole; null when none, or not together. */
export function spanOf(idColumn: readonly unknown[], id: string): { first: number; last: number } | null {
  const key = cellKey(id);
  const at = idColumn.flatMap((v, i) => (cellKey(v) === key ? [i + 1] : []));
  const first = at[0];
  const last = at[at.length - 1];
  if (first === undefined || last === undefined) return null;
  if (last - first + 1 !== at.length) {
    throw new Error(
      `${id}'s archive rows are no longer together (rows ${first}–${last} hold other handoffs too): ` +
        "sort the archive by Handoff ID (its rows keep their order) or undo the change, then restore again.",
    );
  }
  return { first, last };
}

function labelKey<K extends string>(labels: Record<K, string>, text: unknown): K | undefined {
  const key = cellKey(text);
  return (Object.keys(labels) as K[]).find((k) => cellKey(labels[k]) === key);
}

/** A row's Formulas cell as Archive wrote it: {"Column": "=formula", …}; throws the fix when it was edited into something else. */
function rowFormulas(text: unknown, id: string): RowFormulas {
  const written = cellText(text);
  if (written.trim() === "") return {};
  const wrong = new Error(
    `An archive row of ${id} has Formulas "${written.slice(0, 60)}": it must be as Archive wrote it, like ` +
      '{"Evidence":"=HYPERLINK(…)"}, or empty. Put it back (or undo the change), then restore again.',
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(written);
  } catch {
    throw wrong;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw wrong;
  const out: RowFormulas = {};
  for (const [column, formula] of Object.entries(parsed)) {
    const known = (ARCHIVE_COLUMNS as readonly string[]).includes(column);
    if (!known || typeof formula !== "string" || !formula.startsWith("=")) throw wrong;
    out[column as ArchiveColumn] = formula;
  }
  return out;
}

/** Reads one handoff's archive rows (its block, no header row). */
export function readArchivedHandoff(rows: Grid, layout: ArchiveLayout, id: string): ArchivedHandoff {
  const at = (row: readonly unknown[], c: ArchiveColumn) => row[layout[c]] ?? "";
  let tabName = "";
  let templateRef = "";
  const header: Partial<Record<ArchivedHeaderField, unknown>> = {};
  const headerFormulas: Partial<Record<ArchivedHeaderField, string>> = {};
  const items: unknown[][] = [];
  const itemFormulas: RowFormulas[] = [];
  const decision: Partial<Record<keyof typeof DECISION_LABELS, ArchivedLine>> = {};
  const aside: AsideCell[] = [];
  for (const row of rows) {
    const part = cellKey(at(row, "Part"));
    const formulas = rowFormulas(at(row, "Formulas"), id);
    if (part === cellKey(ARCHIVE_PARTS.tab)) {
      tabName = cellText(at(row, "Value"));
      templateRef = cellText(at(row, "Notes"));
    } else if (part === cellKey(ARCHIVE_PARTS.header)) {
      const key = labelKey(HEADER_LABELS, at(row, "Item"));
      if (key && (ARCHIVED_HEADER_FIELDS as readonly string[]).includes(key)) {
        header[key as ArchivedHeaderField] = at(row, "Value");
        if (formulas.Value) headerFormulas[key as ArchivedHeaderField] = formulas.Value;
      }
    } else if (part === cellKey(ARCHIVE_PARTS.decision)) {
      const key = labelKey(DECISION_LABELS, at(row, "Item"));
      if (key) decision[key] = { value: at(row, "Value"), note: at(row, "Notes"), formulas };
    } else if (part === cellKey(ARCHIVE_PARTS.item)) {
      items.push(CHECKLIST_COLUMNS.map((c) => at(row, c)));
      itemFormulas.push(formulas);
    } else if (part === cellKey(ARCHIVE_PARTS.cell)) {
      const cell = cellAt(cellText(at(row, "Item")));
      if (!cell) {
        throw new Error(
          `An archive row of ${id} (Part "Cell") has Item "${cellText(at(row, "Item"))}": it must be the cell's address, like M5. Put it back, then restore again.`,
        );
      }
      const beside = parseBeside(cellText(at(row, "Notes")));
      aside.push({
        ...cell,
        value: at(row, "Value"),
        ...(formulas.Value === undefined ? {} : { formula: formulas.Value }),
        ...(beside === undefined ? {} : { beside }),
      });
    } else {
      throw new Error(
        `An archive row of ${id} has Part "${cellText(at(row, "Part"))}": it must be one of ` +
          `${Object.values(ARCHIVE_PARTS).join(", ")}. Put the value back, then restore again.`,
      );
    }
  }
  if (!items.length) {
    throw new Error(
      `${id}'s archive rows hold no checklist item (Part "Item"): undo the change that removed them, then restore again.`,
    );
  }
  return { id, tabName, templateRef, header, headerFormulas, items, itemFormulas, decision, aside };
}
