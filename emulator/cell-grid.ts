// A sheet's stored cells, indexed by row and then column, with the cells that hold formulas kept aside.
// Sheets' own operations (getLastRow, inserting and deleting rows, a sheet deleted or renamed) then
// cost what they touch rather than every cell of the workbook, so a workbook of 10,000 handoffs can be
// emulated. It reads like the Map keyed by "row:col" it replaced (tests iterate it that way).

import type { CellData } from "./workbook-model";

/** Whether a cell holds a value or formula (formats and notes alone do not count for getLastRow). */
export function hasContent(c: CellData | undefined): boolean {
  return c !== undefined && (c.formula !== undefined || c.value !== "");
}

const key = (row: number, col: number): string => `${row}:${col}`;

/** Sparse cells of one sheet: rows by number, each a sparse array by column (1-based). */
export class CellGrid implements ReadonlyMap<string, CellData> {
  private rows = new Map<number, (CellData | undefined)[]>();
  /** The cells whose formula is set, wherever they moved to (see setFormula). */
  private readonly withFormula = new Set<CellData>();
  /** No row above this holds a stored cell (it may be higher than the last stored row). */
  private top = 0;
  private changes = 0;

  /** Changes each time a formula is set, removed or rewritten, or rows or columns move. */
  get version(): number {
    return this.changes;
  }

  /** Records that formulas were rewritten in place (references moved by an insert, a rename). */
  formulasRewritten(): void {
    this.changes++;
  }

  /** The stored cell at (row, col), if any. */
  at(row: number, col: number): CellData | undefined {
    return this.rows.get(row)?.[col];
  }

  /** The stored cell at (row, col), created empty when missing. */
  ensure(row: number, col: number): CellData {
    let line = this.rows.get(row);
    if (!line) {
      line = [];
      this.rows.set(row, line);
      if (row > this.top) this.top = row;
    }
    let cell = line[col];
    if (!cell) {
      cell = { value: "" };
      line[col] = cell;
    }
    return cell;
  }

  /** Sets or (with undefined) removes a cell's formula; every write of a formula goes through here. */
  setFormula(cell: CellData, formula: string | undefined): void {
    this.changes++;
    if (formula === undefined) {
      delete cell.formula;
      this.withFormula.delete(cell);
    } else {
      cell.formula = formula;
      this.withFormula.add(cell);
    }
  }

  /** The cells holding a formula, in no particular order. */
  formulaCells(): ReadonlySet<CellData> {
    return this.withFormula;
  }

  /** Last row holding a value or formula (0 if none): scans down from the highest stored row. */
  lastRow(): number {
    for (let r = this.top; r > 0; r--) {
      const line = this.rows.get(r);
      if (line?.some(hasContent)) return r;
    }
    return 0;
  }

  /** Last column holding a value or formula (0 if none). */
  lastColumn(): number {
    let last = 0;
    let widest = 0;
    for (const line of this.rows.values()) widest = Math.max(widest, line.length - 1);
    for (const line of this.rows.values()) {
      for (let c = line.length - 1; c > last; c--) {
        if (hasContent(line[c])) {
          last = c;
          break;
        }
      }
      if (last === widest) break;
    }
    return last;
  }

  /** Moves rows from `at` down by `count` (count < 0 deletes rows at..at-count-1 and their cells). */
  shiftRows(at: number, count: number): void {
    this.changes++;
    const end = count < 0 ? at - count - 1 : at - 1;
    const moved = new Map<number, (CellData | undefined)[]>();
    for (const [r, line] of this.rows) {
      if (r < at) moved.set(r, line);
      else if (r > end) moved.set(r + count, line);
      else for (const cell of line) if (cell) this.withFormula.delete(cell);
    }
    this.rows = moved;
    this.top = 0;
    for (const r of moved.keys()) if (r > this.top) this.top = r;
  }

  /** Moves columns from `at` right by `count` (count < 0 deletes columns at..at-count-1 and their cells). */
  shiftColumns(at: number, count: number): void {
    this.changes++;
    for (const line of this.rows.values()) {
      if (line.length <= at) continue;
      if (count > 0) line.splice(at, 0, ...new Array<undefined>(count));
      else for (const cell of line.splice(at, -count)) if (cell) this.withFormula.delete(cell);
    }
  }

  /** Every stored cell with its position, in no particular order. */
  *positioned(): IterableIterator<readonly [number, number, CellData]> {
    for (const [r, line] of this.rows) {
      for (let c = 1; c < line.length; c++) {
        const cell = line[c];
        if (cell) yield [r, c, cell];
      }
    }
  }

  // ---- ReadonlyMap<"row:col", CellData>, row by row and left to right ----
  get size(): number {
    let n = 0;
    for (const line of this.rows.values()) for (const cell of line) if (cell) n++;
    return n;
  }
  get(k: string): CellData | undefined {
    const [row, col] = k.split(":").map(Number) as [number, number];
    return this.at(row, col);
  }
  has(k: string): boolean {
    return this.get(k) !== undefined;
  }
  *entries(): MapIterator<[string, CellData]> {
    for (const r of [...this.rows.keys()].sort((a, b) => a - b)) {
      const line = this.rows.get(r) ?? [];
      for (let c = 1; c < line.length; c++) {
        const cell = line[c];
        if (cell) yield [key(r, c), cell];
      }
    }
  }
  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<CellData> {
    for (const [, v] of this.entries()) yield v;
  }
  forEach(f: (value: CellData, key: string, map: ReadonlyMap<string, CellData>) => void): void {
    for (const [k, v] of this.entries()) f(v, k, this);
  }
  [Symbol.iterator](): MapIterator<[string, CellData]> {
    return this.entries();
  }
}
