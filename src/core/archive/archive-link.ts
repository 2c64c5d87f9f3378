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

const LINK = /^=\s*HYPERLINK\(\s*"#gid=(\d+)&range=A(\d+):[A-Z]+(\d+)"/i;

/** The sheet and span a formula shaped like an archive link points at; null for any other cell. */
function readLink(formula: unknown): (ArchiveSpan & { sheetId: number }) | null {
  if (typeof formula !== "string") return null;
  const m = LINK.exec(formula.trim());
  if (!m) return null;
  const first = Number(m[2]);
  const last = Number(m[3]);
  return first >= 1 && last >= first ? { sheetId: Number(m[1]), first, last } : null;
}

/** The span an archive link points at when it is a link to this Archive; null for any other cell. */
export function parseArchiveLink(formula: unknown, archiveSheetId: number | null): ArchiveSpan | null {
  const link = readLink(formula);
  if (!link || archiveSheetId === null || link.sheetId !== archiveSheetId) return null;
  return { first: link.first, last: link.last };
}

/** Whether any cell holds a formula shaped like an archive link (then the Archive is worth finding). */
export function hasArchiveLinks(formulas: readonly (readonly unknown[])[]): boolean {
  return formulas.some((line) => line.some((f) => readLink(f) !== null));
}

/** Where a span sits once `removed` rows of the Archive are deleted (a span below them moves up). */
export function spanAfterRemoval(span: ArchiveSpan, removed: ArchiveSpan): ArchiveSpan {
  const count = removed.last - removed.first + 1;
  return span.first > removed.last ? { first: span.first - count, last: span.last - count } : span;
}
