// New handoff: under the document lock, gives the next ID, builds the checklist tab and appends the
// register row, in a fixed number of Spreadsheet calls whatever the scenario's size.
import { exceptionsProblem, newHandoffRequest, pastKickoffProblem } from "../core/api/requests";
import type { HandoffView } from "../core/api/views";
import { capacityVerdict } from "../core/capacity/capacity";
import { checklistTabSize, registerGrowthCells, registerSize } from "../core/capacity/sheet-sizes";
import { recordsExceptions } from "../core/checklist/records-exceptions";
import { templateLabel } from "../core/checklist/template-label";
import { newHandoffEntry } from "../core/log/action-entries";
import { ADDON_NAME } from "../core/product";
import { formatHandoffId, nextHandoffNumber } from "../core/register/handoff-id";
import { MIRRORED_COLUMNS } from "../core/register/register-columns";
import { registerColumnsProblem } from "../core/register/register-reader";
import {
  handoffRangeName,
  LIVE_COLUMN_CELLS,
  liveRangeName,
  MIRRORED_CELLS,
  mirrorRangeName,
  registerRowValues,
} from "../core/register/register-row";
import { a1 } from "../core/sheet/a1";
import { formatCalendarDate } from "../core/sheet/calendar-date";
import { dateFromIso } from "../core/sheet/date-cell";
import { storedValue } from "../core/sheet/literal-text";
import { type GridSize, gridCells } from "../core/sheet/sheet-size";
import { evaluateHandoffTab } from "../core/tab/evaluate-tab";
import { HEADER_CELLS, TAB_COLUMNS } from "../core/tab/tab-layout";
import { handoffTabName } from "../core/tab/tab-name";
import { planChecklistTab, type TabPlan } from "../core/tab/tab-plan";
import { firstUsesLabel } from "../core/templates/first-use-label";
import { checklistFromCatalogue } from "../core/templates/handoff-checklist";
import { sheetDates } from "./calendar-cells";
import { underDocumentLock } from "./document-lock";
import { buildConditionalRules, buildValidations } from "./format-builders";
import { appendLog, logTime } from "./handoff-log";
import { insertSheetNamed } from "./insert-sheet";
import { parseRequest } from "./parse-request";
import { getOrCreateRegister, growRegisterFor } from "./register-sheet";
import { TAB_METADATA_KEY } from "./tab-anchor";
import { loadTemplates } from "./templates-sheet";
import { countWorkbook, TALLY_KEY, tallyAfter, workbookUse } from "./workbook-use";

/** Document property holding the last handoff number given out (IDs are never reused). */
export const COUNTER_KEY = "handoffGate.lastHandoffNumber";

/** Starts a handoff from the sidebar form or the menu; returns the new tab's view. */
export function startHandoff(raw: unknown): HandoffView {
  const request = parseRequest(newHandoffRequest, raw);
  const exceptions = request.exceptions.trim();
  const ss = SpreadsheetApp.getActive();
  const dates = sheetDates(ss);
  // Created, and "already past" for the kickoff, are today where the spreadsheet is.
  const created = dates.today();
  const problem = exceptionsProblem(request) ?? pastKickoffProblem(request, formatCalendarDate(created));
  if (problem) throw new Error(problem);

  const busy = "Someone else is starting a handoff in this workbook right now. Try again in a few seconds.";
  const { sheetName, plan, id, capacityWarning } = underDocumentLock(busy, () => {
    // The templates as the sheet now has them (new versions recorded first), or the last valid ones.
    const templates = loadTemplates(ss, { record: true, timeZone: dates.timeZone });
    // "none", "n/a", "-" and the like record no exceptions: the one rule the formula and Validate use too.
    const checklist = checklistFromCatalogue(templates.catalogue, request.scenarioId, {
      hasExceptions: recordsExceptions(exceptions),
    });
    if (typeof checklist === "string") throw new Error(checklist);
    if (templates.notice) ss.toast(templates.notice, ADDON_NAME, 30);
    const props = PropertiesService.getDocumentProperties();
    const register = getOrCreateRegister(ss);
    const stored = props.getProperties();
    const registerValues = register.getDataRange().getValues();
    const layout = registerColumnsProblem(registerValues[0] ?? [], register.getName());
    if (typeof layout === "string") throw new Error(layout);
    // Above both the counter and every ID in the register: pasted or typed rows never get their ID repeated.
    const number = nextHandoffNumber(
      stored[COUNTER_KEY] ?? null,
      registerValues.map((line) => line[layout.ID]),
    );
    const id = formatHandoffId(number);
    const header = {
      id,
      client: request.client,
      scenarioName: checklist.scenario.name,
      handoffOwner: request.handoffOwner,
      receivingOwner: request.receivingOwner,
      exceptions,
      templateRef: checklist.templateRef,
      // The versions in plain words, the names as the templates sheet gives them.
      templateLabel: templateLabel(checklist.templateParts, templates.catalogue),
      created,
      targetKickoff: dateFromIso(request.targetKickoff),
    };
    const plan = planChecklistTab(header, checklist);
    // Capacity: refuse before anything is created when no handoff fits; past 80 % say how many do.
    const size = checklistTabSize(plan.rows);
    const width = registerValues[0]?.length ?? 0;
    const handoffCells = gridCells(size) + registerSize(width).columns;
    const registerRows = register.getMaxRows();
    // A register about to grow needs that room too: counted as used.
    const growth = registerGrowthCells(registerValues.length, registerRows, width);
    const use = workbookUse(ss, stored[TALLY_KEY]);
    const verdict = capacityVerdict({ cells: use.cells + growth, tabs: use.tabs }, handoffCells);
    if (verdict.level === "full") throw new Error(verdict.message ?? "");
    const capacityWarning = verdict.message;
    const { sheet, name } = insertChecklistTab(
      ss,
      (taken) => handoffTabName(id, request.client, taken),
      size,
      handoffCells,
    );
    try {
      const block = writeTab(sheet, dates.write(plan.values), plan, id, checklist.templateRef);
      nameHandoffRanges(ss, sheet, block, id, plan);
      const firstUses = firstUsesLabel(
        checklist.templateRef,
        registerValues
          .slice(1)
          .map((line) => String(layout.Template === undefined ? "" : (line[layout.Template] ?? ""))),
        templates.catalogue,
      );
      const row = registerRowValues({ ...header, sheetId: sheet.getSheetId(), firstUses }, layout, width);
      // The register keeps an empty row at its bottom: grown (and formatted) in steps before it fills.
      growRegisterFor(register, registerValues.length, registerRows);
      register.appendRow(dates.write([row])[0] ?? []);
    } catch (e) {
      // A half-built tab without its register row would be an orphan: remove it, keep the ID unused.
      ss.deleteSheet(sheet);
      throw e;
    }
    props.setProperties({
      [COUNTER_KEY]: String(number),
      [TALLY_KEY]: tallyAfter(use, gridCells(size) + growth, 1),
    });
    appendLog(
      ss,
      [
        newHandoffEntry(id, {
          client: request.client,
          scenario: header.scenarioName,
          handoffOwner: request.handoffOwner,
          receivingOwner: request.receivingOwner,
          templateRef: checklist.templateRef,
        }),
      ],
      logTime(dates.timeZone),
    );
    return { sheetName: name, plan, id, capacityWarning };
  });
  // No toast: the sidebar that asked for the handoff opens its walkthrough, which says so (one call fewer).
  const evaluation = evaluateHandoffTab(
    plan.values.map((row) => row.map(storedValue)),
    sheetName,
    created,
  );
  if (!evaluation)
    throw new Error(`${id} was created but its tab could not be read back. Run Validate this handoff.`);
  return capacityWarning ? { ...evaluation.view, capacityWarning } : evaluation.view;
}

/**
 * Inserts the checklist tab at its compact size. When Sheets refuses the insert for another reason
 * than a taken name (its text is localized, so it is not read), the workbook is counted exactly: if it
 * is full after all (the tally missed sheets people grew), the capacity message replaces Google's error.
 */
export function insertChecklistTab(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  nameFor: (taken: readonly string[]) => string,
  size: GridSize,
  handoffCells: number,
) {
  try {
    return insertSheetNamed(ss, nameFor, { size, tally: false });
  } catch (e) {
    const verdict = capacityVerdict(countWorkbook(ss), handoffCells);
    if (verdict.level === "full") throw new Error(verdict.message ?? "");
    throw e;
  }
}

/**
 * Names a new tab's block, each mirrored header cell and its Status and Due columns: the register's live
 * columns follow them wherever people move rows, columns and the tab. One read for all their ranges.
 */
export function nameHandoffRanges(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  block: GoogleAppsScript.Spreadsheet.Range,
  id: string,
  plan: TabPlan,
): void {
  ss.setNamedRange(handoffRangeName(id), block);
  const mirrored = MIRRORED_COLUMNS.map((column) => {
    const cell = HEADER_CELLS[MIRRORED_CELLS[column]];
    return { name: mirrorRangeName(id, column), at: a1(cell.row, cell.column) };
  });
  const live = LIVE_COLUMN_CELLS.map((part) => ({
    name: liveRangeName(id, part),
    at: plan.liveColumns[part],
  }));
  const named = [...mirrored, ...live];
  const ranges = sheet.getRangeList(named.map((n) => n.at)).getRanges();
  named.forEach((n, i) => {
    ss.setNamedRange(n.name, ranges[i] as GoogleAppsScript.Spreadsheet.Range);
  });
}

/** Writes the planned block (its values with Dates for its calendar dates) in one batch per property; returns its range. */
export function writeTab(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: unknown[][],
  plan: TabPlan,
  id: string,
  templateRef: string,
) {
  const block = sheet.getRange(1, 1, plan.rows, TAB_COLUMNS);
  block
    .setNumberFormats(plan.numberFormats)
    .setValues(values)
    .setWraps(plan.wraps)
    .setFontSizes(plan.fontSizes)
    .setDataValidations(buildValidations(plan.validations));
  sheet.setConditionalFormatRules(buildConditionalRules(sheet, plan.conditionalRules));
  sheet.setFrozenRows(plan.frozenRows);
  for (const { column, count, width } of plan.columnWidths) sheet.setColumnWidths(column, count, width);
  sheet.getRange(plan.headerBlockRange).protect().setWarningOnly(true);
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, JSON.stringify({ id, templateRef }));
  return block;
}
