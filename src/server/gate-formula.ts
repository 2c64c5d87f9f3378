// The =HANDOFF_GATE custom function: a thin shell over the core gate, run by Sheets on every change.
import { evaluateGateTable } from "../core/gate/gate-formula";
import { sheetDates } from "./calendar-cells";

/** GO or NOT YET for a checklist range (header row first); with detail, the reasons counted. */
export function HANDOFF_GATE(table: unknown, detail?: unknown, exceptions?: unknown): string {
  if (!Array.isArray(table) || !table.every((row) => Array.isArray(row))) {
    throw new Error("HANDOFF_GATE needs a range with a header row, e.g. A10:J40.");
  }
  // Date arguments are instants (midnight where the spreadsheet is): only its zone tells which day a
  // cell shows, and which day is today. A custom function may read the spreadsheet (PLATFORM §1).
  const dates = sheetDates(SpreadsheetApp.getActive());
  const exceptionCells = Array.isArray(exceptions)
    ? dates.read(exceptions.map((row) => (Array.isArray(row) ? row : [row])))
    : dates.read([[exceptions]])[0]?.[0];
  return evaluateGateTable(dates.read(table as unknown[][]), detail, exceptionCells, dates.today());
}
