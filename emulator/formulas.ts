// Formula evaluation, lazily on read: references (`=A1`, `='My tab'!B2`, ranges), literals, `&`,
// + - * / on numbers, HYPERLINK(url, label), INDEX(range, row, column), named ranges, and calls to the bundle's own custom functions. Each custom-function call is a
// separate CUSTOM_FUNCTION execution with a range argument as a 2-D array and a single cell as a scalar
// (developers.google.com/apps-script/guides/sheets/functions, "Arguments"); a 2-D result spills into
// empty neighbours, else "#REF!" ([CF] "Return values"). A thrown error shows "#ERROR!" with the message
// kept for hover (common knowledge, PLATFORM §1). Other functions, and the bundle's own while the add-on
// is not enabled in the document (customFunctionsAvailable), show "#NAME?" / "Unknown function".

import { parseA1, splitSheet } from "./a1";
import { zonedParts } from "./time-zone";
import { type CellValue, hasContent, type SheetData, type WorkbookModel } from "./workbook-model";

/** Sheets' serial number of an instant: days since 1899-12-30 00:00 on the wall clock of `timeZone`. */
function serialDay(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return wall / 86_400_000 + 25_569;
}

/** A formula error: the code a cell shows and the message Sheets shows on hover. */
export interface FormulaError {
  readonly error: string;
  readonly message: string;
}

type Grid = CellValue[][];
type Result = CellValue | Grid | FormulaError;

/** How the engine runs one custom function as its own execution; host values in and out. */
export type CustomFunctionRunner = (
  name: string,
  args: unknown[],
) => { ok: true; value: unknown } | { ok: false; error: { message: string } };

/** What a cell evaluates to, for reads and for the snapshot. */
export interface Evaluated {
  readonly value: CellValue;
  readonly error?: FormulaError;
}

type Node =
  | { readonly kind: "literal"; readonly value: CellValue }
  | { readonly kind: "ref"; readonly text: string }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly Node[] }
  | { readonly kind: "concat"; readonly parts: readonly Node[] }
  | { readonly kind: "arith"; readonly op: string; readonly left: Node; readonly right: Node }
  | { readonly kind: "sign"; readonly negative: boolean; readonly operand: Node }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "error"; readonly code: string };

const isError = (r: unknown): r is FormulaError =>
  typeof r === "object" && r !== null && !Array.isArray(r) && "error" in r;

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const node = this.concat();
    this.ws();
    if (this.i < this.s.length) throw new Error(`unexpected "${this.s.slice(this.i)}"`);
    return node;
  }

  private ws(): void {
    while (this.s[this.i] === " ") this.i++;
  }

  private concat(): Node {
    const parts = [this.additive()];
    this.ws();
    while (this.s[this.i] === "&") {
      this.i++;
      parts.push(this.additive());
      this.ws();
    }
    return parts.length === 1 && parts[0] ? parts[0] : { kind: "concat", parts };
  }

  /** + and - bind looser than * and /, all tighter than & (Sheets operator precedence). */
  private additive(): Node {
    let left = this.multiplicative();
    for (;;) {
      this.ws();
      const op = this.s[this.i];
      if (op !== "+" && op !== "-") return left;
      this.i++;
      left = { kind: "arith", op, left, right: this.multiplicative() };
    }
  }

  private multiplicative(): Node {
    let left = this.unary();
    for (;;) {
      this.ws();
      const op = this.s[this.i];
      if (op !== "*" && op !== "/") return left;
      this.i++;
      left = { kind: "arith", op, left, right: this.unary() };
    }
  }

  private unary(): Node {
    this.ws();
    const op = this.s[this.i];
    if (op === "+" || op === "-") {
      this.i++;
      return { kind: "sign", negative: op === "-", operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Node {
    this.ws();
    const rest = this.s.slice(this.i);
    if (rest.startsWith("(")) {
      this.i++;
      const inner = this.concat();
      this.ws();
      if (this.s[this.i] !== ")") throw new Error("missing )");
      this.i++;
      return inner;
    }
    if (rest.startsWith('"')) {
      let j = this.i + 1;
      let text = "";
      for (;;) {
        const ch = this.s[j];
        if (ch === undefined) throw new Error("unterminated string");
        if (ch === '"') {
          if (this.s[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += ch;
        j++;
      }
      this.i = j + 1;
      return { kind: "literal", value: text };
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      const pct = num[0].endsWith("%");
      const n = Number(pct ? num[0].slice(0, -1) : num[0]);
      return { kind: "literal", value: pct ? n / 100 : n };
    }
    const quotedSheet = /^'(?:[^']|'')+'!\$?[A-Za-z]{0,3}\$?\d*(:\$?[A-Za-z]{0,3}\$?\d*)?/.exec(rest);
    if (quotedSheet) {
      this.i += quotedSheet[0].length;
      return { kind: "ref", text: quotedSheet[0] };
    }
    if (rest.startsWith("#REF!")) {
      this.i += 5;
      return { kind: "error", code: "#REF!" };
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (!ident) throw new Error(`unexpected "${rest}"`);
    const word = ident[0];
    const after = this.s.slice(this.i + word.length);
    if (after.startsWith("(")) {
      this.i += word.length + 1;
      const args: Node[] = [];
      this.ws();
      if (this.s[this.i] === ")") this.i++;
      else {
        for (;;) {
          args.push(this.concat());
          this.ws();
          const ch = this.s[this.i++];
          if (ch === ")") break;
          if (ch !== ",") throw new Error("expected , or )");
        }
      }
      return { kind: "call", name: word.toUpperCase(), args };
    }
    const looksLikeRef = /^[A-Za-z]{1,3}\d+$/.test(word) || after.startsWith("!") || after.startsWith(":");
    const ref = /^(?:[A-Za-z_][A-Za-z0-9_.]*!)?\$?[A-Za-z]{0,3}\$?\d*(:\$?[A-Za-z]{0,3}\$?\d*)?/.exec(rest);
    if (looksLikeRef && ref && parseA1(ref[0])) {
      this.i += ref[0].length;
      return { kind: "ref", text: ref[0] };
    }
    this.i += word.length;
    if (/^(TRUE|FALSE)$/i.test(word)) return { kind: "literal", value: word.toUpperCase() === "TRUE" };
    return { kind: "name", name: word };
  }
}

/** Evaluates stored formulas against the model; custom functions run through `runCustom`. */
export class FormulaEngine {
  private readonly stack = new Set<string>();
  private readonly customCache = new Map<string, Result>();
  private memo: Map<string, Result> | null = null;
  /** Per read batch: for each sheet, the cells covered by spilled array results (not their origin). */
  private spills: Map<number, Map<string, CellValue> | "building"> | null = null;

  /**
   * False while the add-on is not enabled in the document for the person looking: its custom
   * functions are unknown there, so their cells show #NAME? with "Unknown function" on hover
   * (reported, not documented: PLATFORM §9 "Custom functions of an add-on").
   */
  customFunctionsAvailable = true;

  constructor(
    private readonly model: WorkbookModel,
    private readonly customFunctions: ReadonlySet<string>,
    private readonly runCustom: CustomFunctionRunner,
  ) {}

  /** Runs `read` with evaluations memoised (one consistent read of the workbook). */
  batch<T>(read: () => T): T {
    if (this.memo) return read();
    this.memo = new Map();
    this.spills = new Map();
    try {
      return read();
    } finally {
      this.memo = null;
      this.spills = null;
    }
  }

  /** The value a cell shows: its own, its formula's result, or a neighbour's spilled result. */
  evaluate(sheet: SheetData, row: number, col: number): Evaluated {
    return this.batch(() => {
      const cell = this.model.cell(sheet, row, col);
      if (cell?.formula !== undefined) {
        const r = this.formulaResult(sheet, row, col, cell.formula);
        if (isError(r)) return { value: r.error, error: r };
        if (Array.isArray(r)) return { value: r[0]?.[0] ?? "" };
        return { value: r };
      }
      if (hasContent(cell)) return { value: cell?.value ?? "" };
      return { value: this.spilledInto(sheet, row, col) };
    });
  }

  /** Rows and columns a formula cell's result covers (1 × 1 unless it spills). */
  extent(sheet: SheetData, row: number, col: number): [number, number] {
    const formula = this.model.cell(sheet, row, col)?.formula;
    if (formula === undefined) return [1, 1];
    const r = this.batch(() => this.formulaResult(sheet, row, col, formula));
    if (!Array.isArray(r)) return [1, 1];
    return [r.length, Math.max(1, ...r.map((line) => line.length))];
  }

  /** The value spilled into an empty cell by an array formula above or left of it, or "". */
  private spilledInto(sheet: SheetData, row: number, col: number): CellValue {
    const spills = this.spills;
    if (!spills) return "";
    let index = spills.get(sheet.id);
    if (index === "building") return "";
    if (!index) {
      spills.set(sheet.id, "building");
      const built = new Map<string, CellValue>();
      for (const [k, c] of sheet.cells) {
        if (c.formula === undefined) continue;
        const [fr, fc] = k.split(":").map(Number) as [number, number];
        if (this.stack.has(`${sheet.id}:${fr}:${fc}`)) continue;
        const r = this.formulaResult(sheet, fr, fc, c.formula);
        if (!Array.isArray(r)) continue;
        r.forEach((line, i) => {
          line.forEach((v, j) => {
            if (i || j) built.set(`${fr + i}:${fc + j}`, v);
          });
        });
      }
      spills.set(sheet.id, built);
      index = built;
    }
    return index.get(`${row}:${col}`) ?? "";
  }

  private formulaResult(sheet: SheetData, row: number, col: number, formula: string): Result {
    const id = `${sheet.id}:${row}:${col}`;
    const memoKey = `${id}|${formula}`;
    const memo = this.memo?.get(memoKey);
    if (memo !== undefined) return memo;
    if (this.stack.has(id)) {
      return {
        error: "#REF!",
        message: "Circular dependency detected. To resolve with iterative calculation, see File > Settings.",
      };
    }
    this.stack.add(id);
    let result: Result;
    try {
      let node: Node;
      try {
        node = new Parser(formula.slice(1)).parse();
      } catch {
        result = { error: "#ERROR!", message: "Formula parse error." };
        this.memo?.set(memoKey, result);
        return result;
      }
      result = this.node(sheet, node);
      if (Array.isArray(result)) result = this.checkSpill(sheet, row, col, result);
    } finally {
      this.stack.delete(id);
    }
    this.memo?.set(memoKey, result);
    return result;
  }

  private checkSpill(sheet: SheetData, row: number, col: number, grid: Grid): Result {
    for (let i = 0; i < grid.length; i++) {
      const width = grid[i]?.length ?? 0;
      for (let j = 0; j < width; j++) {
        if (i === 0 && j === 0) continue;
        if (
          row + i > sheet.maxRows ||
          col + j > sheet.maxCols ||
          hasContent(this.model.cell(sheet, row + i, col + j))
        ) {
          return {
            error: "#REF!",
            message: "Array result was not expanded because it would overwrite data.",
          };
        }
      }
    }
    return grid;
  }

  private node(sheet: SheetData, node: Node): Result {
    switch (node.kind) {
      case "literal":
        return node.value;
      case "name":
        return this.namedRange(node.name);
      case "error":
        return { error: node.code, message: "Reference does not exist." };
      case "ref":
        return this.reference(sheet, node.text);
      case "concat": {
        let text = "";
        for (const part of node.parts) {
          const v = this.scalar(this.node(sheet, part));
          if (isError(v)) return v;
          text += typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
        }
        return text;
      }
      case "call":
        return this.call(sheet, node.name, node.args);
      case "sign": {
        // Unary plus returns its operand unchanged, as UPLUS does; minus needs a number (UMINUS).
        if (!node.negative) return this.scalar(this.node(sheet, node.operand));
        const v = this.number(this.node(sheet, node.operand));
        return typeof v === "number" ? -v : v;
      }
      case "arith":
        return this.arith(sheet, node.op, node.left, node.right);
    }
  }

  /**
   * A value as a number for arithmetic: "" is 0, TRUE 1, a Date its serial day; other text #VALUE!. The
   * serial counts days from 1899-12-30 on the wall clock of the spreadsheet's zone (a Date cell holds
   * midnight there: PLATFORM §9), so a date cell is a whole number wherever the spreadsheet is.
   */
  private number(r: Result): number | FormulaError {
    const v = this.scalar(r);
    if (isError(v)) return v;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (v === "") return 0;
    if (v instanceof Date || Object.prototype.toString.call(v) === "[object Date]")
      return serialDay(v as Date, this.model.timeZone);
    const n = Number(v);
    if (v.trim() !== "" && Number.isFinite(n)) return n;
    return {
      error: "#VALUE!",
      message: `Function ARITHMETIC expects number values. But '${v}' is a text and cannot be coerced to a number.`,
    };
  }

  private arith(sheet: SheetData, op: string, leftNode: Node, rightNode: Node): Result {
    const a = this.number(this.node(sheet, leftNode));
    if (isError(a)) return a;
    const b = this.number(this.node(sheet, rightNode));
    if (isError(b)) return b;
    if (op === "/" && b === 0)
      return { error: "#DIV/0!", message: "Function DIVIDE parameter 2 cannot be zero." };
    return op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
  }

  private scalar(r: Result): CellValue | FormulaError {
    if (Array.isArray(r)) return r[0]?.[0] ?? "";
    return r;
  }

  private reference(sheet: SheetData, text: string): Result {
    const ref = parseA1(text);
    const { sheetName } = splitSheet(text);
    const target = sheetName === undefined ? sheet : this.model.sheetByName(sheetName);
    if (!ref || !target) return { error: "#REF!", message: `Unresolved sheet name '${sheetName ?? ""}'.` };
    const startRow = ref.startRow ?? 1;
    const startCol = ref.startCol ?? 1;
    const endRow =
      ref.endRow ?? (ref.startRow !== undefined && ref.startCol !== undefined ? startRow : target.maxRows);
    const endCol =
      ref.endCol ?? (ref.startCol !== undefined && ref.startRow !== undefined ? startCol : target.maxCols);
    const grid: Grid = [];
    for (let r = startRow; r <= endRow; r++) {
      const line: CellValue[] = [];
      for (let c = startCol; c <= endCol; c++) {
        const e = this.evaluate(target, r, c);
        if (e.error) return e.error;
        line.push(e.value);
      }
      grid.push(line);
    }
    return grid.length === 1 && grid[0]?.length === 1 ? (grid[0][0] ?? "") : grid;
  }

  /** A named range's cells ([Spreadsheet.setNamedRange]); #REF! once its sheet or rows are gone. */
  private namedRange(name: string): Result {
    const named = this.model.namedRanges.get(name.toLowerCase());
    if (!named) return { error: "#NAME?", message: `Unknown range name: '${name}'.` };
    const target = this.model.sheetById(named.sheetId);
    if (!target || !named.range) return { error: "#REF!", message: `Reference does not exist: ${name}.` };
    const g = named.range;
    const grid: Grid = [];
    for (let r = g.row; r < g.row + g.numRows; r++) {
      const line: CellValue[] = [];
      for (let c = g.col; c < g.col + g.numCols; c++) {
        const e = this.evaluate(target, r, c);
        if (e.error) return e.error;
        line.push(e.value);
      }
      grid.push(line);
    }
    return grid.length === 1 && grid[0]?.length === 1 ? (grid[0][0] ?? "") : grid;
  }

  /** INDEX(range, row, column): one cell of a range, 1-based (Sheets function reference). */
  private index(args: readonly (CellValue | Grid)[]): Result {
    const [range, rowArg, colArg] = args;
    const grid: Grid = Array.isArray(range) ? range : [[range ?? ""]];
    const row = Number(this.scalar(rowArg ?? 1));
    const col = Number(this.scalar(colArg ?? 1));
    const value = grid[row - 1]?.[col - 1];
    if (value === undefined || !Number.isInteger(row) || !Number.isInteger(col)) {
      return { error: "#REF!", message: "Function INDEX parameter 2 value is out of range." };
    }
    return value;
  }

  private call(sheet: SheetData, name: string, argNodes: readonly Node[]): Result {
    const args: (CellValue | Grid)[] = [];
    for (const a of argNodes) {
      const v = this.node(sheet, a);
      if (isError(v)) return v;
      args.push(v);
    }
    if (name === "HYPERLINK") {
      const url = this.scalar(args[0] ?? "");
      const label = args.length > 1 ? this.scalar(args[1] ?? "") : url;
      return label;
    }
    if (name === "INDEX") return this.index(args);
    if (this.customFunctions.has(name) && this.customFunctionsAvailable) return this.custom(name, args);
    return { error: "#NAME?", message: `Unknown function: '${name}'.` };
  }

  private custom(name: string, args: (CellValue | Grid)[]): Result {
    const cacheKey = `${name}(${JSON.stringify(args, (_k, v: unknown) => (typeof v === "string" ? `s:${v}` : v))})`;
    const cached = this.customCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const out = this.runCustom(name, args);
    let result: Result;
    if (!out.ok) result = { error: "#ERROR!", message: out.error.message };
    else result = toResult(out.value);
    this.customCache.set(cacheKey, result);
    return result;
  }
}

function toCell(v: unknown): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (Object.prototype.toString.call(v) === "[object Date]") return new Date((v as Date).getTime());
  return String(v);
}

function toResult(v: unknown): Result {
  if (!Array.isArray(v)) return toCell(v);
  const rows = v.map((row: unknown) => (Array.isArray(row) ? row.map(toCell) : [toCell(row)]));
  if (rows.length === 0) return { error: "#N/A", message: "Result was not found." };
  return rows;
}
