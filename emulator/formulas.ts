// Formula evaluation, lazily on read: references (`=A1`, `='My tab'!B2`, ranges), literals, `&`,
// + - * / on numbers, comparisons (= <> < > <= >=), HYPERLINK(url, label), INDEX(range, row, column),
// TODAY, IF, IFERROR, AND, LEFT, COUNTIFS and MINIFS (criteria as the Sheets COUNTIF reference describes
// them: support.google.com/docs/answer/3093480), named ranges, and calls to the bundle's own custom functions. Each custom-function call is a
// separate CUSTOM_FUNCTION execution with a range argument as a 2-D array and a single cell as a scalar
// (developers.google.com/apps-script/guides/sheets/functions, "Arguments"); a 2-D result spills into
// empty neighbours, else "#REF!" ([CF] "Return values"). A thrown error shows "#ERROR!" with the message
// kept for hover (common knowledge, PLATFORM §1). Other functions, and the bundle's own while the add-on
// is not enabled in the document (customFunctionsAvailable), show "#NAME?" / "Unknown function".

import { parseA1, splitSheet } from "./a1";
import { type CellGrid, hasContent } from "./cell-grid";
import { offsetFormula } from "./reference-shift";
import { zonedParts } from "./time-zone";
import type { CellData, CellValue, NamedRangeData, SheetData, WorkbookModel } from "./workbook-model";

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
  | { readonly kind: "compare"; readonly op: string; readonly left: Node; readonly right: Node }
  | { readonly kind: "sign"; readonly negative: boolean; readonly operand: Node }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "error"; readonly code: string };

const isError = (r: unknown): r is FormulaError =>
  typeof r === "object" && r !== null && !Array.isArray(r) && "error" in r;

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const node = this.comparison();
    this.ws();
    if (this.i < this.s.length) throw new Error(`unexpected "${this.s.slice(this.i)}"`);
    return node;
  }

  private ws(): void {
    while (this.s[this.i] === " ") this.i++;
  }

  /** Comparisons bind loosest of all operators (Sheets operator precedence: below &). */
  private comparison(): Node {
    let left = this.concat();
    for (;;) {
      this.ws();
      const op = /^(<=|>=|<>|=|<|>)/.exec(this.s.slice(this.i))?.[0];
      if (!op) return left;
      this.i += op.length;
      left = { kind: "compare", op, left, right: this.concat() };
    }
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
      const inner = this.comparison();
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
    // An absolute reference ($A2, $B$3:$C9) starts with "$"; the $ marks are for copying, not for reading.
    const absolute = /^\$?[A-Za-z]{1,3}\$?\d*(:\$?[A-Za-z]{1,3}\$?\d*)?/.exec(rest);
    if (rest.startsWith("$") && absolute && parseA1(absolute[0])) {
      this.i += absolute[0].length;
      return { kind: "ref", text: absolute[0] };
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
          args.push(this.comparison());
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

/** Functions whose result is always a single value (see FormulaEngine.call): formulas of them never spill. */
const SINGLE_VALUE_FUNCTIONS: ReadonlySet<string> = new Set([
  "HYPERLINK",
  "INDEX",
  "TODAY",
  "AND",
  "LEFT",
  "COUNTIFS",
  "MINIFS",
]);

/**
 * Whether evaluating `node` can give a grid: a range, a named range of more than one cell (any named
 * range, without `namedRanges`), a custom function, or an IF or IFERROR branch that can.
 */
function mayGiveGrid(node: Node, namedRanges: ReadonlyMap<string, NamedRangeData> | null): boolean {
  const branch = (n: Node) => mayGiveGrid(n, namedRanges);
  switch (node.kind) {
    case "ref":
      return !/^(?:.*!)?\$?[A-Za-z]{1,3}\$?\d+$/.test(node.text);
    case "name": {
      if (!namedRanges) return true;
      const range = namedRanges.get(node.name.toLowerCase())?.range;
      return range ? range.numRows * range.numCols > 1 : false;
    }
    case "call":
      if (node.name === "IF") return node.args.slice(1).some(branch);
      if (node.name === "IFERROR") return node.args.some(branch);
      return !SINGLE_VALUE_FUNCTIONS.has(node.name);
    default:
      return false;
  }
}

/** A formula cell that may spill, where it is. */
interface SpillSource {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  readonly node: Node;
}

/** Caches kept across reads stay below this many entries (oldest dropped first). */
const CACHE_LIMIT = 20_000;

/** Stores `value` under `key`, dropping the oldest entry once the cache is full. */
function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, value);
}

/** Evaluates stored formulas against the model; custom functions run through `runCustom`. */
export class FormulaEngine {
  private readonly stack = new Set<string>();
  private readonly customCache = new Map<string, Result>();
  /** Parsed formulas by text (null: Sheets cannot parse it). */
  private readonly parsed = new Map<string, Node | null>();
  /** Per sheet's cells, the formulas that may spill, as of a version of its formulas and rows. */
  private readonly sources = new WeakMap<CellGrid, { version: number; list: readonly SpillSource[] }>();
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
    /** The clock TODAY() reads (the emulator's virtual clock). */
    private readonly now: () => number = () => Date.now(),
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

  /**
   * Whether a conditional-format custom formula holds for the cell at (row, col) of a rule whose range
   * starts at (top, left): relative references move with the cell, as in Sheets ("Use custom formula":
   * support.google.com/docs/answer/78413). null when the formula cannot be read or gives an error.
   */
  conditionAt(
    sheet: SheetData,
    formula: string,
    top: number,
    left: number,
    row: number,
    col: number,
  ): boolean | null {
    return this.batch(() => {
      let node: Node;
      try {
        node = new Parser(offsetFormula(formula, row - top, col - left).replace(/^=/, "")).parse();
      } catch {
        return null;
      }
      const v = this.scalar(this.node(sheet, node));
      if (isError(v)) return null;
      if (typeof v === "string") return v.toUpperCase() === "TRUE";
      return v !== false && v !== 0;
    });
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
      for (const { row: fr, col: fc, formula, node } of this.spillSources(sheet)) {
        if (!mayGiveGrid(node, this.model.namedRanges)) continue;
        if (this.stack.has(`${sheet.id}:${fr}:${fc}`)) continue;
        const r = this.formulaResult(sheet, fr, fc, formula);
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

  /**
   * The formulas of a sheet that may spill, whatever its named ranges cover (those are checked per
   * read): found once per change of the sheet's formulas or rows, not on every read.
   */
  private spillSources(sheet: SheetData): readonly SpillSource[] {
    const known = this.sources.get(sheet.cells);
    if (known?.version === sheet.cells.version) return known.list;
    const maybe = new Map<CellData, Node>();
    for (const c of sheet.cells.formulaCells()) {
      const node = c.formula === undefined ? null : this.parse(c.formula);
      if (node !== null && mayGiveGrid(node, null)) maybe.set(c, node);
    }
    // Their positions: one walk of the sheet, only when it has any.
    const list: SpillSource[] = [];
    for (const [row, col, c] of maybe.size ? sheet.cells.positioned() : []) {
      const node = maybe.get(c);
      if (node && c.formula !== undefined) list.push({ row, col, formula: c.formula, node });
    }
    this.sources.set(sheet.cells, { version: sheet.cells.version, list });
    return list;
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
      const node = this.parse(formula);
      if (node === null) {
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

  /** The formula's syntax tree, parsed once per text; null when it does not parse. */
  private parse(formula: string): Node | null {
    let node = this.parsed.get(formula);
    if (node === undefined) {
      try {
        node = new Parser(formula.slice(1)).parse();
      } catch {
        node = null;
      }
      remember(this.parsed, formula, node);
    }
    return node;
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
      case "compare": {
        const a = this.scalar(this.node(sheet, node.left));
        if (isError(a)) return a;
        const b = this.scalar(this.node(sheet, node.right));
        if (isError(b)) return b;
        return compareHolds(node.op, compareValues(this.comparable(a), this.comparable(b)));
      }
    }
  }

  /** A value as comparisons see it: a Date as its serial day (a date cell is a number in Sheets). */
  private comparable(v: CellValue): string | number | boolean {
    if (v instanceof Date || Object.prototype.toString.call(v) === "[object Date]")
      return serialDay(v as Date, this.model.timeZone);
    return v as string | number | boolean;
  }

  /** TODAY(): the serial day of the current date where the spreadsheet is (its time zone, not the script's). */
  private today(): number {
    return Math.floor(serialDay(new Date(this.now()), this.model.timeZone));
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
    // IF and IFERROR evaluate only the branch they return (Sheets function reference: IF, IFERROR).
    if (name === "IF") {
      const test = this.scalar(this.node(sheet, argNodes[0] ?? { kind: "literal", value: false }));
      if (isError(test)) return test;
      const truthy = typeof test === "string" ? test !== "" && test.toUpperCase() !== "FALSE" : Boolean(test);
      const branch = truthy ? argNodes[1] : argNodes[2];
      return branch ? this.node(sheet, branch) : truthy;
    }
    if (name === "IFERROR") {
      const value = this.node(sheet, argNodes[0] ?? { kind: "literal", value: "" });
      if (!isError(value)) return value;
      return argNodes[1] ? this.node(sheet, argNodes[1]) : "";
    }
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
    if (name === "TODAY") return this.today();
    if (name === "AND") {
      const all = args.flatMap((a) => (Array.isArray(a) ? a.flat() : [a]));
      return all.every((v) => v !== "" && v !== false && v !== 0 && String(v).toUpperCase() !== "FALSE");
    }
    if (name === "LEFT") {
      const text = this.scalar(args[0] ?? "");
      const count = args.length > 1 ? Number(this.scalar(args[1] ?? 1)) : 1;
      return String(text).slice(0, count);
    }
    if (name === "COUNTIFS" || name === "MINIFS") return this.ifs(name, args);
    // A function added above that can return a grid must stay out of SINGLE_VALUE_FUNCTIONS.
    if (this.customFunctions.has(name) && this.customFunctionsAvailable) return this.custom(name, args);
    return { error: "#NAME?", message: `Unknown function: '${name}'.` };
  }

  /**
   * COUNTIFS(range1, criterion1, …) and MINIFS(min_range, range1, criterion1, …): a row counts when every
   * criterion holds for its cell; all ranges must be the same size (else #VALUE!). MINIFS takes the
   * smallest number among the rows that count, 0 when none do (Sheets: support.google.com/docs/answer/7013817).
   */
  private ifs(name: string, args: readonly (CellValue | Grid)[]): Result {
    const grids = args.map((a) => (Array.isArray(a) ? a : [[a]]));
    const values = name === "MINIFS" ? grids[0] : undefined;
    const pairs = grids.slice(values ? 1 : 0);
    if (pairs.length === 0 || pairs.length % 2 !== 0)
      return { error: "#N/A", message: `Wrong number of arguments to ${name}.` };
    const cells = (g: Grid) => g.flat();
    const size = cells(pairs[0] ?? []).length;
    const tests: { cells: CellValue[]; holds: (v: string | number | boolean) => boolean }[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const range = cells(pairs[i] ?? []);
      if (range.length !== size || (values && cells(values).length !== size)) {
        return { error: "#VALUE!", message: `Array arguments to ${name} are of different size.` };
      }
      const criterion = this.scalar(pairs[i + 1] ?? "");
      if (isError(criterion)) return criterion;
      tests.push({ cells: range, holds: criterionTest(this.comparable(criterion)) });
    }
    let count = 0;
    let min = Number.POSITIVE_INFINITY;
    const own = values ? cells(values) : [];
    for (let k = 0; k < size; k++) {
      if (!tests.every((t) => t.holds(this.comparable(t.cells[k] ?? "")))) continue;
      count++;
      const v = this.comparable(own[k] ?? "");
      if (typeof v === "number" && v < min) min = v;
    }
    if (name === "COUNTIFS") return count;
    return min === Number.POSITIVE_INFINITY ? 0 : min;
  }

  private custom(name: string, args: (CellValue | Grid)[]): Result {
    const cacheKey = `${name}(${args.map(argumentKey).join("\u0002")})`;
    const cached = this.customCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const out = this.runCustom(name, args);
    let result: Result;
    if (!out.ok) result = { error: "#ERROR!", message: out.error.message };
    else result = toResult(out.value);
    remember(this.customCache, cacheKey, result);
    return result;
  }
}

/** A custom function's argument as text that tells apart every value (type included) and every grid shape. */
function argumentKey(arg: CellValue | Grid): string {
  const one = (v: CellValue) =>
    typeof v === "string"
      ? JSON.stringify(v)
      : Object.prototype.toString.call(v) === "[object Date]"
        ? `d${(v as Date).getTime()}`
        : `${typeof v}:${String(v)}`;
  if (!Array.isArray(arg)) return one(arg);
  return `[${arg.map((line) => line.map(one).join(",")).join(";")}]`;
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

/** Sheets' ordering of two values: numbers before text before booleans; text case-insensitively; blank as 0 or "". */
function compareValues(a: string | number | boolean, b: string | number | boolean): number {
  const rank = (v: string | number | boolean) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  let x = a;
  let y = b;
  if (x === "" && typeof y === "number") x = 0;
  if (y === "" && typeof x === "number") y = 0;
  if (x === "" && typeof y === "boolean") x = false;
  if (y === "" && typeof x === "boolean") y = false;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

function compareHolds(op: string, order: number): boolean {
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}

/** A text criterion's wildcards as a pattern: ? one character, * any run, ~ escapes the next (COUNTIF reference). */
function wildcardPattern(text: string): RegExp {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === "~" && i + 1 < text.length) out += (text[++i] ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "*") out += "[\\s\\S]*";
    else if (ch === "?") out += "[\\s\\S]";
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`, "i");
}

/**
 * The test a COUNTIFS/MINIFS criterion applies to each cell (COUNTIF reference): a number checks equality;
 * text may start with = <> < > <= >=; an operand that reads as a number compares numbers only (text cells
 * never match, except under <>); other text compares case-insensitively, = and <> with wildcards.
 */
function criterionTest(criterion: string | number | boolean): (v: string | number | boolean) => boolean {
  if (typeof criterion !== "string") return (v) => v === criterion;
  const [, op = "", operand = ""] = /^(<=|>=|<>|=|<|>)?([\s\S]*)$/.exec(criterion) ?? [];
  const n = Number(operand);
  if (operand.trim() !== "" && Number.isFinite(n)) {
    return (v) => {
      if (typeof v !== "number") return op === "<>";
      return compareHolds(op || "=", v - n);
    };
  }
  if (operand === "") {
    if (op === "<>") return (v) => v !== "";
    return (v) => v === "";
  }
  if (op === "" || op === "=" || op === "<>") {
    const pattern = wildcardPattern(operand);
    const equal = (v: string | number | boolean) => typeof v === "string" && pattern.test(v);
    return op === "<>" ? (v) => !equal(v) : equal;
  }
  return (v) => typeof v === "string" && compareHolds(op, compareValues(v, operand));
}
