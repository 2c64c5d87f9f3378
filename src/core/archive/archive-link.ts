// The register's link to a handoff's archived rows: a HYPERLINK to their range on the Archive sheet. It
// also marks the row as archived (only the add-on writes a link to the Archive's own sheet id), and
// holds where the rows are, which Restore moves when it removes rows above them.

import { columnLetter } from "../sheet/a1";
import { ARCHIVE_COLUMNS } from "./archive-columns";

/** Rows of the Archive (1-based, inclusive) one handoff occupies. */
export interface ArchiveSpan {
  readonly first: number;
  readonly last: number;
}

const LAST_COLUMN = columnLetter(ARCHIVE_COLUMNS.length);

/** The register's Tab cell for an archived handoff: a link to its rows on the Archive. */
export function archiveLinkFormula(archiveSheetId: number, span: ArchiveSpan): string {
  const rows = span.first === span.last ? `row ${span.first}` : `rows ${span.first}–${span.last}`;
  return `=HYPERLINK("#gid=${archiveSheetId}&range=A${span.first}:${LAST_COLUMN}${span.last}","Archived (${rows})")`;
}

/** The span an archive link points at when it is a link to this Archive; null for any other cell. */
export function parseArchiveLink(formula: unknown, archiveSheetId: number | null): ArchiveSpan | null {
  if (archiveSheetId === null || typeof formula !== "string") return null;
  const m = /^=\s*HYPERLINK\(\s*"#gid=(\d+)&range=A(\d+):[A-Z]+(\d+)"/i.exec(formula.trim());
  if (!m || Number(m[1]) !== archiveSheetId) return null;
  const first = Number(m[2]);
  const last = Number(m[3]);
  return first >= 1 && last >= first ? { first, last } : null;
}

/** Where a span sits once `removed` rows of the Archive are deleted (a span below them moves up). */
export function spanAfterRemoval(span: ArchiveSpan, removed: ArchiveSpan): ArchiveSpan {
  const count = removed.last - removed.first + 1;
  return span.first > removed.last ? { first: span.first - count, last: span.last - count } : span;
}
