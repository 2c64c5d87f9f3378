// Menu commands on the checklist templates: open (creating the sheet on first use and recording what
// changed), and reset one scenario to the built-in defaults after a confirmation.
import { ADDON_NAME } from "../core/product";
import { BUILT_IN_CATALOGUE } from "../core/templates/built-in";
import { type Catalogue, findScenario } from "../core/templates/catalogue";
import { type RowCells, resetItemRows, resetScenarioRow } from "../core/templates/reset-plan";
import { TEMPLATES_RANGE_NAME } from "../core/templates/templates-layout";
import { sheetDates } from "./calendar-cells";
import { underDocumentLock } from "./document-lock";
import { getOrCreateTemplatesSheet, loadTemplates } from "./templates-sheet";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function underLock<T>(run: () => T): T {
  return underDocumentLock(
    "Someone else is changing the checklist templates right now. Try again in a few seconds.",
    run,
  );
}

function versionsLine(catalogue: Catalogue): string {
  return catalogue
    .filter((s) => s.active)
    .map((s) => `${s.name} v${s.version}`)
    .join(", ");
}

/** Menu: opens the templates sheet (created with the built-in defaults on first use) and records new versions. */
export function editChecklistTemplates(): string {
  const ss = SpreadsheetApp.getActive();
  const { timeZone } = sheetDates(ss);
  const message = underLock(() => {
    const { sheet, created } = getOrCreateTemplatesSheet(ss, timeZone);
    ss.setActiveSheet(sheet);
    const loaded = loadTemplates(ss, { record: true, timeZone });
    if (loaded.notice) return loaded.notice;
    const recorded = loaded.plan.changes.map((c) => `${c.scenario.name} v${c.scenario.version}`);
    if (created) {
      return `"${sheet.getName()}" holds the built-in checklists: edit them like any sheet; versions and history follow. In use: ${versionsLine(loaded.catalogue)}.`;
    }
    return recorded.length
      ? `Recorded new versions: ${recorded.join(", ")}. In use: ${versionsLine(loaded.catalogue)}.`
      : `The checklist templates are valid. In use: ${versionsLine(loaded.catalogue)}.`;
  });
  ss.toast(message, ADDON_NAME, 30);
  return message;
}

function writeRow(sheet: Sheet, column: number, target: RowCells, existing: readonly unknown[]): void {
  const at = target.cells.map((c) => c.column);
  const first = Math.min(...at);
  const line = existing.slice(first, Math.max(...at) + 1);
  for (const c of target.cells) line[c.column - first] = c.value;
  sheet.getRange(target.row, column + first, 1, line.length).setValues([line]);
}

/** Menu: asks which scenario, confirms, then puts back its built-in name, role and items as a new version. */
export function resetTemplateToDefaults(): string {
  const ui = SpreadsheetApp.getUi();
  const ids = BUILT_IN_CATALOGUE.map((s) => s.id);
  const answer = ui.prompt(
    "Reset to the built-in defaults",
    `Which scenario? Enter its ID: ${ids.join(", ")}.`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return "";
  const builtIn = findScenario(BUILT_IN_CATALOGUE, answer.getResponseText());
  if (!builtIn) {
    const text = `"${answer.getResponseText().trim()}" is not a built-in scenario: enter one of ${ids.join(", ")}.`;
    ui.alert(ADDON_NAME, text, ui.ButtonSet.OK);
    return text;
  }
  const confirm = ui.alert(
    "Reset to the built-in defaults",
    `Replace "${builtIn.name}" and its items on the templates sheet with the ${builtIn.items.length} built-in items? Items you added to it are removed from the sheet (handoffs already started keep theirs); the change becomes a new version.`,
    ui.ButtonSet.YES_NO,
  );
  if (confirm !== ui.Button.YES) return "";
  const ss = SpreadsheetApp.getActive();
  const { timeZone } = sheetDates(ss);
  const message = underLock(() => {
    const { sheet } = getOrCreateTemplatesSheet(ss, timeZone);
    const range = () => ss.getRangeByName(TEMPLATES_RANGE_NAME) ?? sheet.getDataRange();
    let block = range();
    let values = block.getValues();
    const row = resetScenarioRow(values, builtIn);
    if (typeof row === "string") return row;
    if (row.insert) sheet.insertRowsBefore(row.row, 1);
    writeRow(sheet, block.getColumn(), row, row.insert ? [] : (values[row.row - 1] ?? []));
    block = range();
    values = block.getValues();
    const items = resetItemRows(values, builtIn);
    if (typeof items === "string") return items;
    for (const r of items.deleteRows) sheet.deleteRow(r);
    sheet.insertRowsBefore(items.insertAt, items.rows.length);
    const columns = items.rows[0]?.cells.map((c) => c.column) ?? [];
    if (columns.length) {
      const first = Math.min(...columns);
      const grid = items.rows.map((r) => {
        const line: unknown[] = Array(Math.max(...columns) - first + 1).fill("");
        for (const c of r.cells) line[c.column - first] = c.value;
        return line;
      });
      sheet
        .getRange(items.insertAt, block.getColumn() + first, grid.length, grid[0]?.length ?? 0)
        .setValues(grid);
    }
    const loaded = loadTemplates(ss, { record: true, timeZone });
    const now = findScenario(loaded.catalogue, builtIn.id);
    return loaded.notice || `"${builtIn.name}" is back to the built-in defaults (v${now?.version ?? 1}).`;
  });
  ss.toast(message, ADDON_NAME, 30);
  return message;
}
