// The sidebar's endpoints: read the shown handoff, save one checklist row, record the decision.
// Each reads the tab once, writes only the cells it owns in one batch, and returns the new view.
import { decisionRequest, saveItemRequest, stateRequest } from "../core/api/requests";
import type { HandoffView, SidebarState } from "../core/api/views";
import { checklistFor, SCENARIOS } from "../core/checklist/scenarios";
import { decisionEntries, saveEntry } from "../core/log/action-entries";
import { parseHandoffId } from "../core/register/handoff-id";
import { handoffRangeName } from "../core/register/register-row";
import { formatCalendarDate } from "../core/sheet/calendar-date";
import { type CellBlock, valuesAfter } from "../core/sheet/cell-block";
import { planDecision } from "../core/tab/decision-plan";
import { evaluateHandoffTab, type HandoffEvaluation } from "../core/tab/evaluate-tab";
import { planSaveStep } from "../core/tab/step-plan";
import { notChecklistMessage } from "../core/tab/tab-locator";
import { type SheetDates, sheetDates } from "./calendar-cells";
import { appendLog } from "./handoff-log";
import { parseRequest } from "./parse-request";
import { tabIdFromMetadata } from "./tab-anchor";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function scenarioViews() {
  return SCENARIOS.map((s) => {
    const checklist = checklistFor(s.id, { hasExceptions: false });
    return {
      id: s.id,
      name: s.name,
      when: s.when,
      itemCount: checklist.items.length + checklist.review.length,
    };
  });
}

/** A tab as read once: its sheet, name and values (dates as calendar dates), and the spreadsheet's dates. */
export interface ReadTab {
  readonly sheet: Sheet;
  readonly name: string;
  readonly values: unknown[][];
  /** The spreadsheet's dates: how the tab's Date cells were read, and are written back. */
  readonly dates: SheetDates;
  /** The handoff its anchors name (metadata or named range), for a header whose ID cell was deleted. */
  readonly id: string | null;
}

/** Reads a tab once: its name and values, Date cells as the days the sheet shows. */
export function readTab(sheet: Sheet, dates: SheetDates, id: string | null = null): ReadTab {
  return { sheet, id, name: sheet.getName(), values: dates.read(sheet.getDataRange().getValues()), dates };
}

/** Evaluates a read tab (overdue as of today in the spreadsheet's zone); a tab that is not a checklist fails with the message that says so. */
export function checklistOf(tab: ReadTab): HandoffEvaluation {
  const evaluation = evaluateHandoffTab(tab.values, tab.name, tab.dates.today(), tab.id);
  if (!evaluation) throw new Error(notChecklistMessage(tab.name));
  return evaluation;
}

/** The sheet of a handoff by id, through its named range (renames don't matter). */
export function handoffSheet(ss: Spreadsheet, id: string): Sheet {
  if (parseHandoffId(id) === null) {
    throw new Error(
      `Handoff ID "${id}" is not a handoff ID like HO-0007: open the handoff's tab and press Refresh in the sidebar.`,
    );
  }
  const range = ss.getRangeByName(handoffRangeName(id));
  if (!range)
    throw new Error(`The tab of ${id} was deleted or its named range removed: run Refresh register.`);
  return range.getSheet();
}

/** Sidebar: the scenarios and the handoff on the active tab (or the named one). */
export function getSidebarState(raw: unknown): SidebarState {
  const request = parseRequest(stateRequest, raw ?? {});
  const ss = SpreadsheetApp.getActive();
  const dates = sheetDates(ss);
  const sheet = (request.sheetName && ss.getSheetByName(request.sheetName)) || ss.getActiveSheet();
  const name = sheet.getName();
  const state = (handoff: HandoffView | null, notice: string | null): SidebarState => ({
    scenarios: scenarioViews(),
    handoff,
    activeSheetName: name,
    notice,
    today: formatCalendarDate(dates.today()),
  });
  // The tab's own anchor first, so a large register or any other tab is not read whole; it names the
  // handoff wherever people moved its header block.
  const id = tabIdFromMetadata(sheet);
  if (!id) return state(null, notChecklistMessage(name));
  try {
    return state(checklistOf(readTab(sheet, dates, id)).view, null);
  } catch (e) {
    return state(null, (e as Error).message);
  }
}

/** Sidebar: saves one checklist row's Status…Notes cells and returns the handoff with its new gate. */
export function saveItem(raw: unknown): HandoffView {
  const request = parseRequest(saveItemRequest, raw);
  const ss = SpreadsheetApp.getActive();
  const tab = readTab(handoffSheet(ss, request.handoffId), sheetDates(ss), request.handoffId);
  const evaluation = checklistOf(tab);
  const block = planSaveStep(
    request,
    evaluation.view.items,
    evaluation.columns,
    tab.values[request.row - 1] ?? [],
  );
  const view = checklistOf(write(tab, block)).view;
  const before = evaluation.view.items.find((i) => i.row === request.row);
  const after = view.items.find((i) => i.row === request.row);
  const entry = before && after ? saveEntry(view.id, before, after) : null;
  if (entry) appendLog(ss, [entry]);
  return view;
}

/** Sidebar: records Go / Not yet, an override, and the receiving team's acknowledgement. */
export function recordDecision(raw: unknown): HandoffView {
  const request = parseRequest(decisionRequest, raw);
  const ss = SpreadsheetApp.getActive();
  const tab = readTab(handoffSheet(ss, request.handoffId), sheetDates(ss), request.handoffId);
  const { view, tab: located } = checklistOf(tab);
  const block = planDecision(request, located.decision, {
    recordedDecision: view.decision.decision,
    recordedGate: view.decision.gateWhenDecided,
    gateDetail: view.gate.detail,
  });
  const after = checklistOf(write(tab, block)).view;
  appendLog(ss, decisionEntries(view.id, view.decision, request, view.gate));
  return after;
}

/** Writes a planned block in one call; returns the tab as it now reads, without reading it again. */
function write(tab: ReadTab, block: CellBlock): ReadTab {
  const width = block.values[0]?.length ?? 0;
  tab.sheet
    .getRange(block.row, block.column, block.values.length, width)
    .setValues(tab.dates.write(block.values));
  return { ...tab, values: valuesAfter(tab.values, block) };
}
