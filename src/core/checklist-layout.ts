// The shape of a handoff's checklist tab: where the header block, the item table, the review and the
// decision block sit, and the values, formats and rules the tab builder writes in one batch.
import { literalText } from "./cell-text";
import { CHECKLIST_COLUMNS } from "./checklist-columns";
import type { Checklist, ItemTemplate } from "./scenarios";
import { STATUSES } from "./statuses";

/** Width of the tab's block: columns A..J, one per checklist column. */
export const TAB_COLUMNS = CHECKLIST_COLUMNS.length;
/** Row of the item table's header (1-based); the header block sits above it. */
export const TABLE_HEADER_ROW = 8;

/** Labels of the header block: column A/B pairs on the left, E/F pairs on the right. */
export const HEADER_LABELS = {
  handoff: "Handoff",
  client: "Client",
  scenario: "Scenario",
  handoffOwner: "Handoff owner",
  receivingOwner: "Receiving owner",
  exceptions: "Exceptions",
  template: "Template",
  gate: "Gate",
  decision: "Decision",
  acknowledgedBy: "Acknowledged by",
  acknowledgedOn: "Acknowledged on",
  targetKickoff: "Target kickoff",
  created: "Created",
  handoffId: "Handoff ID",
} as const;

/** Labels of the decision block below the table (column A), values in column B. */
export const DECISION_LABELS = {
  decision: "Decision",
  overrideReason: "Override reason",
  overrideApprovedBy: "Override approved by",
  acknowledgedBy: "Acknowledged by",
  acknowledgedOn: "Acknowledged on",
  gateWhenDecided: "Gate when decided",
} as const;

export const DECISIONS = ["Go", "Not yet"] as const;
export type Decision = (typeof DECISIONS)[number];

/** Cell positions in the header block (row, column; 1-based), fixed for every tab. */
export const HEADER_CELLS = {
  title: { row: 1, column: 2 },
  client: { row: 2, column: 2 },
  scenario: { row: 3, column: 2 },
  handoffOwner: { row: 4, column: 2 },
  receivingOwner: { row: 5, column: 2 },
  exceptions: { row: 6, column: 2 },
  template: { row: 7, column: 2 },
  gate: { row: 1, column: 6 },
  gateDetail: { row: 1, column: 7 },
  decision: { row: 2, column: 6 },
  gateWhenDecided: { row: 2, column: 7 },
  acknowledgedBy: { row: 3, column: 6 },
  acknowledgedOn: { row: 4, column: 6 },
  targetKickoff: { row: 5, column: 6 },
  created: { row: 6, column: 6 },
  handoffId: { row: 7, column: 6 },
} as const;

/** The facts a new tab is built from. */
export interface HandoffHeader {
  readonly id: string;
  readonly client: string;
  readonly scenarioName: string;
  readonly handoffOwner: string;
  readonly receivingOwner: string;
  readonly exceptions: string;
  readonly templateRef: string;
  readonly created: Date;
  readonly targetKickoff: Date | null;
}

/** A data-validation rule, as plain data the server turns into a DataValidation. */
export type ValidationSpec =
  | { readonly type: "list"; readonly values: readonly string[]; readonly help: string }
  | { readonly type: "checkbox" }
  | { readonly type: "date"; readonly help: string };

/** A conditional-format rule, as plain data the server turns into a ConditionalFormatRule. */
export interface ConditionalSpec {
  readonly ranges: readonly string[];
  readonly when:
    | { readonly textEqualTo: string }
    | { readonly textStartsWith: string }
    | { readonly formula: string };
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

/** Everything the tab builder writes, all as plain data sized to one range A1:J<rows>. */
export interface TabPlan {
  readonly rows: number;
  readonly values: unknown[][];
  readonly numberFormats: string[][];
  readonly wraps: boolean[][];
  readonly validations: (ValidationSpec | null)[][];
  readonly conditionalRules: ConditionalSpec[];
  readonly tableRange: string;
  readonly firstItemRow: number;
  readonly lastTableRow: number;
  readonly decisionRow: number;
  readonly headerBlockRange: string;
  readonly frozenRows: number;
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
}

export const COLORS = {
  goBg: "#e6f4ea",
  goText: "#137333",
  notYetBg: "#fef7e0",
  notYetText: "#b06000",
  blockedBg: "#fce8e6",
  blockedText: "#c5221f",
  progressBg: "#e8f0fe",
  progressText: "#1967d2",
  naBg: "#f1f3f4",
  naText: "#5f6368",
  labelBg: "#f8f9fa",
  tableHeaderBg: "#e8eaed",
  errorBg: "#fce8e6",
  warningBg: "#fef7e0",
} as const;

const DATE_FORMAT = "yyyy-mm-dd";
const DEFAULT_FORMAT = "General";

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

/** Column index (1-based) of a checklist column in the tab's table. */
export function tableColumn(name: (typeof CHECKLIST_COLUMNS)[number]): number {
  return CHECKLIST_COLUMNS.indexOf(name) + 1;
}

/** The gate formula for a table range and the cell that records exceptions. */
export function gateFormula(tableRange: string, detail: boolean): string {
  const exceptions = a1(HEADER_CELLS.exceptions.row, HEADER_CELLS.exceptions.column);
  return `=HANDOFF_GATE(${tableRange},${detail ? "TRUE" : "FALSE"},${exceptions})`;
}

function grid<T>(rows: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: TAB_COLUMNS }, () => fill));
}

function itemRow(item: ItemTemplate): unknown[] {
  return [item.section, item.text, item.kind, item.required, "Not started", "", "", "", "", ""];
}

/** Plans a new checklist tab: values, formats, validations and colour rules, sized to its items. */
export function planChecklistTab(header: HandoffHeader, checklist: Checklist): TabPlan {
  const items = [...checklist.items, ...checklist.review];
  const firstItemRow = TABLE_HEADER_ROW + 1;
  const lastTableRow = TABLE_HEADER_ROW + items.length;
  const decisionRow = lastTableRow + 2;
  const rows = decisionRow + Object.keys(DECISION_LABELS).length - 1;
  const tableRange = a1(TABLE_HEADER_ROW, 1, lastTableRow, TAB_COLUMNS);

  const values = grid<unknown>(rows, "");
  const numberFormats = grid(rows, DEFAULT_FORMAT);
  const wraps = grid(rows, false);
  const validations = grid<ValidationSpec | null>(rows, null);
  const set = (cell: { row: number; column: number }, value: unknown) => {
    const line = values[cell.row - 1];
    if (line) line[cell.column - 1] = value;
  };
  const label = (row: number, column: number, text: string) => set({ row, column }, text);

  label(1, 1, HEADER_LABELS.handoff);
  label(2, 1, HEADER_LABELS.client);
  label(3, 1, HEADER_LABELS.scenario);
  label(4, 1, HEADER_LABELS.handoffOwner);
  label(5, 1, HEADER_LABELS.receivingOwner);
  label(6, 1, HEADER_LABELS.exceptions);
  label(7, 1, HEADER_LABELS.template);
  label(1, 5, HEADER_LABELS.gate);
  label(2, 5, HEADER_LABELS.decision);
  label(3, 5, HEADER_LABELS.acknowledgedBy);
  label(4, 5, HEADER_LABELS.acknowledgedOn);
  label(5, 5, HEADER_LABELS.targetKickoff);
  label(6, 5, HEADER_LABELS.created);
  label(7, 5, HEADER_LABELS.handoffId);

  set(HEADER_CELLS.title, literalText(`${header.id} · ${header.client}`));
  set(HEADER_CELLS.client, literalText(header.client));
  set(HEADER_CELLS.scenario, header.scenarioName);
  set(HEADER_CELLS.handoffOwner, literalText(header.handoffOwner));
  set(HEADER_CELLS.receivingOwner, literalText(header.receivingOwner));
  set(HEADER_CELLS.exceptions, literalText(header.exceptions));
  set(HEADER_CELLS.template, header.templateRef);
  set(HEADER_CELLS.gate, gateFormula(tableRange, false));
  set(HEADER_CELLS.gateDetail, gateFormula(tableRange, true));
  set(HEADER_CELLS.decision, `=B${decisionRow}`);
  set(HEADER_CELLS.gateWhenDecided, `=B${decisionRow + 5}`);
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
  const statusRule: ValidationSpec = {
    type: "list",
    values: STATUSES,
    help: `Pick a status: ${STATUSES.join(", ")}. "Need clarification" is not a status: name an owner and a due date.`,
  };
  const dueRule: ValidationSpec = { type: "date", help: "Enter a due date, e.g. 2026-12-01." };
  const kindRule: ValidationSpec = {
    type: "list",
    values: ["task", "attachment", "approval", "acknowledgement", "review"],
    help: "Attachments and approvals need evidence (a link or reference) to count as done.",
  };
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
  label(
    decisionRow + 5,
    3,
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
  const gateRange = a1(1, HEADER_CELLS.gate.column, 2, HEADER_CELLS.gateDetail.column);
  const decisionCell = a1(decisionRow, 2);
  const labelRanges = [
    a1(1, 1, 7, 1),
    a1(1, 5, 7, 5),
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
      ranges: [gateRange],
      when: { textEqualTo: "GO" },
      background: COLORS.goBg,
      fontColor: COLORS.goText,
      bold: true,
    },
    {
      ranges: [gateRange],
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
    validations,
    conditionalRules,
    tableRange,
    firstItemRow,
    lastTableRow,
    decisionRow,
    headerBlockRange: a1(1, 1, 7, TAB_COLUMNS),
    frozenRows: 1,
    columnWidths: [{ column: 2, width: 320 }],
  };
}
