// `npm run export -- --out <file.xlsx> [--demo]`: runs the built add-on in the emulation and writes the
// workbook it builds as .xlsx (values, formulas with computed values, fills, fonts, widths, frozen panes,
// data validation, conditional formatting, notes), to open in Sheets, Excel or LibreOffice.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { Emulator, type WorkbookSnapshot } from "../emulator/index";
import { loadDemoEmulator } from "./demo-workbook";

type SheetSnapshot = WorkbookSnapshot["sheets"][number];
type CellSnapshot = NonNullable<SheetSnapshot["cells"][number][number]>;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
/** Sheets measures columns in pixels; Excel in characters of about 7 px. */
const excelWidth = (px: number) => Math.round((px / 7) * 100) / 100;

function plainValue(v: CellSnapshot["v"]): ExcelJS.CellValue {
  if (v === undefined) return null;
  if (typeof v === "object") return new Date(v.date);
  return v;
}

/** Sheets' number format for Excel: the same pattern language for what we use (dates, General, @). */
function excelFormat(format: string | undefined): string | undefined {
  if (!format || format === "General" || format.startsWith("0.###")) return undefined;
  return format;
}

function writeCell(cell: ExcelJS.Cell, data: CellSnapshot): void {
  const value = plainValue(data.v);
  if (data.f) {
    const result = data.err ? { error: "#ERROR!" as ExcelJS.CellErrorValue["error"] } : value;
    cell.value = { formula: data.f.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  } else {
    cell.value = value;
  }
  const numFmt = excelFormat(data.numberFormat);
  if (numFmt) cell.numFmt = numFmt;
  if (data.bg) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(data.bg) } };
  if (data.fontWeight === "bold" || data.fontColor) {
    cell.font = {
      ...(data.fontWeight === "bold" ? { bold: true } : {}),
      ...(data.fontColor ? { color: { argb: argb(data.fontColor) } } : {}),
    };
  }
  if (data.wrap) cell.alignment = { wrapText: true, vertical: "top" };
  if (data.note) cell.note = data.note;
  const rule = data.validation;
  if (rule) {
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

/** Writes a workbook snapshot as an .xlsx file. */
export async function writeXlsx(snapshot: WorkbookSnapshot, out: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = "Handoff Gate (offline emulation)";
  for (const sheet of snapshot.sheets) {
    const ws = book.addWorksheet(sheet.name, {
      state: sheet.hidden ? "hidden" : "visible",
      views: [
        {
          state: sheet.frozenRows || sheet.frozenCols ? "frozen" : "normal",
          ySplit: sheet.frozenRows,
          xSplit: sheet.frozenCols,
        },
      ],
    });
    for (const [column, px] of Object.entries(sheet.columnWidths))
      ws.getColumn(Number(column)).width = excelWidth(px);
    sheet.cells.forEach((line, r) => {
      line.forEach((data, c) => {
        if (data) writeCell(ws.getCell(r + 1, c + 1), data);
      });
    });
    for (const merge of sheet.merges) ws.mergeCells(merge);
    sheet.conditionalRules.forEach((rule, i) => {
      const built = conditionalRule(rule, i + 1);
      if (built) ws.addConditionalFormatting({ ref: rule.ranges.join(" "), rules: [built] });
    });
  }
  await book.xlsx.writeFile(out);
}

function argValue(args: readonly string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

/** The command: builds the workbook (empty with the menu, or the demo) and exports it. */
export async function main(args: readonly string[]): Promise<string> {
  const out = resolve(argValue(args, "--out") ?? "handoff-gate.xlsx");
  const emulator = args.includes("--demo") ? await loadDemoEmulator() : await Emulator.load();
  if (!args.includes("--demo")) emulator.runTrigger("onOpen", { authMode: "NONE" });
  const snapshot = emulator.snapshot();
  await writeXlsx(snapshot, out);
  return out;
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
