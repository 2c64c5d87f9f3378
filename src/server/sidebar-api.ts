// The sidebar's endpoints: read the shown handoff, save one checklist row, record the decision.
// Each reads the tab once, writes only the cells it owns in one batch, and returns the new view.
import { decisionRequest, saveItemRequest, stateRequest } from "../core/api/requests";
import type { HandoffView, SidebarState } from "../core/api/views";
import type { ChecklistColumn } from "../core/checklist/columns";
import { checklistFor, SCENARIOS } from "../core/checklist/scenarios";
import { parseStatus } from "../core/checklist/status-reader";
import { handoffRangeName } from "../core/register/register-row";
import { a1 } from "../core/sheet/a1";
import { literalText, storedValue } from "../core/sheet/cell-text";
import { dateFromIso, toIsoDate } from "../core/sheet/date-cell";
import { evaluateHandoffTab, type HandoffEvaluation } from "../core/tab/evaluate-tab";
import { TAB_COLUMNS, TABLE_HEADER_ROW } from "../core/tab/tab-layout";
import { handoffIdIn, notChecklistMessage } from "../core/tab/tab-locator";
import { parseRequest } from "./parse-request";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The header block's rows, enough to tell a checklist tab by its handoff id. */
const HEAD_RANGE = a1(1, 1, TABLE_HEADER_ROW - 1, TAB_COLUMNS);

function scenarioViews() {
  return SCENARIOS.map((s) => {
    const checklist = s.id === "double-check" ? null : checklistFor(s.id, { hasExceptions: false });
    const itemCount = checklist ? checklist.items.length + checklist.review.length : s.items.length;
    return { id: s.id, name: s.name, when: s.when, itemCount };
  });
}

interface ReadTab {
  readonly sheet: Sheet;
  readonly name: string;
  readonly values: unknown[][];
}

/** Reads a tab once: its name and values. */
function readTab(sheet: Sheet): ReadTab {
  return { sheet, name: sheet.getName(), values: sheet.getDataRange().getValues() };
}

/** Evaluates a read tab; a tab that is not a checklist fails with the message that says so. */
function checklistOf(tab: ReadTab): HandoffEvaluation {
  const evaluation = evaluateHandoffTab(tab.values, tab.name, new Date());
  if (!evaluation) throw new Error(notChecklistMessage(tab.name));
  return evaluation;
}

/** The sheet of a handoff by id, through its named range (renames don't matter). */
function handoffSheet(id: string): Sheet {
  const range = SpreadsheetApp.getActive().getRangeByName(handoffRangeName(id));
  if (!range)
    throw new Error(`The tab of ${id} was deleted or its named range removed: run Refresh register.`);
  return range.getSheet();
}

/** Sidebar: the scenarios and the handoff on the active tab (or the named one). */
export function getSidebarState(raw: unknown): SidebarState {
  const request = parseRequest(stateRequest, raw ?? {});
  const ss = SpreadsheetApp.getActive();
  const sheet = (request.sheetName && ss.getSheetByName(request.sheetName)) || ss.getActiveSheet();
  const name = sheet.getName();
  const state = (handoff: HandoffView | null, notice: string | null): SidebarState => ({
    scenarios: scenarioViews(),
    handoff,
    activeSheetName: name,
    notice,
    today: toIsoDate(new Date()),
  });
  // A glance at the header block first, so a large register or any other tab is not read whole.
  let head: unknown[][] = [];
  try {
    head = sheet.getRange(HEAD_RANGE).getValues();
  } catch {
    // A sheet smaller than a header block is no checklist tab.
  }
  if (!handoffIdIn(head)) return state(null, notChecklistMessage(name));
  try {
    return state(checklistOf({ sheet, name, values: sheet.getDataRange().getValues() }).view, null);
  } catch (e) {
    return state(null, (e as Error).message);
  }
}

/** Sidebar: saves one checklist row's Status…Notes cells and returns the handoff with its new gate. */
export function saveItem(raw: unknown): HandoffView {
  const request = parseRequest(saveItemRequest, raw);
  const tab = readTab(handoffSheet(request.handoffId));
  const { values } = tab;
  const evaluation = checklistOf(tab);
  const item = evaluation.view.items.find((i) => i.row === request.row);
  if (!item || item.text !== request.itemText.trim()) {
    throw new Error(
      "The checklist changed since the sidebar loaded it (rows moved or edited). Press Refresh and save again.",
    );
  }
  const fields: [ChecklistColumn, unknown][] = [
    ["Status", parseStatus(request.status) ?? ""],
    ["Owner", literalText(request.owner)],
    ["Due", dateFromIso(request.due) ?? ""],
    ["Evidence", literalText(request.evidence)],
    ["Approved by", literalText(request.approvedBy)],
    ["Notes", literalText(request.notes)],
  ];
  const cols = fields.map(([name]) => evaluation.columns[name] ?? -1);
  const first = Math.min(...cols);
  if (cols.some((c) => c < 0) || Math.max(...cols) - first + 1 !== cols.length) {
    throw new Error(
      "The checklist's Status, Owner, Due, Evidence, Approved by and Notes columns must stay side by side: move them back, then save again.",
    );
  }
  const stored: unknown[] = [];
  cols.forEach((c, i) => {
    stored[c - first] = fields[i]?.[1];
  });
  tab.sheet.getRange(request.row, first + 1, 1, stored.length).setValues([stored]);
  const line = [...(values[request.row - 1] ?? [])];
  stored.forEach((v, k) => {
    line[first + k] = storedValue(v);
  });
  values[request.row - 1] = line;
  return checklistOf(tab).view;
}

/**
 * The gate to keep beside the decision: taken when the decision is made or changed, kept as it was when
 * only the acknowledgement or the override's reason is edited later.
 */
function gateWhenDecided(view: HandoffView, decision: string): string {
  if (!decision) return "";
  const { decision: recorded } = view;
  if (recorded.decision === decision && recorded.gateWhenDecided)
    return literalText(recorded.gateWhenDecided);
  return literalText(view.gate.detail);
}

/** Sidebar: records Go / Not yet, an override, and the receiving team's acknowledgement. */
export function recordDecision(raw: unknown): HandoffView {
  const request = parseRequest(decisionRequest, raw);
  const tab = readTab(handoffSheet(request.handoffId));
  const { values } = tab;
  const before = checklistOf(tab);
  const { decision } = before.tab;
  const cells = [
    decision.decision,
    decision.overrideReason,
    decision.overrideApprovedBy,
    decision.acknowledgedBy,
    decision.acknowledgedOn,
    decision.gateWhenDecided,
  ];
  const top = cells[0];
  if (!top || cells.some((c, i) => !c || c.row !== top.row + i || c.column !== top.column)) {
    throw new Error(
      "The decision block below the checklist was moved or edited: put its six rows back together.",
    );
  }
  const block = [
    [request.decision],
    [literalText(request.overrideReason)],
    [literalText(request.overrideApprovedBy)],
    [literalText(request.acknowledgedBy)],
    [dateFromIso(request.acknowledgedOn) ?? ""],
    [gateWhenDecided(before.view, request.decision)],
  ];
  tab.sheet.getRange(top.row, top.column, block.length, 1).setValues(block);
  block.forEach(([v], i) => {
    const line = values[top.row - 1 + i];
    if (line) line[top.column - 1] = storedValue(v);
  });
  return checklistOf(tab).view;
}
