// The sidebar's endpoints: read the shown handoff, save one checklist row, record the decision.
// Each reads the tab once, writes only the cells it owns in one batch, and returns the new view.
import { decisionRequest, historyRequest, saveItemRequest, stateRequest } from "../core/api/requests";
import type { HandoffView, HistoryView, ScenarioView, SidebarState, UpgradeView } from "../core/api/views";
import { acknowledgerFinding, decisionFindings } from "../core/gate/decision-rules";
import { decisionEntries, reopenEntry, saveEntry } from "../core/log/action-entries";
import { lastChanges } from "../core/log/item-history";
import { parseHandoffId } from "../core/register/handoff-id";
import { handoffRangeName } from "../core/register/register-row";
import { formatCalendarDate } from "../core/sheet/calendar-date";
import { type CellBlock, valuesAfter } from "../core/sheet/cell-block";
import { literalText } from "../core/sheet/literal-text";
import { acknowledgementNote, recordedNote, reopenedNote, reopensHandoff } from "../core/tab/decision-note";
import { type DecisionCells, planDecision } from "../core/tab/decision-plan";
import { evaluateHandoffTab, type HandoffEvaluation } from "../core/tab/evaluate-tab";
import { planSaveStep } from "../core/tab/step-plan";
import { notChecklistMessage } from "../core/tab/tab-locator";
import type { Catalogue } from "../core/templates/catalogue";
import { checklistFromCatalogue, pickableScenarios } from "../core/templates/handoff-checklist";
import { type SheetDates, sheetDates } from "./calendar-cells";
import { appendLog, type LogStamp, logTime, readLog, signedInEmail } from "./handoff-log";
import { parseRequest } from "./parse-request";
import { tabIdFromMetadata } from "./tab-anchor";
import { loadTemplates } from "./templates-sheet";
import { upgradeOffer } from "./upgrade-handoff";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The picker's scenarios, from the templates sheet (its last valid version when it has problems). */
function scenarioViews(catalogue: Catalogue): ScenarioView[] {
  return pickableScenarios(catalogue).flatMap((s) => {
    const checklist = checklistFromCatalogue(catalogue, s.id, { hasExceptions: false });
    if (typeof checklist === "string") return [];
    return [
      { id: s.id, name: s.name, when: s.when, itemCount: checklist.items.length + checklist.review.length },
    ];
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
  const templates = loadTemplates(ss, { record: false, timeZone: dates.timeZone });
  const state = (
    handoff: HandoffView | null,
    notice: string | null,
    upgrade: UpgradeView | null = null,
  ): SidebarState => ({
    scenarios: scenarioViews(templates.catalogue),
    templatesNotice: templates.notice,
    upgrade,
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
    const tab = readTab(sheet, dates, id);
    const evaluation = checklistOf(tab);
    return state(evaluation.view, null, upgradeOffer(tab, evaluation, templates.catalogue));
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
  const saved = write(tab, block);
  const view = checklistOf(saved).view;
  const before = evaluation.view.items.find((i) => i.row === request.row);
  const after = view.items.find((i) => i.row === request.row);
  const entry = before && after ? saveEntry(view.id, before, after) : null;
  if (!entry) return view;
  const decided = evaluation.view.decision;
  const noteAt = evaluation.tab.decision.gateWhenDecided;
  const reopens =
    noteAt !== null &&
    reopensHandoff({
      decision: decided.decision,
      gateWhenDecided: decided.gateWhenDecided,
      reopenedNote: decided.reopenedNote,
      gateVerdict: view.gate.verdict,
    });
  const when = logTime(tab.dates.timeZone);
  if (!reopens || !noteAt) {
    appendLog(ss, [entry], when);
    return view;
  }
  // One log write for both: the save, and the reopen it caused (its note needs the log's time).
  const note = reopenedNote(decided.note, when, request.row);
  appendLog(ss, [entry, reopenEntry(view.id, note)], when);
  return checklistOf(
    write(saved, { row: noteAt.row, column: noteAt.column + 1, values: [[literalText(note)]] }),
  ).view;
}

/** Sidebar: each row's last change (who, when, what) from the handoff log, when the person asks. */
export function getHistory(raw: unknown): HistoryView {
  const request = parseRequest(historyRequest, raw);
  return {
    handoffId: request.handoffId,
    changes: lastChanges(readLog(SpreadsheetApp.getActive()), request.handoffId),
  };
}

/** Sidebar: records Go / Not yet, an override, and the receiving team's acknowledgement. */
export function recordDecision(raw: unknown): HandoffView {
  const request = parseRequest(decisionRequest, raw);
  const ss = SpreadsheetApp.getActive();
  const tab = readTab(handoffSheet(ss, request.handoffId), sheetDates(ss), request.handoffId);
  const { view, tab: located } = checklistOf(tab);
  const email = signedInEmail();
  const entries = decisionEntries(view.id, view.decision, request, view.gate);
  const acknowledges =
    entries.some((e) => e.action === "acknowledgement") && request.acknowledgedBy.trim() !== "";
  const refusal = [
    ...decisionFindings(request, view.gate.verdict, view.handoffOwner).filter((f) => REFUSED.has(f.code)),
    ...(acknowledges ? [acknowledgerFinding(view.receivingOwner, email)] : []),
  ].find((f) => f !== null);
  if (refusal) throw new Error(refusal.message);
  const block = planDecision(request, located.decision, {
    recordedDecision: view.decision.decision,
    // A reopened Go confirmed again is a new decision: the gate is taken again.
    recordedGate: view.decision.reopened ? "" : view.decision.gateWhenDecided,
    gateDetail: view.gate.detail,
  });
  let written = write(tab, block);
  const stamp = appendLog(ss, entries, logTime(tab.dates.timeZone));
  const decisionLogged = entries.some((e) => e.action === "decision" || e.action === "override");
  const notes = stamp
    ? planDecisionNotes(written.values, located.decision, request, stamp, decisionLogged, acknowledges)
    : null;
  if (notes) written = write(written, notes);
  return checklistOf(written).view;
}

/** Person rules the server refuses outright (the sidebar refuses them too; a crafted call must not pass). */
const REFUSED: ReadonlySet<string> = new Set([
  "override-approver-not-one-person",
  "override-approver-is-owner",
  "acknowledger-not-one-person",
]);

/**
 * Column C of the decision block after a decision: who recorded it beside Decision, who acknowledged
 * beside Acknowledged by (the log entry's who and when), and the reopen note cleared once Go is
 * confirmed or withdrawn. Other cells keep what they hold. Null when nothing changes.
 */
function planDecisionNotes(
  values: readonly (readonly unknown[])[],
  cells: DecisionCells,
  request: { decision: string },
  stamp: LogStamp,
  decisionLogged: boolean,
  acknowledges: boolean,
): CellBlock | null {
  const top = cells.decision;
  if (!top || (!decisionLogged && !acknowledges)) return null;
  const column = values.map((line) => line[top.column] ?? "").slice(top.row - 1, top.row + 5);
  const at = (cell: { row: number } | null) => (cell ? cell.row - top.row : -1);
  const set = (cell: { row: number } | null, text: string) => {
    const i = at(cell);
    if (i >= 0 && i < column.length) column[i] = literalText(text);
  };
  if (decisionLogged) {
    set(cells.decision, recordedNote(request.decision, stamp.who, stamp.when));
    set(cells.gateWhenDecided, "");
  }
  if (acknowledges) set(cells.acknowledgedBy, acknowledgementNote(stamp.who, stamp.when));
  while (column.length < 6) column.push("");
  return { row: top.row, column: top.column + 1, values: column.map((v) => [v]) };
}

/** Writes a planned block in one call; returns the tab as it now reads, without reading it again. */
function write(tab: ReadTab, block: CellBlock): ReadTab {
  const width = block.values[0]?.length ?? 0;
  tab.sheet
    .getRange(block.row, block.column, block.values.length, width)
    .setValues(tab.dates.write(block.values));
  return { ...tab, values: valuesAfter(tab.values, block) };
}
