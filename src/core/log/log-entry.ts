// One handoff log entry: what the add-on did, for which handoff, with the details a reader needs;
// and the row it becomes (when, who, handoff, action, details, signature).

/** What the log records, one action per entry. */
export const LOG_ACTIONS = [
  "new handoff",
  "save",
  "decision",
  "override",
  "acknowledgement",
  "reopen",
  "repair",
  "archive",
  "restore",
  "template change",
  "audit draw",
] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

/** What a caller asks to log; when and who are added by the writer from the clock and the session. */
export interface LogEntry {
  /** The handoff's ID (e.g. HO-0007), or "" for an action about the workbook (an audit draw). */
  readonly handoff: string;
  readonly action: LogAction;
  /** Plain words: "Status: In progress → Done", "Go (gate GO)". */
  readonly details: string;
}

/** The log's header row. */
export const LOG_HEADER = ["When", "Who", "Handoff", "Action", "Details", "Signature"] as const;
export const LOG_SHEET_NAME = "Handoff log";

/** What "Who" records when Google withholds the signed-in person's email (Session documents a blank). */
export const WHO_NOT_SHARED = "(not shared by Google)";

/** The signed cells of a row, in column order (the signature comes after them). */
export type LogCells = readonly [when: string, who: string, handoff: string, action: string, details: string];

/** The Who cell for a signed-in email as Session gives it (blank when withheld). */
export function whoCell(email: string): string {
  return email.trim() || WHO_NOT_SHARED;
}

/** The cells of an entry written at `when` (ISO date and time in the spreadsheet's zone) by `email`. */
export function logCells(entry: LogEntry, when: string, email: string): LogCells {
  return [when, whoCell(email), entry.handoff, entry.action, oneLine(entry.details)];
}

/** Details on one line, so a row reads the same in the cell and in the signature. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " · ").trim();
}

/** Where a field's change reads in Details: `Status: "In progress" → "Done"`, blanks as (blank). */
export function changeText(field: string, before: string, after: string): string {
  const shown = (v: string) => (v.trim() === "" ? "(blank)" : `"${v.trim()}"`);
  return `${field}: ${shown(before)} → ${shown(after)}`;
}
