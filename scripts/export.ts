// `npm run export -- --out <file.xlsx> [--demo] [--formulas values|sheets]`: runs the built add-on in the
// emulation and writes the workbook it builds as an .xlsx that stands on its own in LibreOffice and Excel:
// values, formulas with computed values, named ranges, fills, a sans font, widths and row heights that
// fit, frozen panes, in-file links, print setup, data validation, conditional formatting and notes.
//
// Custom functions (HANDOFF_GATE, AUDIT_SUMMARY) exist only where the add-on runs. `--formulas values`
// (the default) writes their computed value, so every client shows GO / NOT YET and the audit summary
// without #NAME?; opened in Google Sheets with the add-on, "Validate this handoff" and "Refresh register"
// restore the gate formulas they own, so nothing is lost. `--formulas sheets` keeps the Sheets formula
// (with its value cached) for a round trip into Sheets: Excel shows the cached value until it
// recalculates, LibreOffice shows #NAME? after a recalculation.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { Emulator, type WorkbookSnapshot } from "../emulator/index";
import { zonedParts } from "../emulator/time-zone";
import { REGISTER_SHEET } from "../src/core/register/register-columns";
import { loadDemoEmulator } from "./demo-workbook";
import {
  DEFAULT_COLUMN_PX,
  DEFAULT_ROW_PX,
  fitWidth,
  MAX_FIT_COLUMN_PX,
  rowHeightPx,
  wrappedLines,
} from "./workbook-fit";

type SheetSnapshot = WorkbookSnapshot["sheets"][number];
type CellSnapshot = NonNullable<SheetSnapshot["cells"][number][number]>;

/** How custom-function cells are written. */
export type FormulaMode = "values" | "sheets";

export interface XlsxOptions {
  readonly formulas?: FormulaMode;
  /** Names of the bundle's custom functions. */
  readonly customFunctions?: readonly string[];
  /** `Sheet name!row:col` of cells filled by a custom function's spilled result (left empty in sheets mode). */
  readonly spilled?: ReadonlySet<string>;
}

/** Sheets' default font: Arial 10 (LibreOffice uses the metric-compatible Liberation Sans). */
const FONT = { name: "Arial", size: 10, family: 2 } as const;
const BOOLEAN_FORMAT = '"TRUE";"TRUE";"FALSE"';
const GID_LINK = /^=HYPERLINK\("#gid=(\d+)"\s*,\s*"((?:[^"]|"")*)"\)$/i;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
/** Sheets measures columns in pixels; Excel in characters of the default font (about 7 px, plus 5 px). */
const excelWidth = (px: number) => Math.round(((px - 5) / 7) * 100) / 100;
const points = (px: number) => Math.round(px * 0.75 * 100) / 100;
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * A cell value for ExcelJS. An .xlsx date is a serial with no zone (the wall clock shown), and ExcelJS
 * writes a Date's UTC fields: a Date becomes the UTC instant whose fields are its wall clock in the
 * spreadsheet's zone, so midnight there stays midnight of the same day in the file.
 */
function plainValue(v: CellSnapshot["v"], timeZone: string): ExcelJS.CellValue {
  if (v === undefined) return null;
  if (typeof v === "object") {
    const p = zonedParts(new Date(v.date), timeZone);
    return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond));
  }
  return v;
}

/** What the cell shows in Sheets. */
function shownText(data: CellSnapshot): string {
  if (data.display !== undefined) return data.display;
  if (data.v === undefined) return "";
  if (typeof data.v === "boolean") return data.v ? "TRUE" : "FALSE";
  return typeof data.v === "object" ? data.v.date.slice(0, 10) : String(data.v);
}

/** Sheets' number format for Excel: the same pattern language for what we use (dates, General, @). */
function excelFormat(format: string | undefined): string | undefined {
  if (!format || format === "General" || format.startsWith("0.###")) return undefined;
  return format;
}

/** `'Tab name'!A1:J33` → `'Tab name'!$A$1:$J$33`, as defined names are written. */
function absolute(range: string): string {
  const at = range.lastIndexOf("!");
  const cells = range.slice(at + 1).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${range.slice(0, at)}!${cells}`;
}

function callsCustom(formula: string, names: readonly string[]): boolean {
  return names.some((n) => new RegExp(`(^|[^\\w.])${n}\\s*\\(`, "i").test(formula));
}

interface SheetLinks {
  /** Sheet id → name, for Sheets' `#gid=` links. */
  readonly byGid: Map<number, string>;
  /** Handoff ID → its register row. */
  readonly registerRows: Map<string, number>;
  /** The spreadsheet's time zone, whose wall clock the file's dates keep. */
  readonly timeZone: string;
}

function writeValue(
  cell: ExcelJS.Cell,
  data: CellSnapshot,
  sheet: SheetSnapshot,
  links: SheetLinks,
  opts: XlsxOptions,
): void {
  const value = plainValue(data.v, links.timeZone);
  const gid = data.f ? GID_LINK.exec(data.f) : null;
  const target = gid ? links.byGid.get(Number(gid[1])) : undefined;
  if (gid && target !== undefined) {
    cell.value = { text: (gid[2] ?? "").replace(/""/g, '"'), hyperlink: `${quoteSheet(target)}!A1` };
    cell.font = { ...FONT, color: { argb: "FF1155CC" }, underline: true };
    return;
  }
  const row = sheet.name !== REGISTER_SHEET ? links.registerRows.get(shownText(data)) : undefined;
  if (!data.f && typeof data.v === "string" && row !== undefined) {
    cell.value = { text: data.v, hyperlink: `${quoteSheet(REGISTER_SHEET)}!A${row}` };
    cell.font = { ...FONT, color: { argb: "FF1155CC" }, underline: true };
    return;
  }
  const custom = data.f !== undefined && callsCustom(data.f, opts.customFunctions ?? []);
  if (data.f && !(custom && opts.formulas !== "sheets")) {
    const result = data.err ? { error: "#ERROR!" as ExcelJS.CellErrorValue["error"] } : value;
    cell.value = { formula: data.f.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  } else {
    cell.value = data.err ? "#ERROR!" : value;
  }
}

function writeFormats(cell: ExcelJS.Cell, data: CellSnapshot, wrap: boolean): void {
  let numFmt = typeof data.v === "boolean" ? BOOLEAN_FORMAT : excelFormat(data.numberFormat);
  // A formula reading an empty cell shows nothing in Sheets but 0 in Excel and LibreOffice: an empty
  // zero section keeps it blank there too.
  if (data.f && data.v === undefined && !data.err)
    numFmt = `${numFmt ?? "General"};-${numFmt ?? "General"};;@`;
  if (numFmt) cell.numFmt = numFmt;
  if (data.bg) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(data.bg) } };
  if (!cell.font?.underline) {
    cell.font = {
      ...FONT,
      ...(data.fontWeight === "bold" ? { bold: true } : {}),
      ...(data.fontLine === "line-through" ? { strike: true } : {}),
      ...(data.fontSize ? { size: data.fontSize } : {}),
      ...(data.fontColor ? { color: { argb: argb(data.fontColor) } } : {}),
    };
  }
  const align = data.validation?.criteria === "CHECKBOX" ? "center" : data.horizontalAlignment?.toLowerCase();
  const horizontal = align === "general" ? undefined : (align as ExcelJS.Alignment["horizontal"] | undefined);
  cell.alignment = {
    // Top, not Sheets' bottom: a label stays level with the first line of wrapped text beside it.
    vertical: "top",
    ...(wrap ? { wrapText: true } : {}),
    ...(horizontal ? { horizontal } : {}),
  };
  if (data.note) cell.note = data.note;
  const rule = data.validation;
  if (!rule) return;
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    errorStyle: rule.allowInvalid ? "warning" : "stop",
    ...(rule.helpText ? { showInputMessage: true, prompt: rule.helpText } : {}),
  } as const;
  if (rule.criteria === "VALUE_IN_LIST") {
    const list = (Array.isArray(rule.values[0]) ? rule.values[0] : rule.values) as unknown[];
    cell.dataValidation = { ...common, type: "list", formulae: [`"${list.map(String).join(",")}"`] };
  } else if (rule.criteria === "CHECKBOX") {
    cell.dataValidation = { ...common, type: "list", formulae: ['"TRUE,FALSE"'] };
  } else if (rule.criteria.startsWith("DATE")) {
    cell.dataValidation = {
      ...common,
      type: "date",
      operator: "greaterThan",
      formulae: [new Date(Date.UTC(1900, 0, 1))],
    };
  }
}

function conditionalRule(
  rule: SheetSnapshot["conditionalRules"][number],
  priority: number,
): ExcelJS.ConditionalFormattingRule | null {
  const style: Partial<ExcelJS.Style> = {
    ...(rule.bg ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.bg) } } } : {}),
    font: {
      ...(rule.bold ? { bold: true } : {}),
      ...(rule.fontColor ? { color: { argb: argb(rule.fontColor) } } : {}),
    },
  };
  const value = rule.values[0] ?? "";
  switch (rule.condition) {
    case "TEXT_EQUAL_TO":
      return {
        type: "cellIs",
        operator: "equal",
        formulae: [`"${value.replace(/"/g, '""')}"`],
        style,
        priority,
      };
    case "TEXT_STARTS_WITH": {
      // exceljs has no beginsWith rule: an expression relative to the range's top-left cell does the same.
      const topLeft = (rule.ranges[0] ?? "A1").split(":")[0];
      const quoted = `"${value.replace(/"/g, '""')}"`;
      return {
        type: "expression",
        formulae: [`LEFT(${topLeft},${value.length})=${quoted}`],
        style,
        priority,
      };
    }
    case "TEXT_CONTAINS":
      return { type: "containsText", operator: "containsText", text: value, style, priority };
    case "CUSTOM_FORMULA":
      return { type: "expression", formulae: [value.replace(/^=/, "")], style, priority };
    default:
      return null;
  }
}

/**
 * Column widths (px) so every unwrapped text shows whole, and the cells too long for that, which wrap.
 * As in Sheets, text may run on into empty cells to its right; a column widens (up to a limit) only
 * where the next cell holds something and would cut the text.
 */
function fitColumns(sheet: SheetSnapshot): { widths: number[]; mustWrap: Set<string> } {
  const cols = Math.max(0, ...sheet.cells.map((line) => line.length));
  const widths = Array.from({ length: cols }, (_, c) => sheet.columnWidths[c + 1] ?? DEFAULT_COLUMN_PX);
  const mustWrap = new Set<string>();
  sheet.cells.forEach((line, r) => {
    line.forEach((data, c) => {
      if (!data || data.wrap) return;
      const text = shownText(data);
      if (!text) return;
      const need = fitWidth(text, data.fontWeight === "bold");
      let room = widths[c] ?? DEFAULT_COLUMN_PX;
      const isText = typeof data.v === "string" && !data.display;
      for (let next = c + 1; isText && next < cols && !shownOf(line[next]); next++)
        room += widths[next] ?? DEFAULT_COLUMN_PX;
      if (need <= room) return;
      if (need > MAX_FIT_COLUMN_PX) mustWrap.add(`${r}:${c}`);
      widths[c] = Math.max(widths[c] ?? DEFAULT_COLUMN_PX, Math.min(need, MAX_FIT_COLUMN_PX));
    });
  });
  return { widths, mustWrap };
}

const shownOf = (data: CellSnapshot | null | undefined): string => (data ? shownText(data) : "");

function writeSheet(
  book: ExcelJS.Workbook,
  sheet: SheetSnapshot,
  links: SheetLinks,
  opts: XlsxOptions,
): void {
  const ws = book.addWorksheet(sheet.name, {
    state: sheet.hidden ? "hidden" : "visible",
    properties: { defaultRowHeight: points(DEFAULT_ROW_PX) },
    views: [
      {
        state: sheet.frozenRows || sheet.frozenCols ? "frozen" : "normal",
        ySplit: sheet.frozenRows,
        xSplit: sheet.frozenCols,
      },
    ],
    pageSetup: {
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(sheet.frozenRows ? { printTitlesRow: `1:${sheet.frozenRows}` } : {}),
    },
  });
  const { widths, mustWrap } = fitColumns(sheet);
  widths.forEach((px, c) => {
    ws.getColumn(c + 1).width = excelWidth(px);
  });
  sheet.cells.forEach((line, r) => {
    let lines = 1;
    line.forEach((data, c) => {
      if (!data) return;
      if (opts.formulas === "sheets" && opts.spilled?.has(`${sheet.name}!${r + 1}:${c + 1}`)) return;
      const cell = ws.getCell(r + 1, c + 1);
      const wrap = Boolean(data.wrap) || mustWrap.has(`${r}:${c}`);
      writeValue(cell, data, sheet, links, opts);
      writeFormats(cell, data, wrap);
      const text = shownText(data);
      if (wrap && text) {
        lines = Math.max(
          lines,
          wrappedLines(text, widths[c] ?? DEFAULT_COLUMN_PX, data.fontWeight === "bold"),
        );
      }
    });
    if (lines > 1) ws.getRow(r + 1).height = points(rowHeightPx(lines));
  });
  for (const merge of sheet.merges) ws.mergeCells(merge);
  sheet.conditionalRules.forEach((rule, i) => {
    const built = conditionalRule(rule, i + 1);
    if (built) ws.addConditionalFormatting({ ref: rule.ranges.join(" "), rules: [built] });
  });
}

/** Writes a workbook snapshot as an .xlsx file. */
export async function writeXlsx(
  snapshot: WorkbookSnapshot,
  out: string,
  opts: XlsxOptions = {},
): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = "Handoff Gate (offline emulation)";
  const register = snapshot.sheets.find((s) => s.name === REGISTER_SHEET);
  const registerRows = new Map<string, number>();
  register?.cells.forEach((line, r) => {
    const id = line[0]?.v;
    if (r > 0 && typeof id === "string" && id) registerRows.set(id, r + 1);
  });
  const links: SheetLinks = {
    byGid: new Map(snapshot.sheets.map((s) => [s.id, s.name])),
    registerRows,
    timeZone: snapshot.timeZone,
  };
  for (const sheet of snapshot.sheets) writeSheet(book, sheet, links, opts);
  for (const named of snapshot.namedRanges) {
    if (named.range !== "#REF!") book.definedNames.add(absolute(named.range), named.name);
  }
  await book.xlsx.writeFile(out);
}

function argValue(args: readonly string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  if (at >= 0) return args[at + 1];
  return args.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

/** `Sheet!row:col` of every cell a formula's result spilled into (not the formula's own cell). */
function spilledCells(emulator: Emulator): Set<string> {
  const spilled = new Set<string>();
  for (const sheet of emulator.model.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === undefined) continue;
      const [r, c] = key.split(":").map(Number) as [number, number];
      const [h, w] = emulator.formulas.extent(sheet, r, c);
      for (let dr = 0; dr < h; dr++)
        for (let dc = 0; dc < w; dc++) if (dr || dc) spilled.add(`${sheet.name}!${r + dr}:${c + dc}`);
    }
  }
  return spilled;
}

/** The command: builds the workbook (empty with the menu, or the demo) and exports it. */
export async function main(args: readonly string[]): Promise<string> {
  const out = resolve(argValue(args, "--out") ?? "handoff-gate.xlsx");
  const formulas = argValue(args, "--formulas") ?? "values";
  if (formulas !== "values" && formulas !== "sheets") {
    throw new Error(
      `--formulas must be "values" (custom-function cells as their computed value, for LibreOffice and Excel) or "sheets" (keep the Google Sheets formula), not "${formulas}".`,
    );
  }
  const emulator = args.includes("--demo") ? await loadDemoEmulator() : await Emulator.load();
  if (!args.includes("--demo")) emulator.runTrigger("onOpen", { authMode: "NONE" });
  await exportWorkbook(emulator, out, formulas);
  return out;
}

/** Writes the emulated workbook as it stands to `out` (.xlsx). */
export async function exportWorkbook(
  emulator: Emulator,
  out: string,
  formulas: FormulaMode = "values",
): Promise<void> {
  await writeXlsx(emulator.snapshot(), out, {
    formulas,
    customFunctions: emulator.customFunctions,
    spilled: spilledCells(emulator),
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).then(
    (out) => console.log(`Wrote ${out}`),
    (e: unknown) => {
      console.error(`Export failed: ${(e as Error).message}`);
      process.exit(1);
    },
  );
}
