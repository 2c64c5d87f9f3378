// The sidebar's actions on several items at once: each reads the tab once, asks core for a plan, writes
// every planned value in one RangeList call per distinct value (only the cells it fills), and returns
// the handoff as it now reads with what was done.
import { assignRequest, dueFromKickoffRequest, markDoneRequest } from "../core/api/requests";
import type { BulkOutcome } from "../core/api/views";
import { saveEntry } from "../core/log/action-entries";
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
import { dueDaysByItemText } from "../core/templates/due-days";
import { sheetDates } from "./calendar-cells";
import { appendLog } from "./handoff-log";
import { parseRequest } from "./parse-request";
import { checklistOf, handoffSheet, type ReadTab, readTab } from "./sidebar-api";
import { tabTemplateRef } from "./tab-anchor";

interface ReadHandoff {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly tab: ReadTab;
  readonly evaluation: HandoffEvaluation;
  /** Where the tab's table is. */
  readonly place: TablePlace;
}

/** Reads the handoff's tab once and evaluates it. */
function readHandoff(handoffId: string): ReadHandoff {
  const ss = SpreadsheetApp.getActive();
  const tab = readTab(handoffSheet(ss, handoffId), sheetDates(ss), handoffId);
  const evaluation = checklistOf(tab);
  return {
    ss,
    tab,
    evaluation,
    place: { tableHeaderRow: evaluation.tab.tableHeaderRow, columns: evaluation.columns },
  };
}

/**
 * Writes each planned group with one RangeList call, logs each changed item as a save would (one batched
 * log write), and returns the outcome from the values as written.
 */
function apply(read: ReadHandoff, plan: BulkPlan): BulkOutcome {
  const { ss, tab, evaluation } = read;
  for (const group of plan.groups) {
    const [value] = tab.dates.write([[group.value]])[0] ?? [];
    tab.sheet.getRangeList(group.cells.map((c) => a1(c.row, c.column))).setValue(value);
  }
  const handoff = checklistOf({ ...tab, values: valuesAfterGroups(tab.values, plan.groups) }).view;
  appendLog(
    ss,
    handoff.items.flatMap((after) => {
      const before = evaluation.view.items.find((i) => i.row === after.row);
      return (before && saveEntry(handoff.id, before, after)) ?? [];
    }),
  );
  return {
    handoff,
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
  const read = readHandoff(request.handoffId);
  const { evaluation, place } = read;
  const plan = planAssign(evaluation.rows, place, {
    section: request.section,
    owner: request.owner,
    due: dateFromIso(request.due),
  });
  return apply(read, plan);
}

/** Sidebar: marks several items Done; an item that cannot be Done yet stays as it is and says why. */
export function markItemsDone(raw: unknown): BulkOutcome {
  const request = parseRequest(markDoneRequest, raw);
  const read = readHandoff(request.handoffId);
  const { tab, evaluation, place } = read;
  return apply(read, planMarkDone(evaluation.rows, place, request.items, tab.dates.today()));
}

/** Sidebar: fills the empty due dates of open items from the handoff's target kickoff. */
export function dueDatesFromKickoff(raw: unknown): BulkOutcome {
  const request = parseRequest(dueFromKickoffRequest, raw);
  const read = readHandoff(request.handoffId);
  const { tab, evaluation, place } = read;
  const kickoff = parseDateCell(evaluation.tab.fields.targetKickoff?.value ?? "");
  // Each item's offset from the template versions the handoff was built from (kept in the properties).
  const daysFor = dueDaysByItemText(
    PropertiesService.getDocumentProperties().getProperties(),
    tabTemplateRef(tab.sheet, evaluation.view.templateRef),
  );
  return apply(
    read,
    planDueFromKickoff(evaluation.rows, place, kickoff, tab.dates.today(), (r) => daysFor(r.item)),
  );
}
