// Archive finished handoffs and Restore one: read the register and the tabs once, plan in core
// (src/core/archive), write the Archive in one append and the register in one block, then remove the
// tabs (Restore rebuilds one). Calls do not depend on the items or the Archive's size.
import {
  type ArchiveRequest,
  archiveRequest,
  type RestoreRequest,
  restoreRequest,
} from "../core/api/requests";
import type { ArchiveOutcome, RestoreOutcome } from "../core/api/views";
import {
  ARCHIVE_COLUMNS,
  ARCHIVE_HEADER_NOTES,
  ARCHIVE_METADATA_KEY,
  archiveSheetName,
} from "../core/archive/archive-columns";
import { type ArchiveSpan, parseArchiveLink } from "../core/archive/archive-link";
import { archiveEntry, restoreEntry } from "../core/archive/archive-log";
import {
  type ArchiveLayout,
  archiveLayout,
  columnsAddedLater,
  isBlockOf,
  readArchivedHandoff,
  rowsInLayout,
  spanOf,
} from "../core/archive/archive-reader";
import { archiveFormats, archiveRowsOf } from "../core/archive/archive-rows";
import { archiveCandidates, chooseForArchive, unfinishedText } from "../core/archive/archive-selection";
import { planArchiveLinks, planRestoreLinks } from "../core/archive/register-links";
import { planRestoredTab } from "../core/archive/restore-plan";
import { capacityVerdict } from "../core/capacity/capacity";
import { checklistTabSize } from "../core/capacity/sheet-sizes";
import { ADDON_NAME } from "../core/product";
import type { ColumnWrite } from "../core/register/column-writes";
import { parseHandoffId } from "../core/register/handoff-id";
import { MIRRORED_COLUMNS } from "../core/register/register-columns";
import { readRegister, registerColumnsProblem } from "../core/register/register-reader";
import {
  handoffRangeName,
  LIVE_COLUMN_CELLS,
  liveRangeName,
  mirrorRangeName,
} from "../core/register/register-row";
import { cellText } from "../core/sheet/cell-text";
import { compactSize, gridCells } from "../core/sheet/sheet-size";
import { handoffTabName } from "../core/tab/tab-name";
import { type SheetDates, sheetDates } from "./calendar-cells";
import { underDocumentLock } from "./document-lock";
import { appendLog, logTime } from "./handoff-log";
import { insertSheetNamed } from "./insert-sheet";
import { insertChecklistTab, nameHandoffRanges, writeTab } from "./new-handoff";
import { parseRequest } from "./parse-request";
import { findRegister } from "./register-sheet";
import { handoffSheet } from "./sidebar-api";
import { tabTemplateRef } from "./tab-anchor";
import { noteWorkbookChange, TALLY_KEY, workbookUse } from "./workbook-use";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const BUSY = "Someone else is archiving or restoring right now. Try again in a few seconds.";
const NO_REGISTER = "There is no Handoff Gate register yet: start a handoff with New handoff… first.";

/** The Archive the add-on created, found by its metadata (a person's own "Archive" sheet is never it); null when none. */
export function findArchive(ss: Spreadsheet): Sheet | null {
  const found = ss.createDeveloperMetadataFinder().withKey(ARCHIVE_METADATA_KEY).find();
  return found[0]?.getLocation().getSheet() ?? null;
}

function createArchive(ss: Spreadsheet): Sheet {
  const size = compactSize({ rows: 1, columns: ARCHIVE_COLUMNS.length });
  const { sheet } = insertSheetNamed(
    ss,
    (taken) => archiveSheetName((name) => taken.some((t) => t.toLowerCase() === name.toLowerCase())),
    { size },
  );
  sheet.addDeveloperMetadata(ARCHIVE_METADATA_KEY);
  sheet
    .getRange(1, 1, 1, ARCHIVE_COLUMNS.length)
    .setValues([[...ARCHIVE_COLUMNS]])
    .setNotes([ARCHIVE_COLUMNS.map((c) => ARCHIVE_HEADER_NOTES[c] ?? "")])
    .setFontWeight("bold");
  sheet.setFrozenRows(1);
  // Archived rows are a record: editing them asks for a confirmation first (everyone can still edit).
  sheet.protect().setWarningOnly(true);
  return sheet;
}

/**
 * The Archive's columns from its header row, and its grid's width; an Archive made before a column was
 * added gets it headed right of its last one; throws the fix when a column was renamed or deleted.
 */
function layoutOf(archive: Sheet): { layout: ArchiveLayout; width: number; gridColumns: number } {
  let gridColumns = archive.getMaxColumns();
  const header = archive.getRange(1, 1, 1, gridColumns).getValues()[0] ?? [];
  const added = columnsAddedLater(header);
  if (added.length) {
    const used = header.reduce<number>((last, v, i) => (cellText(v) === "" ? last : i + 1), 0);
    const room = gridColumns - used;
    if (room < added.length) {
      archive.insertColumnsAfter(gridColumns, added.length - room);
      noteWorkbookChange((added.length - room) * archive.getMaxRows(), 0);
      gridColumns += added.length - room;
    }
    archive
      .getRange(1, used + 1, 1, added.length)
      .setValues([added])
      .setNotes([added.map((c) => ARCHIVE_HEADER_NOTES[c] ?? "")])
      .setFontWeight("bold");
    header.splice(used, added.length, ...added);
  }
  const layout = archiveLayout(header, archive.getName());
  if (typeof layout === "string") throw new Error(layout);
  return { layout, width: Math.max(...Object.values(layout)) + 1, gridColumns };
}

function writeColumns(register: Sheet, writes: readonly ColumnWrite[], dates: SheetDates): void {
  for (const w of writes) {
    register
      .getRange(2, w.column, w.values.length, w.values[0]?.length ?? 1)
      .setValues(dates.write(w.values));
  }
}

/** Moves the chosen handoffs to the Archive in one append, links their register rows there, removes their tabs. */
function archiveIn(ss: Spreadsheet, dates: SheetDates, request: ArchiveRequest): ArchiveOutcome {
  return underDocumentLock(BUSY, () => {
    const register = findRegister(ss);
    if (!register) throw new Error(NO_REGISTER);
    const range = register.getDataRange();
    const values = dates.read(range.getValues());
    // Without its live columns and Tab link a row could not keep what was recorded nor say it is archived.
    const columns = registerColumnsProblem(values[0] ?? [], register.getName(), "try again");
    if (typeof columns === "string") throw new Error(columns);
    const formulas = range.getFormulas();
    let archive = findArchive(ss);
    const candidates = archiveCandidates(values, formulas, archive ? archive.getSheetId() : null);
    const choice = chooseForArchive(candidates, request.handoffIds, request.confirmUnfinished === true);
    if ("error" in choice) throw new Error(choice.error);

    const tabs = choice.ids.map((id) => {
      const sheet = handoffSheet(ss, id);
      const range = sheet.getDataRange();
      const tab = { sheet, name: sheet.getName(), values: dates.read(range.getValues()) };
      const cells = sheet.getMaxRows() * sheet.getMaxColumns();
      const templateRef = tabTemplateRef(sheet, "");
      return {
        id,
        tab,
        cells,
        rows: archiveRowsOf(id, tab.name, tab.values, templateRef, range.getFormulas()),
      };
    });
    archive ??= createArchive(ss);
    const { layout, width, gridColumns } = layoutOf(archive);
    const first = archive.getLastRow() + 1;
    const spans = new Map<string, ArchiveSpan>();
    let next = first;
    for (const t of tabs) {
      spans.set(t.id, { first: next, last: next + t.rows.length - 1 });
      next += t.rows.length;
    }
    const rows = rowsInLayout(
      tabs.flatMap((t) => t.rows),
      layout,
      width,
    );
    // New rows right after the last archived one: the grid grows by what is appended (its spare rows
    // stay below), in the same calls whatever the Archive's size. They may inherit the row above's
    // style (the header's bold), so the write sets it.
    archive.insertRowsAfter(first - 1, rows.length);
    archive
      .getRange(first, 1, rows.length, width)
      .setNumberFormats(archiveFormats(rows))
      .setFontWeight("normal")
      .setValues(dates.write(rows));
    writeColumns(register, planArchiveLinks(values, formulas, archive.getSheetId(), spans), dates);
    for (const { id, tab } of tabs) {
      ss.deleteSheet(tab.sheet);
      ss.removeNamedRange(handoffRangeName(id));
      for (const column of MIRRORED_COLUMNS) ss.removeNamedRange(mirrorRangeName(id, column));
      for (const part of LIVE_COLUMN_CELLS) ss.removeNamedRange(liveRangeName(id, part));
    }
    // The capacity guard's tally: the tabs and their grids are gone, the Archive grew by its new rows.
    noteWorkbookChange(rows.length * gridColumns - tabs.reduce((sum, t) => sum + t.cells, 0), -tabs.length);
    const archiveName = archive.getName();
    appendLog(
      ss,
      tabs.map((t) => archiveEntry(t.id, t.tab.name, archiveName, spans.get(t.id) ?? { first, last: first })),
      logTime(dates.timeZone),
    );
    const n = tabs.length;
    const message =
      `Archived ${n} handoff${n === 1 ? "" : "s"} (${listed(choice.ids)}) to "${archiveName}" ` +
      `rows ${first}–${next - 1}; ${n === 1 ? "its tab was" : "their tabs were"} removed and the register links to the rows.` +
      (choice.unfinished.length ? ` Not finished when archived: ${unfinishedText(choice.unfinished)}.` : "") +
      " Restore archived handoff… brings one back.";
    return { archived: choice.ids, message };
  });
}

/** Rebuilds an archived handoff's tab from its rows, removes them and links the register to the tab. */
function restoreIn(ss: Spreadsheet, dates: SheetDates, request: RestoreRequest): RestoreOutcome {
  const typed = request.handoffId.trim();
  if (parseHandoffId(typed) === null) {
    throw new Error(`Handoff ID: "${typed}" is not a handoff ID. Enter one like HO-0007.`);
  }
  const id = typed.toUpperCase();
  return underDocumentLock(BUSY, () => {
    const register = findRegister(ss);
    if (!register) throw new Error(NO_REGISTER);
    const archive = findArchive(ss);
    if (!archive)
      throw new Error(`Handoff ID: ${id} is not archived (nothing is archived in this workbook yet).`);
    const range = register.getDataRange();
    const values = dates.read(range.getValues());
    // Without its live columns and Tab link a row could not keep what was recorded nor say it is archived.
    const columns = registerColumnsProblem(values[0] ?? [], register.getName(), "try again");
    if (typeof columns === "string") throw new Error(columns);
    const formulas = range.getFormulas();
    const archiveId = archive.getSheetId();
    const table = readRegister(values);
    const row = table.rows.find((r) => r.id.toUpperCase() === id);
    if (!row) throw new Error(`Handoff ID: ${id} is not in the register. Check the ID and try again.`);
    const linked = parseArchiveLink(formulas[row.sheetRow - 1]?.[table.columns.Tab ?? -1], archiveId);
    const { layout, width, gridColumns } = layoutOf(archive);
    const readSpan = (s: ArchiveSpan) =>
      dates.read(archive.getRange(s.first, 1, s.last - s.first + 1, width).getValues());
    const maxRows = archive.getMaxRows();
    let span = linked;
    let block = span && span.last <= maxRows ? readSpan(span) : [];
    if (!span || !isBlockOf(block, layout, id)) {
      // Rows moved by hand (sorted, rows inserted above) or a link typed over: found by their ID, one column read.
      const ids = archive
        .getRange(1, layout["Handoff ID"] + 1, Math.max(1, archive.getLastRow()), 1)
        .getValues()
        .map((line) => line[0]);
      span = spanOf(ids, id);
      if (!span) {
        throw new Error(
          linked
            ? `${id}'s rows are gone from "${archive.getName()}": undo the change that removed them, then restore again.`
            : `Handoff ID: ${id} is not archived: its register row links to its tab. Pick an archived one (its Tab cell in the register says "Archived").`,
        );
      }
      block = readSpan(span);
    }
    const archived = readArchivedHandoff(block, layout, id);
    const { plan, header, aside } = planRestoredTab(archived, archived.templateRef || row.text("Template"));
    const compact = checklistTabSize(plan.rows);
    const size = {
      rows: Math.max(compact.rows, aside?.rows ?? 0),
      columns: Math.max(compact.columns, aside?.columns ?? 0),
    };
    const tabCells = gridCells(size);
    const verdict = capacityVerdict(
      workbookUse(ss, PropertiesService.getDocumentProperties().getProperty(TALLY_KEY)),
      tabCells,
    );
    if (verdict.level === "full") throw new Error(verdict.message ?? "");
    const { sheet, name } = insertChecklistTab(
      ss,
      (taken) =>
        taken.length === 0 && archived.tabName ? archived.tabName : handoffTabName(id, header.client, taken),
      size,
      tabCells,
    );
    const removed = span;
    try {
      const tabBlock = writeTab(sheet, dates.write(plan.values), plan, id, header.templateRef);
      nameHandoffRanges(ss, sheet, tabBlock, id, plan);
      if (aside) sheet.getRange(1, 1, aside.rows, aside.columns).setValues(dates.write(aside.values));
      writeColumns(
        register,
        planRestoreLinks(values, formulas, archiveId, id, removed, sheet.getSheetId()),
        dates,
      );
    } catch (e) {
      // A half-built tab would be a second copy of what the archive still holds.
      ss.deleteSheet(sheet);
      throw e;
    }
    const count = removed.last - removed.first + 1;
    // Sheets refuses to delete every non-frozen row: keep one blank row when these are the last ones.
    const keepOne = maxRows - count <= 1 ? 1 : 0;
    if (keepOne) archive.insertRowsAfter(maxRows, 1);
    archive.deleteRows(removed.first, count);
    noteWorkbookChange(tabCells + (keepOne - count) * gridColumns, 1);
    appendLog(ss, [restoreEntry(id, name, archive.getName(), removed)], logTime(dates.timeZone));
    return {
      handoffId: id,
      sheetName: name,
      message: `${id} is back on its tab "${name}"; its ${count} archive rows were removed and the register links to the tab.`,
    };
  });
}

function listed(ids: readonly string[]): string {
  return ids.slice(0, 5).join(", ") + (ids.length > 5 ? `, +${ids.length - 5} more` : "");
}

/** Sidebar: archives the named handoffs (none named: every finished one). */
export function archiveHandoffs(raw: unknown): ArchiveOutcome {
  const request = parseRequest(archiveRequest, raw);
  const ss = SpreadsheetApp.getActive();
  return archiveIn(ss, sheetDates(ss), request);
}

/** Sidebar: restores one archived handoff's tab. */
export function restoreHandoff(raw: unknown): RestoreOutcome {
  const request = parseRequest(restoreRequest, raw);
  const ss = SpreadsheetApp.getActive();
  return restoreIn(ss, sheetDates(ss), request);
}

/** IDs typed in a prompt: separated by commas, semicolons or spaces. */
function typedIds(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** Menu: asks which handoffs to archive (finished ones by default), confirms unfinished ones, archives. */
export function archiveFinishedHandoffs(): void {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActive();
  const dates = sheetDates(ss);
  const register = findRegister(ss);
  if (!register) {
    ui.alert(ADDON_NAME, NO_REGISTER, ui.ButtonSet.OK);
    return;
  }
  const range = register.getDataRange();
  const archive = findArchive(ss);
  const candidates = archiveCandidates(
    range.getValues(),
    range.getFormulas(),
    archive ? archive.getSheetId() : null,
  );
  const finished = candidates.active.filter((c) => !c.unfinished).map((c) => c.id);
  const answer = ui.prompt(
    "Archive finished handoffs",
    (finished.length
      ? `${finished.length} finished (decided Go and acknowledged): ${listed(finished)}. Press OK to archive them, or type `
      : "No handoff is finished yet (decided Go and acknowledged). Type ") +
      "the IDs of the handoffs to archive instead, e.g. HO-0003, HO-0007. Their tabs are removed; Restore archived handoff… brings one back.",
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const handoffIds = typedIds(answer.getResponseText());
  const choice = chooseForArchive(candidates, handoffIds, true);
  if ("error" in choice) {
    ui.alert(ADDON_NAME, choice.error, ui.ButtonSet.OK);
    return;
  }
  let confirmUnfinished = false;
  if (choice.unfinished.length) {
    const go = ui.alert(
      ADDON_NAME,
      `Not finished: ${unfinishedText(choice.unfinished)}. Archive ${choice.unfinished.length === 1 ? "it" : "them"} anyway? ` +
        "The tab is removed and kept in the Archive; Restore archived handoff… brings it back.",
      ui.ButtonSet.YES_NO,
    );
    if (go !== ui.Button.YES) return;
    confirmUnfinished = true;
  }
  try {
    ui.alert(ADDON_NAME, archiveIn(ss, dates, { handoffIds, confirmUnfinished }).message, ui.ButtonSet.OK);
  } catch (e) {
    ui.alert(ADDON_NAME, (e as Error).message, ui.ButtonSet.OK);
  }
}

/** Menu: asks for an archived handoff's ID and restores its tab. */
export function restoreArchivedHandoff(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    "Restore archived handoff",
    'The ID of the archived handoff to bring back as a tab, e.g. HO-0007 (the register\'s Tab cell says "Archived").',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const ss = SpreadsheetApp.getActive();
  try {
    const outcome = restoreIn(ss, sheetDates(ss), { handoffId: answer.getResponseText() });
    ui.alert(ADDON_NAME, outcome.message, ui.ButtonSet.OK);
  } catch (e) {
    ui.alert(ADDON_NAME, (e as Error).message, ui.ButtonSet.OK);
  }
}
