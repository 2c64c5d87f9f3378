// Plans a new handoff's checklist tab: the values, formats, validations and colour rules the tab builder
// writes in one batch, sized to its items.

import { CHECKLIST_COLUMNS } from "../checklist/columns";
import { ITEM_KIND_LABELS, ITEM_KINDS } from "../checklist/item-kinds";
import type { ItemTemplate } from "../checklist/scenarios";
import { STATUSES } from "../checklist/statuses";
import { DECISIONS } from "../gate/decision";
import { a1 } from "../sheet/a1";
import type { CalendarDate } from "../sheet/calendar-date";
import { COLORS, type ConditionalSpec, type ValidationSpec } from "../sheet/format-specs";
import { literalText } from "../sheet/literal-text";
import {
  DECISION_LABELS,
  GATE_FONT_SIZE,
  gateFormula,
  HEADER_CELLS,
  HEADER_LABELS,
  HEADER_ROWS,
  TAB_COLUMN_WIDTHS,
  TAB_COLUMNS,
  TABLE_HEADER_ROW,
  tableColumn,
} from "./tab-layout";

/** The facts a new tab is built from. */
export interface HandoffHeader {
  readonly id: string;
  readonly client: string;
  readonly scenarioName: string;
  readonly handoffOwner: string;
  readonly receivingOwner: string;
  readonly exceptions: string;
  readonly templateRef: string;
  /** The template line in plain words, as the tab shows it. */
  readonly templateLabel: string;
  readonly created: CalendarDate;
  readonly targetKickoff: CalendarDate | null;
}

/** Everything the tab builder writes, all as plain data sized to one range A1:J<rows>. */
export interface TabPlan {
  readonly rows: number;
  readonly values: unknown[][];
  readonly numberFormats: string[][];
  readonly wraps: boolean[][];
  readonly fontSizes: number[][];
  readonly validations: (ValidationSpec | null)[][];
  readonly conditionalRules: ConditionalSpec[];
  readonly tableRange: string;
  readonly firstItemRow: number;
  readonly lastTableRow: number;
  readonly decisionRow: number;
  readonly headerBlockRange: string;
  readonly frozenRows: number;
  readonly columnWidths: readonly {
    readonly column: number;
    readonly count: number;
    readonly width: number;
  }[];
  /**
   * The Status and Due columns from the table's header row to the block's last row (A1), for the register's
   * overdue and next-due formulas: as column ranges they follow the columns, and rows inserted anywhere in
   * the table (its last item included, the decision block sits below) join them. The header block's
   * formulas stay out: a formula showing an empty cell is 0 to some spreadsheet apps.
   */
  readonly liveColumns: { readonly status: string; readonly due: string };
}

const DATE_FORMAT = "yyyy-mm-dd";
const DEFAULT_FORMAT = "General";
/** Sheets' default font size. */
const DEFAULT_FONT_SIZE = 10;

function grid<T>(rows: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: TAB_COLUMNS }, () => fill));
}

/** The checks on an item row's cells: the tab builder's, and an upgrade's for the rows it adds. */
export const ITEM_RULES = {
  Status: {
    type: "list",
    values: STATUSES,
    help: `Pick a status: ${STATUSES.join(", ")}. "Need clarification" is not a status: name an owner and a due date.`,
  },
  Due: { type: "date", help: "Enter a due date, e.g. 2026-12-01." },
  Required: { type: "checkbox" },
  Kind: {
    type: "list",
    values: ITEM_KINDS.map((kind) => ITEM_KIND_LABELS[kind]),
    help: "Attachments and approvals need evidence (a link or reference) to count as done.",
  },
} as const satisfies Record<string, ValidationSpec>;

function itemRow(item: ItemTemplate): unknown[] {
  // Template text is the process owner's typing: kept literal, never run as a formula.
  const typedCells = Array(5).fill("");
  return [
    literalText(item.section),
    literalText(item.text),
    ITEM_KIND_LABELS[item.kind],
    item.required,
    "Not started",
    ...typedCells,
  ];
}

/** Plans a new checklist tab: values, formats, validations and colour rules, sized to its items. */
export function planChecklistTab(
  header: HandoffHeader,
  checklist: { readonly items: readonly ItemTemplate[]; readonly review: readonly ItemTemplate[] },
): TabPlan {
  const items = [...checklist.items, ...checklist.review];
  const firstItemRow = TABLE_HEADER_ROW + 1;
  const lastTableRow = TABLE_HEADER_ROW + items.length;
  const decisionRow = lastTableRow + 2;
  const rows = decisionRow + Object.keys(DECISION_LABELS).length - 1;
  const tableRange = a1(TABLE_HEADER_ROW, 1, lastTableRow, TAB_COLUMNS);

  const values = grid<unknown>(rows, "");
  const numberFormats = grid(rows, DEFAULT_FORMAT);
  const wraps = grid(rows, false);
  const fontSizes = grid(rows, DEFAULT_FONT_SIZE);
  const validations = grid<ValidationSpec | null>(rows, null);
  const set = (cell: { row: number; column: number }, value: unknown) => {
    const line = values[cell.row - 1];
    if (line) line[cell.column - 1] = value;
  };
  const label = (row: number, column: number, text: string) => set({ row, column }, text);

  // Each label stands left of its value: the locator finds the value by the label.
  for (const key of Object.keys(HEADER_LABELS) as (keyof typeof HEADER_LABELS)[]) {
    const cell = HEADER_CELLS[key === "handoff" ? "title" : key];
    label(cell.row, cell.column - 1, HEADER_LABELS[key]);
  }

  set(HEADER_CELLS.title, literalText(`${header.id} · ${header.client}`));
  set(HEADER_CELLS.client, literalText(header.client));
  set(HEADER_CELLS.scenario, literalText(header.scenarioName));
  set(HEADER_CELLS.handoffOwner, literalText(header.handoffOwner));
  set(HEADER_CELLS.receivingOwner, literalText(header.receivingOwner));
  set(HEADER_CELLS.exceptions, literalText(header.exceptions));
  set(HEADER_CELLS.template, literalText(header.templateLabel));
  const exceptionsCell = a1(HEADER_CELLS.exceptions.row, HEADER_CELLS.exceptions.column);
  set(HEADER_CELLS.gate, gateFormula(tableRange, false, exceptionsCell));
  set(HEADER_CELLS.gateDetail, gateFormula(tableRange, true, exceptionsCell));
  set(HEADER_CELLS.decision, `=B${decisionRow}`);
  set(HEADER_CELLS.gateWhenDecided, `=B${decisionRow + 5}`);
  set(HEADER_CELLS.reopened, `=C${decisionRow + 5}`);
  set(HEADER_CELLS.acknowledgedBy, `=B${decisionRow + 3}`);
  set(HEADER_CELLS.acknowledgedOn, `=B${decisionRow + 4}`);
  set(HEADER_CELLS.targetKickoff, header.targetKickoff ?? "");
  set(HEADER_CELLS.created, header.created);
  set(HEADER_CELLS.handoffId, header.id);
  for (const cell of [HEADER_CELLS.targetKickoff, HEADER_CELLS.created, HEADER_CELLS.acknowledgedOn]) {
    const line = numberFormats[cell.row - 1];
    if (line) line[cell.column - 1] = DATE_FORMAT;
  }

  values[TABLE_HEADER_ROW - 1] = [...CHECKLIST_COLUMNS];
  const statusColumn = tableColumn("Status");
  const dueColumn = tableColumn("Due");
  const requiredColumn = tableColumn("Required");
  const kindColumn = tableColumn("Kind");
  const { Status: statusRule, Due: dueRule, Kind: kindRule } = ITEM_RULES;
  items.forEach((item, i) => {
    const r = firstItemRow + i - 1;
    values[r] = itemRow(item);
    const formats = numberFormats[r];
    const wrap = wraps[r];
    const rules = validations[r];
    if (!formats || !wrap || !rules) return;
    formats[dueColumn - 1] = DATE_FORMAT;
    wrap.fill(true);
    rules[statusColumn - 1] = statusRule;
    rules[dueColumn - 1] = dueRule;
    rules[requiredColumn - 1] = { type: "checkbox" };
    rules[kindColumn - 1] = kindRule;
  });

  const decisionTop = decisionRow - 1;
  Object.values(DECISION_LABELS).forEach((text, i) => {
    label(decisionRow + i, 1, text);
  });
  label(decisionRow, 3, "Go only when the gate says GO, or record an override below.");
  label(
    decisionRow + 1,
    3,
    "Go while the gate says NOT YET is an override: give the reason and who approved it.",
  );
  label(
    decisionRow + 3,
    3,
    "The receiving team confirms in writing that it can start (or lists blockers in Notes).",
  );
  // Column C of this row is kept for the note that the handoff was reopened, which the header and the
  // register mirror: the hint stands one column further so nothing but that note is mirrored.
  label(
    decisionRow + 5,
    4,
    "Written when the decision is recorded from the sidebar: what was still open then.",
  );
  const decisionRules = validations[decisionTop];
  if (decisionRules) {
    decisionRules[1] = { type: "list", values: DECISIONS, help: "Go or Not yet." };
  }
  const ackOn = decisionTop + 4;
  const ackRules = validations[ackOn];
  const ackFormats = numberFormats[ackOn];
  if (ackRules && ackFormats) {
    ackRules[1] = { type: "date", help: "The date the receiving team acknowledged." };
    ackFormats[1] = DATE_FORMAT;
  }

  const statusRange = a1(firstItemRow, statusColumn, lastTableRow, statusColumn);
  const gateRanges = [
    a1(
      HEADER_CELLS.gate.row,
      HEADER_CELLS.gate.column,
      HEADER_CELLS.gateDetail.row,
      HEADER_CELLS.gateDetail.column,
    ),
    a1(
      HEADER_CELLS.decision.row,
      HEADER_CELLS.decision.column,
      HEADER_CELLS.gateWhenDecided.row,
      HEADER_CELLS.gateWhenDecided.column,
    ),
  ];
  const gateSizes = fontSizes[HEADER_CELLS.gate.row - 1];
  if (gateSizes) gateSizes[HEADER_CELLS.gate.column - 1] = GATE_FONT_SIZE;
  const decisionCell = a1(decisionRow, 2);
  const labelRanges = [
    a1(1, 1, HEADER_ROWS, 1),
    a1(HEADER_CELLS.decision.row, 5, HEADER_CELLS.handoffId.row, 5),
    a1(TABLE_HEADER_ROW, 1, TABLE_HEADER_ROW, TAB_COLUMNS),
    a1(decisionRow, 1, decisionRow + Object.keys(DECISION_LABELS).length - 1, 1),
  ];
  const conditionalRules: ConditionalSpec[] = [
    {
      ranges: [statusRange],
      when: { textEqualTo: "Done" },
      background: COLORS.goBg,
      fontColor: COLORS.goText,
    },
    {
      ranges: [statusRange],
      when: { textEqualTo: "N/A" },
      background: COLORS.naBg,
      fontColor: COLORS.naText,
    },
    {
      ranges: [statusRange],
      when: { textEqualTo: "Blocked" },
      background: COLORS.blockedBg,
      fontColor: COLORS.blockedText,
    },
    {
      ranges: [statusRange],
      when: { textEqualTo: "In progress" },
      background: COLORS.progressBg,
      fontColor: COLORS.progressText,
    },
    {
      ranges: [statusRange],
      when: { textEqualTo: "Not started" },
      background: COLORS.notStartedBg,
      fontColor: COLORS.notStartedText,
    },
    {
      ranges: gateRanges,
      when: { textEqualTo: "GO" },
      background: COLORS.goBg,
      fontColor: COLORS.goText,
      bold: true,
    },
    {
      ranges: gateRanges,
      when: { textStartsWith: "NOT YET" },
      background: COLORS.notYetBg,
      fontColor: COLORS.notYetText,
      bold: true,
    },
    {
      ranges: [decisionCell],
      when: { textEqualTo: "Go" },
      background: COLORS.goBg,
      fontColor: COLORS.goText,
      bold: true,
    },
    {
      ranges: [decisionCell],
      when: { textEqualTo: "Not yet" },
      background: COLORS.notYetBg,
      fontColor: COLORS.notYetText,
      bold: true,
    },
    // Labels are styled by a rule rather than static formats so pasting over them never loses the style.
    { ranges: labelRanges, when: { formula: "=TRUE" }, background: COLORS.labelBg, bold: true },
  ];

  return {
    rows,
    values,
    numberFormats,
    wraps,
    fontSizes,
    validations,
    conditionalRules,
    tableRange,
    firstItemRow,
    lastTableRow,
    decisionRow,
    headerBlockRange: a1(1, 1, HEADER_ROWS, TAB_COLUMNS),
    frozenRows: TABLE_HEADER_ROW,
    columnWidths: TAB_COLUMN_WIDTHS,
    liveColumns: {
      status: a1(TABLE_HEADER_ROW, statusColumn, rows, statusColumn),
      due: a1(TABLE_HEADER_ROW, dueColumn, rows, dueColumn),
    },
  };
}
