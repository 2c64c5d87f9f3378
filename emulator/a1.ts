// A1 notation: parsing (`A1`, `A1:B2`, `Sheet!A1:B2`, `'My sheet'!A1`, `A:A`, `2:2`, `A2:B`) and formatting.

/** A parsed A1 reference; bounds left undefined are open (whole column / whole row). */
export interface A1Ref {
  readonly sheetName?: string;
  readonly startRow?: number;
  readonly startCol?: number;
  readonly endRow?: number;
  readonly endCol?: number;
}

/** 1-based column number of letters (A → 1, Z → 26, AA → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function parsePart(part: string): { row?: number; col?: number } | null {
  const m = CELL.exec(part);
  if (!m || (!m[1] && !m[2])) return null;
  const out: { row?: number; col?: number } = {};
  if (m[1]) out.col = columnNumber(m[1]);
  if (m[2]) {
    const row = Number(m[2]);
    if (row < 1) return null;
    out.row = row;
  }
  return out;
}

/** Splits `'It''s'!A1` or `Sheet1!A1` into sheet name and the cell part. */
export function splitSheet(notation: string): { sheetName?: string; cells: string } {
  const text = notation.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      const ch = text[i];
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (text[i + 1] !== "!") return { cells: text };
    return { sheetName: name, cells: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { cells: text };
  return { sheetName: text.slice(0, bang), cells: text.slice(bang + 1) };
}

/** Parses an A1 reference; null when it is not one. */
export function parseA1(notation: string): A1Ref | null {
  const { sheetName, cells } = splitSheet(notation);
  const [a, b, extra] = cells.split(":");
  if (a === undefined || extra !== undefined) return null;
  const start = parsePart(a);
  if (!start) return null;
  const end = b === undefined ? start : parsePart(b);
  if (!end) return null;
  if (b === undefined && (start.row === undefined || start.col === undefined)) return null;
  // `A:A` has no rows; `2:2` has no columns; `A2:B` is open at the bottom.
  if ((start.col === undefined) !== (end.col === undefined)) return null;
  if (start.row === undefined && end.row !== undefined) return null;
  const ref: {
    sheetName?: string;
    startRow?: number;
    startCol?: number;
    endRow?: number;
    endCol?: number;
  } = {};
  if (sheetName !== undefined) ref.sheetName = sheetName;
  const rows = [start.row, end.row].filter((x): x is number => x !== undefined);
  const cols = [start.col, end.col].filter((x): x is number => x !== undefined);
  if (rows.length) ref.startRow = Math.min(...rows);
  if (rows.length === 2) ref.endRow = Math.max(...rows);
  if (cols.length) ref.startCol = Math.min(...cols);
  if (cols.length === 2) ref.endCol = Math.max(...cols);
  return ref;
}

const R1C1 = /^R(\d+)C(\d+)(?::R(\d+)C(\d+))?$/i;

/**
 * Parses absolute R1C1 notation (`R5C3`, `R2C2:R4C5`, any case, optional sheet prefix), which
 * getRange(a1Notation) also accepts (observed on live Apps Script by the gas-fakes project,
 * PLATFORM §9); null when it is not one.
 */
export function parseR1C1(notation: string): A1Ref | null {
  const { sheetName, cells } = splitSheet(notation);
  const m = R1C1.exec(cells.trim());
  if (!m) return null;
  const [r1, c1] = [Number(m[1]), Number(m[2])];
  const [r2, c2] = m[3] === undefined ? [r1, c1] : [Number(m[3]), Number(m[4])];
  if (Math.min(r1, c1, r2, c2) < 1) return null;
  const ref = {
    startRow: Math.min(r1, r2),
    startCol: Math.min(c1, c2),
    endRow: Math.max(r1, r2),
    endCol: Math.max(c1, c2),
  };
  return sheetName === undefined ? ref : { sheetName, ...ref };
}

/** Quotes a sheet name for use in A1 notation when it needs quotes. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** A1 notation of a rectangle, e.g. `B2`, `A1:C3`, `A:A` (openRows) or `2:2` (openCols). */
export function formatA1(
  row: number,
  col: number,
  numRows: number,
  numCols: number,
  open: { rows?: boolean; cols?: boolean } = {},
): string {
  const endRow = row + numRows - 1;
  const endCol = col + numCols - 1;
  if (open.rows) return `${columnLetters(col)}:${columnLetters(endCol)}`;
  if (open.cols) return `${row}:${endRow}`;
  const first = `${columnLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return first;
  return `${first}:${columnLetters(endCol)}${endRow}`;
}
