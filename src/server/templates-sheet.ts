// The "Checklist templates" sheet: found through its named range (two calls: the range, its values),
// with its metadata mark as the fallback when someone removed the range; created on first use under a
// name no person's sheet has. Reading it gives the catalogue every command uses; recording (under the
// document lock) fills blank Item IDs, records new versions in the document properties, the history
// block and the handoff log.

import { whoCell } from "../core/log/log-entry";
import { literalText } from "../core/sheet/literal-text";
import { compactSize } from "../core/sheet/sheet-size";
import { BUILT_IN_CATALOGUE } from "../core/templates/built-in";
import type { Catalogue } from "../core/templates/catalogue";
import { storedCatalogue, storeEntries } from "../core/templates/template-store";
import {
  HISTORY_HEADER,
  TEMPLATES_METADATA_KEY,
  TEMPLATES_RANGE_NAME,
  TEMPLATES_SHEET,
} from "../core/templates/templates-layout";
import {
  historyRows,
  planTemplates,
  problemsMessage,
  type TemplatesPlan,
  versionLogDetails,
} from "../core/templates/templates-plan";
import { builtInHistory, planTemplatesSheet } from "../core/templates/templates-sheet-plan";
import { buildValidations } from "./format-builders";
import { appendLog, logTime, signedInEmail } from "./handoff-log";
import { insertSheetNamed } from "./insert-sheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Document property set once the sheet exists: only then is a missing named range looked for by metadata. */
const SHEET_CREATED_KEY = "handoffGate.templates.sheetCreated";

/** The templates as a command uses them: the catalogue, and what to tell people about the sheet. */
export interface LoadedTemplates {
  readonly catalogue: Catalogue;
  /** "" when the sheet is fine; otherwise why the last valid version is used, row by row. */
  readonly notice: string;
  readonly plan: TemplatesPlan;
}

function findByMetadata(ss: Spreadsheet): Sheet | null {
  const found = ss.createDeveloperMetadataFinder().withKey(TEMPLATES_METADATA_KEY).find()[0];
  return found ? found.getLocation().getSheet() : null;
}

/** Names the sheet's whole grid, so the next read is two calls again. */
function anchor(ss: Spreadsheet, sheet: Sheet): Range {
  const range = sheet.getRange(
    1,
    1,
    sheet.getMaxRows(),
    Math.max(sheet.getMaxColumns(), HISTORY_HEADER.length),
  );
  ss.setNamedRange(TEMPLATES_RANGE_NAME, range);
  return range;
}

/** The range the templates are read from; null when the workbook has no templates sheet. */
function templatesRange(ss: Spreadsheet, props: Readonly<Record<string, string>>): Range | null {
  const range = ss.getRangeByName(TEMPLATES_RANGE_NAME);
  if (range || !props[SHEET_CREATED_KEY]) return range;
  const sheet = findByMetadata(ss);
  return sheet ? anchor(ss, sheet) : null;
}

/**
 * Reads the templates (two Spreadsheet calls when the sheet is in place) and plans what they mean.
 * With `record`, the caller holds the document lock and the new IDs and versions are written.
 */
export function loadTemplates(ss: Spreadsheet, opts: { record: boolean; timeZone: string }): LoadedTemplates {
  const store = PropertiesService.getDocumentProperties();
  const props = store.getProperties();
  const last = storedCatalogue(props);
  const range = templatesRange(ss, props);
  const plan = planTemplates(range ? range.getValues() : null, last);
  const notice = problemsMessage(plan.problems);
  if (opts.record && range && !plan.problems.length) record(ss, range, plan, opts.timeZone);
  return { catalogue: plan.catalogue, notice, plan };
}

function record(ss: Spreadsheet, range: Range, plan: TemplatesPlan, timeZone: string): void {
  const store = PropertiesService.getDocumentProperties();
  if (plan.newIds.length || plan.changes.length) {
    const sheet = range.getSheet();
    const column = range.getColumn();
    if (plan.idColumn !== null) {
      // Only the blank Item ID cells: every other cell stays as the process owner left it.
      for (const { row, id } of plan.newIds)
        sheet.getRange(row, column + plan.idColumn).setValue(literalText(id));
    }
    if (plan.changes.length) {
      const when = logTime(timeZone);
      const who = whoCell(signedInEmail());
      const header = plan.historyColumns ? [] : [[...HISTORY_HEADER]];
      const lines = [...header, ...historyRows(plan.changes, when, who, plan.historyColumns)];
      const width = Math.max(...lines.map((l) => l.length));
      const rows = lines.map((l) => [...l, ...Array(width - l.length).fill("")]);
      const missing = plan.appendRow + rows.length - 1 - sheet.getMaxRows();
      if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
      sheet.getRange(plan.appendRow, column, rows.length, width).setValues(rows);
      if (missing > 0) anchor(ss, sheet);
      appendLog(
        ss,
        plan.changes.map((c) => ({ handoff: "", action: "template change", details: versionLogDetails(c) })),
        when,
      );
    }
  }
  store.setProperties(
    storeEntries(
      plan.catalogue,
      plan.changes.map((c) => c.scenario),
    ),
  );
}

/** The templates sheet, created from the last valid catalogue on first use; returns it and whether it is new. */
export function getOrCreateTemplatesSheet(
  ss: Spreadsheet,
  timeZone: string,
): { sheet: Sheet; created: boolean } {
  const store = PropertiesService.getDocumentProperties();
  const props = store.getProperties();
  const range = templatesRange(ss, props);
  if (range) {
    // Re-anchored over the whole grid: rows added below it since are read from now on.
    const sheet = range.getSheet();
    anchor(ss, sheet);
    return { sheet, created: false };
  }
  const sheet = findByMetadata(ss);
  if (sheet) {
    anchor(ss, sheet);
    return { sheet, created: false };
  }
  const catalogue = storedCatalogue(props);
  const fresh = catalogue === BUILT_IN_CATALOGUE;
  const history = fresh ? builtInHistory(catalogue, logTime(timeZone), "Handoff Gate") : [];
  const plan = planTemplatesSheet(catalogue, history);
  // A person's own sheet called "Checklist templates" is never written into: ours takes another name.
  // Sized to its content with spare rows; rows people insert inside a block grow it and its named range.
  const size = compactSize({ rows: plan.values.length, columns: plan.width });
  const { sheet: created } = insertSheetNamed(
    ss,
    (taken) => (taken.length ? `${TEMPLATES_SHEET} (${taken.length + 1})` : TEMPLATES_SHEET),
    { size },
  );
  created
    .getRange(1, 1, plan.values.length, plan.width)
    .setValues(plan.values)
    .setDataValidations(buildValidations(plan.validations));
  for (const row of [...plan.titleRows, ...plan.headerRows])
    created.getRange(row, 1, 1, plan.width).setFontWeight("bold");
  created.getRange(1, 1, plan.values.length, plan.width).setWrap(true);
  // The help text spans the sheet's width, so it wraps into a few lines rather than a narrow column.
  created.getRange(1, 2, 1, plan.width - 1).merge();
  for (const { column, width } of plan.columnWidths) created.setColumnWidth(column, width);
  created.setFrozenRows(1);
  created.addDeveloperMetadata(TEMPLATES_METADATA_KEY, "1");
  anchor(ss, created);
  store.setProperty(SHEET_CREATED_KEY, "1");
  return { sheet: created, created: true };
}
