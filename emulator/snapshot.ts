// A plain, JSON-able dump of the workbook for tests and for rendering it elsewhere (export, web view).
// Host-side: reading it is not counted, though formulas are evaluated (custom functions run).

import { formatA1, quoteSheetName } from "./a1";
import { isDate } from "./cell-input";
import { displayValue } from "./display-format";
import type { FormulaEngine } from "./formulas";
import type { CellValue, GridRange, SheetData, WorkbookModel } from "./workbook-model";

/** A JSON value; Dates appear as { date: ISO string }. */
export type SnapshotValue = string | number | boolean | { readonly date: string };

/** One cell; absent keys mean empty or Sheets' default. */
export interface SnapshotCell {
  /** Computed value ("" omitted). */
  v?: SnapshotValue;
  /** What the cell shows (omitted when equal to String(v)). */
  display?: string;
  /** Formula text. */
  f?: string;
  /** Error message of a formula error (e.g. what a custom function threw), shown on hover. */
  err?: string;
  note?: string;
  bg?: string;
  fontWeight?: "bold";
  fontLine?: "underline" | "line-through";
  fontColor?: string;
  fontSize?: number;
  numberFormat?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
  validation?: { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string | null };
}

/** One sheet. `cells` covers rows 1..lastRow and columns 1..lastCol of anything set (null = empty). */
export interface SheetSnapshot {
  name: string;
  id: number;
  index: number;
  hidden: boolean;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  columnWidths: Record<string, number>;
  cells: (SnapshotCell | null)[][];
  merges: string[];
  conditionalRules: {
    ranges: string[];
    condition: string;
    values: string[];
    bg?: string;
    fontColor?: string;
    bold?: boolean;
  }[];
  protections: { type: string; range: string; description: string; warningOnly: boolean }[];
}

/** The whole workbook. */
export interface WorkbookSnapshot {
  name: string;
  timeZone: string;
  activeSheet: string;
  sheets: SheetSnapshot[];
  metadata: { key: string; value: string | null; visibility: string; location: string }[];
  /** Named ranges as `Sheet!A1:B2`, or `#REF!` once their sheet or rows are gone. */
  namedRanges: { name: string; range: string }[];
  properties: {
    document: Record<string, string>;
    script: Record<string, string>;
    user: Record<string, Record<string, string>>;
  };
}

function plain(v: CellValue): SnapshotValue {
  return isDate(v) ? { date: v.toISOString() } : v;
}

const a1 = (g: GridRange): string => formatA1(g.row, g.col, g.numRows, g.numCols);

function sheetSnapshot(
  model: WorkbookModel,
  engine: FormulaEngine,
  sheet: SheetData,
  index: number,
): SheetSnapshot {
  let rows = 0;
  let cols = 0;
  for (const [r, c] of sheet.cells.positioned()) {
    const [h, w] = engine.extent(sheet, r, c);
    rows = Math.max(rows, r + h - 1);
    cols = Math.max(cols, c + w - 1);
  }
  const cells = engine.batch(() => {
    const out: (SnapshotCell | null)[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: (SnapshotCell | null)[] = [];
      for (let c = 1; c <= cols; c++) {
        const stored = model.cell(sheet, r, c);
        const ev = engine.evaluate(sheet, r, c);
        const cell: SnapshotCell = {};
        if (ev.value !== "") cell.v = plain(ev.value);
        const shown = displayValue(ev.value, stored?.numberFormat, model.timeZone);
        if (ev.value !== "" && shown !== String(ev.value)) cell.display = shown;
        if (stored?.formula !== undefined) cell.f = stored.formula;
        if (ev.error) cell.err = ev.error.message;
        if (stored?.note) cell.note = stored.note;
        if (stored?.background) cell.bg = stored.background;
        if (stored?.fontWeight === "bold") cell.fontWeight = "bold";
        if (stored?.fontLine) cell.fontLine = stored.fontLine;
        if (stored?.fontColor) cell.fontColor = stored.fontColor;
        if (stored?.fontSize) cell.fontSize = stored.fontSize;
        if (stored?.numberFormat) cell.numberFormat = stored.numberFormat;
        if (stored?.wrap) cell.wrap = true;
        if (stored?.horizontalAlignment) cell.horizontalAlignment = stored.horizontalAlignment;
        if (stored?.validation) {
          const v = stored.validation;
          cell.validation = {
            criteria: v.criteria,
            values: JSON.parse(JSON.stringify(v.values)) as unknown[],
            allowInvalid: v.allowInvalid,
            helpText: v.helpText,
          };
        }
        line.push(Object.keys(cell).length ? cell : null);
      }
      out.push(line);
    }
    return out;
  });
  return {
    name: sheet.name,
    id: sheet.id,
    index: index + 1,
    hidden: sheet.hidden,
    maxRows: sheet.maxRows,
    maxCols: sheet.maxCols,
    frozenRows: sheet.frozenRows,
    frozenCols: sheet.frozenCols,
    columnWidths: Object.fromEntries(
      [...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [String(c), w]),
    ),
    cells,
    merges: sheet.merges.map(a1),
    conditionalRules: sheet.conditionalRules.map((r) => ({
      ranges: r.ranges.map(a1),
      condition: r.condition.type,
      values: [...r.condition.values],
      ...(r.format.background ? { bg: r.format.background } : {}),
      ...(r.format.fontColor ? { fontColor: r.format.fontColor } : {}),
      ...(r.format.bold !== undefined ? { bold: r.format.bold } : {}),
    })),
    protections: sheet.protections.map((p) => ({
      type: p.type,
      range: a1(p.range),
      description: p.description,
      warningOnly: p.warningOnly,
    })),
  };
}

/** Builds the snapshot of a model. */
export function snapshotOf(model: WorkbookModel, engine: FormulaEngine): WorkbookSnapshot {
  const sheetName = (id: number): string => model.sheetById(id)?.name ?? `#${id}`;
  return {
    name: model.name,
    timeZone: model.timeZone,
    activeSheet: model.activeSheet().name,
    sheets: model.sheets.map((s, i) => sheetSnapshot(model, engine, s, i)),
    metadata: model.metadata.map((m) => {
      const loc = m.location;
      const location =
        loc.type === "SPREADSHEET"
          ? "spreadsheet"
          : loc.type === "SHEET"
            ? `sheet ${sheetName(loc.sheetId)}`
            : `${loc.type.toLowerCase()} ${sheetName(loc.sheetId)}!${loc.start}+${loc.count}`;
      return { key: m.key, value: m.value, visibility: m.visibility, location };
    }),
    namedRanges: [...model.namedRanges.values()].map((n) => {
      const sheet = model.sheetById(n.sheetId);
      return {
        name: n.name,
        range: sheet && n.range ? `${quoteSheetName(sheet.name)}!${a1(n.range)}` : "#REF!",
      };
    }),
    properties: {
      document: Object.fromEntries(model.documentProperties),
      script: Object.fromEntries(model.scriptProperties),
      user: Object.fromEntries([...model.userProperties].map(([u, s]) => [u, Object.fromEntries(s)])),
    },
  };
}
