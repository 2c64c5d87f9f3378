// The =HANDOFF_GATE custom function: a thin shell over the core gate, run by Sheets on every change.
import { evaluateGateTable } from "../core/gate/gate-formula";
import { calendarCells, today } from "./calendar-cells";

/** GO or NOT YET for a checklist range (header row first); with detail, the reasons counted. */
export function HANDOFF_GATE(table: unknown, detail?: unknown, exceptions?: unknown): string {
  if (!Array.isArray(table) || !table.every((row) => Array.isArray(row))) {
    throw new Error("HANDOFF_GATE needs a range with a header row, e.g. A10:J40.");
  }
  const exceptionCells = Array.isArray(exceptions)
    ? calendarCells(exceptions.map((row) => (Array.isArray(row) ? row : [row])))
    : calendarCells([[exceptions]])[0]?.[0];
  return evaluateGateTable(calendarCells(table as unknown[][]), detail, exceptionCells, today());
}
