// Upgrading a handoff to the checklist templates' newer versions: what the sidebar offers, and the
// upgrade itself under the document lock: one batched write of the table (rows added inside it, so the
// gate's range and the tab's named range grow with it), the template stamp, and one log entry.
import { upgradeRequest } from "../core/api/requests";
import type { HandoffView, UpgradeView } from "../core/api/views";
import type { ChecklistColumn } from "../core/checklist/columns";
import { templateLabel } from "../core/checklist/template-label";
import { literalText } from "../core/sheet/literal-text";
import type { HandoffEvaluation } from "../core/tab/evaluate-tab";
import { ITEM_RULES } from "../core/tab/tab-plan";
import type { Catalogue } from "../core/templates/catalogue";
import { parseTemplateRef } from "../core/templates/template-parts";
import { planUpgrade, type RemovedChoice, upgradeSummary } from "../core/templates/upgrade-plan";
import { upgradeMessage, upgradeTarget } from "../core/templates/upgrade-target";
import { sheetDates } from "./calendar-cells";
import { underDocumentLock } from "./document-lock";
import { buildValidation } from "./format-builders";
import { appendLog, logTime } from "./handoff-log";
import { parseRequest } from "./parse-request";
import { checklistOf, handoffSheet, type ReadTab, readTab } from "./sidebar-api";
import { TAB_METADATA_KEY, tabTemplateRef } from "./tab-anchor";
import { loadTemplates } from "./templates-sheet";

function bodyRows(tab: ReadTab, evaluation: HandoffEvaluation): unknown[][] {
  return tab.values.slice(evaluation.tab.tableHeaderRow, evaluation.tab.lastTableRow);
}

function plan(tab: ReadTab, evaluation: HandoffEvaluation, catalogue: Catalogue, removed: RemovedChoice) {
  const props = PropertiesService.getDocumentProperties().getProperties();
  const target = upgradeTarget(tabTemplateRef(tab.sheet, evaluation.view.templateRef), catalogue, props);
  if (!target) return null;
  const upgrade = planUpgrade({
    rows: bodyRows(tab, evaluation),
    columns: evaluation.columns,
    oldItems: target.oldItems,
    newItems: target.newItems,
    toVersion: target.toVersion,
    removed,
  });
  return { target, upgrade };
}

/** What upgrading the shown handoff would do, for the sidebar (null when it is current). */
export function upgradeOffer(
  tab: ReadTab,
  evaluation: HandoffEvaluation,
  catalogue: Catalogue,
): UpgradeView | null {
  const planned = plan(tab, evaluation, catalogue, "keep-worked");
  if (!planned) return null;
  return {
    message: upgradeMessage(planned.target.label, upgradeSummary(planned.upgrade)),
    removedWorked: planned.upgrade.keptWorked.length,
  };
}

/** Sidebar: upgrades the handoff to the newer template versions; returns it as it now reads. */
export function upgradeHandoff(raw: unknown): HandoffView {
  const request = parseRequest(upgradeRequest, raw);
  const ss = SpreadsheetApp.getActive();
  return underDocumentLock(
    "Someone else is changing this workbook right now. Try again in a few seconds.",
    () => {
      const dates = sheetDates(ss);
      const tab = readTab(handoffSheet(ss, request.handoffId), dates, request.handoffId);
      const evaluation = checklistOf(tab);
      const { catalogue } = loadTemplates(ss, { record: true, timeZone: dates.timeZone });
      const planned = plan(tab, evaluation, catalogue, request.removed);
      if (!planned) throw new Error(`${evaluation.view.id} already uses the current checklist templates.`);
      const { target, upgrade } = planned;
      const sheet = tab.sheet;
      const { tableHeaderRow, lastTableRow } = evaluation.tab;
      const grow = upgrade.rows.length - (lastTableRow - tableHeaderRow);
      // Rows go in before the table's last row, so every range over the table grows with it.
      if (grow > 0) sheet.insertRowsBefore(Math.max(lastTableRow, tableHeaderRow + 1), grow);
      const width = Math.max(...upgrade.rows.map((r) => r.length));
      const rows = upgrade.rows.map((r) => [...r, ...Array(width - r.length).fill("")]);
      sheet.getRange(tableHeaderRow + 1, 1, rows.length, width).setValues(dates.write(rows));
      for (const [column, rule] of Object.entries(ITEM_RULES) as [
        ChecklistColumn,
        (typeof ITEM_RULES)[keyof typeof ITEM_RULES],
      ][]) {
        const at = evaluation.columns[column];
        if (at !== undefined)
          sheet.getRange(tableHeaderRow + 1, at + 1, rows.length, 1).setDataValidation(buildValidation(rule));
      }
      // Removed items are struck through: still there to read, visibly no longer part of the template.
      const removed = new Set(upgrade.removedRows);
      sheet
        .getRange(tableHeaderRow + 1, 1, rows.length, width)
        .setFontLines(rows.map((_, i) => Array(width).fill(removed.has(i) ? "line-through" : "none")));
      const due = evaluation.columns.Due;
      if (due !== undefined)
        sheet.getRange(tableHeaderRow + 1, due + 1, rows.length, 1).setNumberFormat("yyyy-mm-dd");
      const stamp = evaluation.tab.fields.template;
      if (stamp) {
        sheet
          .getRange(stamp.row, stamp.column)
          .setValue(literalText(templateLabel(parseTemplateRef(target.toRef), catalogue)));
      }
      for (const m of sheet.getDeveloperMetadata()) {
        if (m.getKey() === TAB_METADATA_KEY)
          m.setValue(JSON.stringify({ id: evaluation.view.id, templateRef: target.toRef }));
      }
      const removedWords = upgrade.removed.length
        ? request.removed === "mark-na" || !upgrade.keptWorked.length
          ? "; removed items marked N/A"
          : `; ${upgrade.keptWorked.length} removed item(s) someone worked on kept as they were`
        : "";
      appendLog(
        ss,
        [
          {
            handoff: evaluation.view.id,
            action: "template change",
            details: `Upgraded ${target.fromRef} → ${target.toRef}: ${upgradeSummary(upgrade)}${removedWords}`,
          },
        ],
        logTime(dates.timeZone),
      );
      return checklistOf(readTab(sheet, dates, request.handoffId)).view;
    },
  );
}
