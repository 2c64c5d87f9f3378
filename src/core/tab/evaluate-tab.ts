// Evaluates a checklist tab's values with the shared rules: findings placed on sheet cells, the gate,
// the decision, and the JSON view the sidebar shows.
import type { FindingView, HandoffView, ItemView } from "../api/views";
import type { ChecklistRow } from "../checklist/checklist-row";
import { CHECKLIST_COLUMNS } from "../checklist/columns";
import { TEMPLATE_NAMES } from "../checklist/scenarios";
import { type ChecklistTable, readChecklistTable } from "../checklist/table-reader";
import { parseTemplateLine, templateCode } from "../checklist/template-label";
import { validateChecklist } from "../gate/checklist-rules";
import { parseDecision } from "../gate/decision";
import { type DecisionFinding, decisionFindings, isOverride } from "../gate/decision-rules";
import { type Finding, fieldFinding } from "../gate/findings";
import { computeGate, describeGate, type GateResult } from "../gate/gate";
import { type CalendarDate, formatCalendarDate } from "../sheet/calendar-date";
import { cellText } from "../sheet/cell-text";
import { parseDateCell } from "../sheet/date-cell";
import type { PlacedFinding } from "./cell-marks";
import { isReopenedNote } from "./decision-note";
import { type ChecklistTab, readChecklistTab } from "./tab-locator";

/** Everything a command needs to know about one handoff tab. */
export interface HandoffEvaluation {
  readonly tab: ChecklistTab;
  readonly rows: ChecklistRow[];
  readonly findings: Finding[];
  readonly decisionFindings: DecisionFinding[];
  readonly gate: GateResult;
  readonly placed: PlacedFinding[];
  /** Where each checklist column is in the table (0-based), as the table reader found it. */
  readonly columns: ChecklistTable["columns"];
  readonly view: HandoffView;
}

function dateDisplay(value: unknown): string {
  const parsed = parseDateCell(value);
  return parsed && parsed !== "invalid" ? formatCalendarDate(parsed) : cellText(value);
}

/** A checklist finding for the sidebar, its row given as the sheet row. */
function toView(f: Finding, tableHeaderRow: number): FindingView {
  return { ...f, row: f.row === null ? null : tableHeaderRow + f.row };
}

function itemView(row: ChecklistRow, tableHeaderRow: number, findings: Finding[]): ItemView {
  return {
    row: tableHeaderRow + row.index,
    section: row.section,
    text: row.item,
    kind: row.kind ?? "",
    required: row.required,
    status: row.status ?? row.statusText,
    owner: row.owner,
    due: row.due === null ? "" : row.due === "invalid" ? row.dueText : formatCalendarDate(row.due),
    evidence: row.evidence,
    approvedBy: row.approvedBy,
    notes: row.notes,
    findings: findings.filter((f) => f.row === row.index).map((f) => toView(f, tableHeaderRow)),
  };
}

/**
 * Evaluates a tab's values (as getValues returns them); null when it is not a checklist tab. `knownId`
 * is the handoff the tab's anchors name, for a header whose ID cell was deleted.
 */
export function evaluateHandoffTab(
  values: readonly (readonly unknown[])[],
  sheetName: string,
  today: CalendarDate,
  knownId: string | null = null,
): HandoffEvaluation | null {
  const tab = readChecklistTab(values, knownId);
  if (!tab) return null;
  const { rows, columns } = readChecklistTable(tab.table);
  const text = (key: keyof ChecklistTab["fields"]) => cellText(tab.fields[key]?.value);
  const exceptions = text("exceptions");
  const findings = validateChecklist(rows, { today, exceptions });
  const gate = computeGate(rows, findings);

  const decisionText = (key: keyof ChecklistTab["decision"]) => cellText(tab.decision[key]?.value);
  const decisionInput = {
    decision: decisionText("decision"),
    overrideReason: decisionText("overrideReason"),
    overrideApprovedBy: decisionText("overrideApprovedBy"),
    acknowledgedBy: decisionText("acknowledgedBy"),
    acknowledgedOn: tab.decision.acknowledgedOn?.value ?? "",
  };
  const noteCell = tab.decision.decision;
  const note = noteCell ? cellText(values[noteCell.row - 1]?.[noteCell.column]) : "";
  const ackCell = tab.decision.acknowledgedBy;
  const acknowledgedNote = ackCell ? cellText(values[ackCell.row - 1]?.[ackCell.column]) : "";
  const decidedCell = tab.decision.gateWhenDecided;
  const reopenedNote = decidedCell ? cellText(values[decidedCell.row - 1]?.[decidedCell.column]) : "";
  const reopened = parseDecision(decisionInput.decision) === "Go" && isReopenedNote(reopenedNote);
  const decisionProblems = decisionFindings(decisionInput, gate.verdict, text("handoffOwner"), reopened);

  const placed: PlacedFinding[] = [];
  const missing = CHECKLIST_COLUMNS.filter(
    (c) => c !== "Section" && c !== "Kind" && columns[c] === undefined,
  );
  const missingColumns = missing.map((c) => fieldFinding(c, "missing-column", c, String(tab.tableHeaderRow)));
  for (const f of missingColumns) {
    placed.push({ row: tab.tableHeaderRow, column: 1, severity: "error", message: f.message });
  }
  // What an untouched item still needs (todo) is counted by the gate, never marked on the sheet.
  const place = (row: number, column: number, f: Finding<string | null>) => {
    if (f.severity !== "todo") placed.push({ row, column, severity: f.severity, message: f.message });
  };
  for (const f of findings) {
    if (f.row === null) {
      const cell = tab.fields.exceptions;
      if (cell) place(cell.row, cell.column, f);
      continue;
    }
    const at = f.field ? columns[f.field] : undefined;
    place(tab.tableHeaderRow + f.row, at !== undefined ? at + 1 : (columns.Item ?? 1) + 1, f);
  }
  for (const f of decisionProblems) {
    const cell = tab.decision[f.field];
    if (cell) place(cell.row, cell.column, f);
  }

  const view: HandoffView = {
    id: tab.id,
    sheetName,
    client: text("client"),
    scenario: text("scenario"),
    handoffOwner: text("handoffOwner"),
    receivingOwner: text("receivingOwner"),
    targetKickoff: dateDisplay(tab.fields.targetKickoff?.value),
    created: dateDisplay(tab.fields.created?.value),
    exceptions,
    templateRef: templateRefOf(text("template")),
    gate: {
      verdict: gate.verdict,
      detail: describeGate(gate, true),
      requiredDone: gate.requiredDone,
      requiredTotal: gate.requiredTotal,
      reviewDone: gate.reviewDone,
      reviewTotal: gate.reviewTotal,
      errors: gate.errors,
      warnings: gate.warnings,
      todos: gate.todos,
    },
    items: rows.map((r) => itemView(r, tab.tableHeaderRow, findings)),
    decision: {
      ...decisionInput,
      acknowledgedOn: dateDisplay(decisionInput.acknowledgedOn),
      gateWhenDecided: decisionText("gateWhenDecided"),
      isOverride: isOverride(decisionInput, gate.verdict),
      note,
      acknowledgedNote,
      reopenedNote: reopened ? reopenedNote : "",
      reopened,
      findings: decisionProblems,
    },
    handoffFindings: [...missingColumns, ...findings.filter((f) => f.row === null)],
  };
  return { tab, rows, findings, decisionFindings: decisionProblems, gate, placed, columns, view };
}

/** The template line in code form, whether the tab shows it in words or (older tabs) as code; else as typed. */
function templateRefOf(line: string): string {
  const parts = parseTemplateLine(line, TEMPLATE_NAMES);
  return parts ? templateCode(parts) : line;
}
