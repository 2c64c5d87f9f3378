// What Archive and Restore put in the handoff log, in plain words.
import type { LogEntry } from "../log/log-entry";
import type { ArchiveSpan } from "./archive-link";

function rowsText(span: ArchiveSpan): string {
  return span.first === span.last ? `row ${span.first}` : `rows ${span.first}–${span.last}`;
}

/** The log entry of one archived handoff: where its rows went and which tab was removed. */
export function archiveEntry(id: string, tabName: string, archiveName: string, span: ArchiveSpan): LogEntry {
  return {
    handoff: id,
    action: "archive",
    details: `tab "${tabName}" moved to ${archiveName} ${rowsText(span)} and removed`,
  };
}

/** The log entry of a restored handoff: its tab rebuilt, its archive rows removed. */
export function restoreEntry(id: string, tabName: string, archiveName: string, span: ArchiveSpan): LogEntry {
  return {
    handoff: id,
    action: "restore",
    details: `tab "${tabName}" rebuilt from ${archiveName} ${rowsText(span)}, which were removed`,
  };
}
