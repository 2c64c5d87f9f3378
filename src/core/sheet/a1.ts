// A1 notation: column letters, cell and range references, quoted sheet names.

/** Column letter(s) for a 1-based column index. */
export function columnLetter(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 notation for a rectangle given by 1-based corners. */
export function a1(row: number, column: number, lastRow = row, lastColumn = column): string {
  const start = `${columnLetter(column)}${row}`;
  return row === lastRow && column === lastColumn ? start : `${start}:${columnLetter(lastColumn)}${lastRow}`;
}

/** The sheet name quoted for use in an A1 reference or formula ('My tab'!A1). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The 1-based row and column of a single-cell A1 reference like "M5"; null for anything else. */
export function cellAt(reference: string): { row: number; column: number } | null {
  const m = /^\s*([A-Za-z]{1,3})(\d{1,7})\s*$/.exec(reference);
  if (!m) return null;
  const column = [...(m[1] ?? "").toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  return row >= 1 ? { row, column } : null;
}
