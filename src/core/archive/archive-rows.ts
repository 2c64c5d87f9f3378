// A handoff's tab as archive rows: its name, every header field a person fills, every checklist row the
// table reader sees (blank rows dropped) and each line of the decision block with the note beside it.
// Anything else typed on the tab is kept by its address. Text is written back exactly (never trimmed, never run as a formula); dates stay calendar dates;
// a formula a person typed is kept as its text in the row's Formulas cell, beside what it computed.
import { CHECKLIST_COLUMNS } from "../checklist/columns";
import { a1 } from "../sheet/a1";
import { isCalendarDate } from "../sheet/calendar-date";
import { columnsByHeader, isEmptyCell } from "../sheet/cell-text";
import { exactText } from "../sheet/literal-text";
import { headerFormulaCells } from "../tab/header-formula-cells";
import { DECISION_LABELS, HEADER_LABELS } from "../tab/tab-layout";
import { notChecklistMessage, readChecklistTab } from "../tab/tab-locator";
import {
  ARCHIVE_COLUMNS,
  ARCHIVE_PARTS,
  ARCHIVED_HEADER_FIELDS,
  type ArchiveColumn,
  besideText,
  type RowFormulas,
} from "./archive-columns";
import { asideCells, formulaOf } from "./aside-cells";

type Grid = readonly (readonly unknown[])[];

/** One archive row from its cells by column name (the others blank) and the formulas some of them held. */
function archiveRow(cells: Partial<Record<ArchiveColumn, unknown>>, formulas: RowFormulas = {}): unknown[] {
  const held = Object.keys(formulas).length ? JSON.stringify(formulas) : "";
  return ARCHIVE_COLUMNS.map((c) => exactText(c === "Formulas" ? held : (cells[c] ?? "")));
}

/** The entries of `cells` that are formulas, by archive column. */
function heldFormulas(cells: Partial<Record<ArchiveColumn, string | undefined>>): RowFormulas {
  const out: RowFormulas = {};
  for (const [column, formula] of Object.entries(cells) as [ArchiveColumn, string | undefined][]) {
    if (formula !== undefined) out[column] = formula;
  }
  return out;
}

/** An unticked checkbox alone is no content, as the table reader sees it. */
const isBlank = (v: unknown) => isEmptyCell(v) || v === false;

/**
 * The archive rows of one handoff's tab (values as read, dates as calendar dates; `templateRef` from its
 * anchor; `formulas` as getFormulas reads the same range, so a formula a person typed is kept with what
 * it computed), ready to write.
 * Throws with the fix when the tab is not this handoff's checklist.
 */
export function archiveRowsOf(
  id: string,
  tabName: string,
  values: Grid,
  templateRef = "",
  formulas: Grid = [],
): unknown[][] {
  const tab = readChecklistTab(values, id);
  if (!tab) throw new Error(notChecklistMessage(tabName));
  if (tab.id.toUpperCase() !== id.toUpperCase()) {
    throw new Error(
      `The tab "${tabName}" that ${id}'s named range points at says it is ${tab.id}: ` +
        `put ${id} back in its Handoff ID cell (or undo the change), then archive again.`,
    );
  }
  // The tab's row keeps, in Notes, the template versions its anchor recorded (Upgrade may have moved them on).
  const rows: unknown[][] = [
    archiveRow({ "Handoff ID": id, Part: ARCHIVE_PARTS.tab, Value: tabName, Notes: templateRef }),
  ];
  for (const key of ARCHIVED_HEADER_FIELDS) {
    const field = tab.fields[key];
    if (!field) continue;
    rows.push(
      archiveRow(
        { "Handoff ID": id, Part: ARCHIVE_PARTS.header, Item: HEADER_LABELS[key], Value: field.value },
        heldFormulas({ Value: formulaOf(formulas, field.row, field.column) }),
      ),
    );
  }
  const [header = [], ...lines] = tab.table;
  const columns = columnsByHeader(header, CHECKLIST_COLUMNS);
  // Which archived item each table row became, so cells typed beside an item (a column people added) go back beside it.
  const beside = new Map<number, number>([[tab.tableHeaderRow, 0]]);
  lines.forEach((line, i) => {
    const row = tab.tableHeaderRow + 1 + i;
    const cells: Partial<Record<ArchiveColumn, unknown>> = { "Handoff ID": id, Part: ARCHIVE_PARTS.item };
    const typed: Partial<Record<ArchiveColumn, string | undefined>> = {};
    for (const name of CHECKLIST_COLUMNS) {
      const at = columns[name];
      cells[name] = at === undefined ? "" : (line[at] ?? "");
      if (at !== undefined) typed[name] = formulaOf(formulas, row, at + 1);
    }
    if (CHECKLIST_COLUMNS.every((name) => isBlank(cells[name]) && typed[name] === undefined)) return;
    beside.set(row, beside.size);
    rows.push(archiveRow(cells, heldFormulas(typed)));
  });
  for (const key of Object.keys(DECISION_LABELS) as (keyof typeof DECISION_LABELS)[]) {
    const field = tab.decision[key];
    if (!field) continue;
    rows.push(
      archiveRow(
        {
          "Handoff ID": id,
          Part: ARCHIVE_PARTS.decision,
          Item: DECISION_LABELS[key],
          Value: field.value,
          // The cell right of the value: who recorded it, the acknowledgement's signer, the reopen note.
          Notes: values[field.row - 1]?.[field.column] ?? "",
        },
        heldFormulas({
          Value: formulaOf(formulas, field.row, field.column),
          Notes: formulaOf(formulas, field.row, field.column + 1),
        }),
      ),
    );
  }
  // The add-on's own header formulas are left out where they are, also when a column insert moved them.
  for (const cell of asideCells(values, tab, formulas, headerFormulaCells(tab, formulas))) {
    rows.push(
      archiveRow(
        {
          "Handoff ID": id,
          Part: ARCHIVE_PARTS.cell,
          Item: a1(cell.row, cell.column),
          Value: cell.value,
          Notes: beside.has(cell.row) ? besideText(beside.get(cell.row) ?? 0) : "",
        },
        heldFormulas({ Value: cell.formula }),
      ),
    );
  }
  return rows;
}

/** Number formats for archive rows: dates as dates, everything else as Sheets shows it by default. */
export function archiveFormats(rows: readonly (readonly unknown[])[]): string[][] {
  return rows.map((row) => row.map((v) => (isCalendarDate(v) ? "yyyy-mm-dd" : "General")));
}
