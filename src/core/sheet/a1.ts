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
