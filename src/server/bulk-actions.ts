// The sidebar's actions on several items at once: each reads the tab once, asks core for a plan, writes
// every planned value in one RangeList call per distinct value (only the cells it fills), and returns
// the handoff as it now reads with what was done.
import { assignRequest, dueFromKickoffRequest, markDoneRequest } from "../core/api/requests";
import type { BulkOutcome } from "../core/api/views";
import { a1 } from "../core/sheet/a1";
import { valuesAfterGroups } from "../core/sheet/cell-block";
import { dateFromIso, parseDateCell } from "../core/sheet/date-cell";
import {
  assignProblem,
  type BulkPlan,
  planAssign,
  planDueFromKickoff,
  planMarkDone,
  type TablePlace,
} from "../core/tab/bulk-plan";
import type { HandoffEvaluation } from "../core/tab/evaluate-tab";
import { sheetDates } from "./calendar-cells";
import { parseRequest } from "./parse-request";
import { checklistOf, handoffSheet, type ReadTab, readTab } from "./sidebar-api";

/** Reads the handoff's tab once and evaluates it; `place` is where its table is. */
function readHandoff(handoffId: string): { tab: ReadTab; evaluation: HandoffEvaluation; place: TablePlace } {
  const ss = SpreadsheetApp.getActive();
  const tab = readTab(handoffSheet(ss, handoffId), sheetDates(ss));
  const evaluation = checklistOf(tab);
  return {
    tab,
    evaluation,
    place: { tableHeaderRow: evaluation.tab.tableHeaderRow, columns: evaluation.columns },
  };
}

/** Writes each planned group with one RangeList call and returns the outcome from the values as written. */
function apply(tab: ReadTab, plan: BulkPlan): BulkOutcome {
  for (const group of plan.groups) {
    const [value] = tab.dates.write([[group.value]])[0] ?? [];
    tab.sheet.getRangeList(group.cells.map((c) => a1(c.row, c.column))).setValue(value);
  }
  const after = { ...tab, values: valuesAfterGroups(tab.values, plan.groups) };
  return {
    handoff: checklistOf(after).view,
    message: plan.message,
    changed: plan.changed,
    skipped: plan.skipped.map((s) => ({ ...s })),
  };
}

/** Sidebar: one owner and one due date for every item of a section (or all) that has none. */
export function assignItems(raw: unknown): BulkOutcome {
  const request = parseRequest(assignRequest, raw);
  const problem = assignProblem(request);
  if (problem) throw new Error(problem);
  const { tab, evaluation, place } = readHandoff(request.handoffId);
  const plan = planAssign(evaluation.rows, place, {
    section: request.section,
    owner: request.owner,
    due: dateFromIso(request.due),
  });
  return apply(tab, plan);
}

/** Sidebar: marks several items Done; an item that cannot be Done yet stays as it is and says why. */
export function markItemsDone(raw: unknown): BulkOutcome {
  const request = parseRequest(markDoneRequest, raw);
  const { tab, evaluation, place } = readHandoff(request.handoffId);
  return apply(tab, planMarkDone(evaluation.rows, place, request.items, tab.dates.today()));
}

/** Sidebar: fills the empty due dates of open items from the handoff's target kickoff. */
export function dueDatesFromKickoff(raw: unknown): BulkOutcome {
  const request = parseRequest(dueFromKickoffRequest, raw);
  const { tab, evaluation, place } = readHandoff(request.handoffId);
  const kickoff = parseDateCell(evaluation.tab.fields.targetKickoff?.value ?? "");
  return apply(tab, planDueFromKickoff(evaluation.rows, place, kickoff, tab.dates.today()));
}
