// Quarterly audit: one read of the register, a reproducible sample drawn in core, one tab written in
// one batch, and every draw recorded. An existing quarter's tab is never overwritten.

import { type AuditRequest, auditRequest } from "../core/api/requests";
import type { AuditOutcome } from "../core/api/views";
import { parseAuditPrompt, readAuditRequest } from "../core/audit/audit-request";
import { auditTabName, emptyQuarterMessage, planAuditTab } from "../core/audit/audit-tab-plan";
import { readAuditTab } from "../core/audit/audit-tab-reader";
import { nextDrawNumber } from "../core/audit/draw-record";
import { bytesToHex, populationDigestInput } from "../core/audit/population-digest";
import { newSeed, normalizeSeed } from "../core/audit/prng";
import {
  formatQuarter,
  lastCompleteQuarter,
  lastDayOfQuarter,
  parseQuarter,
  type Quarter,
  quarterNotOver,
} from "../core/audit/quarter";
import { type AuditPopulation, auditPopulation, digestInput } from "../core/audit/quarter-population";
import { auditSummaryFromRanges } from "../core/audit/summary-formula";
import {
  compareWithRecord,
  describePopulationChange,
  populationChange,
  verifyAuditTab,
} from "../core/audit/verify-plan";
import { auditTabSize } from "../core/capacity/sheet-sizes";
import { ADDON_NAME } from "../core/product";
import { formatCalendarDate } from "../core/sheet/calendar-date";
import { currentPerson, readDraws, recordDraw } from "./audit-draws";
import { type SheetDates, sheetDates } from "./calendar-cells";
import { underDocumentLock } from "./document-lock";
import { buildConditionalRules, buildValidations } from "./format-builders";
import { insertSheetNamed } from "./insert-sheet";
import { parseRequest } from "./parse-request";
import { findRegister } from "./register-sheet";
import { loadTemplates } from "./templates-sheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The warning a quarter not over needs before it is drawn. */
function openQuarterWarning(quarter: Quarter): string {
  return (
    `${formatQuarter(quarter)} is not over yet (it ends ${formatCalendarDate(lastDayOfQuarter(quarter))}): ` +
    "handoffs started or decided later will not be in the sample, and the tab will say so."
  );
}

function fingerprint(text: string): string {
  return bytesToHex(
    Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8),
  );
}

function readPopulation(ss: Spreadsheet, quarter: Quarter, dates: SheetDates): AuditPopulation {
  const register = findRegister(ss);
  if (!register) throw new Error("There is no Handoff Gate register yet: start a handoff first.");
  // Strata and the high-risk path as the checklist templates name them now.
  const { catalogue } = loadTemplates(ss, { record: false, timeZone: dates.timeZone });
  return auditPopulation(dates.read(register.getDataRange().getValues()), quarter, catalogue);
}

/** What changed in the register since an audit tab's draw, in plain words ("" when nothing). */
function changesSinceDraw(sheet: GoogleAppsScript.Spreadsheet.Sheet, population: AuditPopulation): string {
  const onTab = readAuditTab(sheet.getDataRange().getValues()).population.map((p) => p.id);
  return describePopulationChange(
    populationChange(
      onTab,
      population.candidates.map((c) => c.id),
    ),
  );
}

/** Sidebar and menu: builds (or keeps) the audit tab of a quarter, and records the draw. */
export function buildAudit(raw: unknown): AuditOutcome {
  const request = parseRequest(auditRequest, raw);
  const ss = SpreadsheetApp.getActive();
  return buildAuditIn(ss, sheetDates(ss), request);
}

/** Builds the audit tab with the spreadsheet's dates already read (the menu reads them for its prompt). */
function buildAuditIn(ss: Spreadsheet, dates: SheetDates, request: AuditRequest): AuditOutcome {
  const now = dates.today();
  const asked = readAuditRequest(request, now);
  if ("error" in asked) throw new Error(asked.error);
  const { quarter, size } = asked;
  const name = auditTabName(quarter);
  const label = formatQuarter(quarter);

  const existing = ss.getSheetByName(name);
  if (existing && request.ifExists === "keep") {
    const changes = changesSinceDraw(existing, readPopulation(ss, quarter, dates));
    existing.activate();
    const message =
      `${name} already exists: it is kept as it is, with every result filled in so far.` +
      (changes
        ? ` The register changed since its draw (${changes}): draw a new sample to include that.`
        : "");
    ss.toast(message, ADDON_NAME);
    return {
      sheetName: name,
      quarter: label,
      population: 0,
      sampled: 0,
      seed: "",
      kept: true,
      message,
      draw: 0,
      changes,
    };
  }
  const open = quarterNotOver(quarter, now);
  if (open && request.confirmOpenQuarter !== true) {
    throw new Error(`${openQuarterWarning(quarter)} Tick "Draw anyway" to go ahead.`);
  }

  const population = readPopulation(ss, quarter, dates);
  const seed = normalizeSeed(asked.seed) || newSeed(Date.now());
  const digestHex = fingerprint(digestInput(population));
  const drawnAt = Utilities.formatDate(new Date(), dates.timeZone, "yyyy-MM-dd HH:mm z");
  const drawnBy = currentPerson();
  return underDocumentLock("Someone else is drawing an audit right now. Try again in a few seconds.", () => {
    const earlier = readDraws(label);
    const draw = nextDrawNumber(earlier);
    const common = {
      quarter: label,
      draw,
      seed,
      sizeAsked: size,
      fingerprint: digestHex,
      by: drawnBy,
      at: drawnAt,
      openQuarter: open,
    };
    if (population.candidates.length === 0) {
      recordDraw(ss, { ...common, population: 0, sampled: 0, tab: "" });
      const message = `${emptyQuarterMessage(population)} Recorded as draw ${draw} for ${label}.`;
      ss.toast(message, ADDON_NAME);
      return {
        sheetName: "",
        quarter: label,
        population: 0,
        sampled: 0,
        seed,
        kept: false,
        message,
        draw,
        changes: "",
      };
    }
    // A redraw is named by its seed, so each draw has its own tab and one insert attempt suffices.
    const sheetName = existing ? `${name} (seed ${seed})` : name;
    const plan = planAuditTab(
      population,
      {
        seed,
        size,
        drawNumber: draw,
        drawnAt,
        drawnBy,
        digestHex,
        earlierDraws: earlier.map((d) => ({
          ...d,
          tabExists: d.tab !== "" && ss.getSheetByName(d.tab) !== null,
        })),
        quarterNotOverUntil: open ? formatCalendarDate(lastDayOfQuarter(quarter)) : null,
      },
      sheetName,
    );
    // Sized to the plan (a busy quarter's Population list may need more than 1000 rows).
    const { sheet } = insertSheetNamed(ss, () => sheetName, {
      size: auditTabSize(plan.values.length, plan.columns),
      attempts: 1,
      allTaken: () => `${sheetName} already exists: draw with another seed, or delete that tab first.`,
    });
    sheet
      .getRange(1, 1, plan.values.length, plan.columns)
      .setNumberFormats(plan.numberFormats)
      .setValues(dates.write(plan.values))
      .setNotes(plan.notes)
      .setDataValidations(buildValidations(plan.validations));
    sheet.setConditionalFormatRules(buildConditionalRules(sheet, plan.conditionalRules));
    recordDraw(ss, { ...plan.record, by: drawnBy, at: drawnAt, tab: sheetName });
    const left = population.leftOut.length;
    const undecided = population.undecided.length;
    const message =
      `${sheetName}: draw ${draw} for ${label}, ${plan.sample.size} of ${population.candidates.length} handoffs sampled (seed ${seed}).` +
      (undecided
        ? ` ${undecided} handoff(s) not decided Go (no decision yet, or Not yet) were not sampled: see the tab.`
        : "") +
      (left
        ? ` ${left} register row(s) were left out (no readable Created date, or a repeated ID): see the tab.`
        : "");
    ss.toast(message, ADDON_NAME);
    return {
      sheetName,
      quarter: label,
      population: population.candidates.length,
      sampled: plan.sample.size,
      seed,
      kept: false,
      message,
      draw,
      changes: "",
    };
  });
}

/** Menu: asks for the quarter (and optional seed/size), warns about a quarter not over, then builds the audit tab. */
export function buildQuarterlyAudit(): void {
  const ui = SpreadsheetApp.getUi();
  const ss: Spreadsheet = SpreadsheetApp.getActive();
  const dates = sheetDates(ss);
  const now = dates.today();
  const lastComplete = lastCompleteQuarter(now);
  const fallback = formatQuarter(lastComplete);
  const answer = ui.prompt(
    "Build quarterly audit",
    `Quarter to audit, e.g. ${fallback} (leave blank for ${fallback}, the last complete quarter). ` +
      "Optional: seed=XXXX-XXXX redraws an earlier sample; size=N overrides the sample size.",
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const asked = parseAuditPrompt(answer.getResponseText());
  if ("error" in asked) {
    ui.alert(ADDON_NAME, asked.error, ui.ButtonSet.OK);
    return;
  }
  const quarter = parseQuarter(asked.quarter) ?? lastComplete;
  const name = auditTabName(quarter);
  let ifExists: "keep" | "new" = "keep";
  const existing = ss.getSheetByName(name);
  if (existing) {
    let changes = "";
    try {
      changes = changesSinceDraw(existing, readPopulation(ss, quarter, dates));
    } catch (e) {
      ui.alert(ADDON_NAME, (e as Error).message, ui.ButtonSet.OK);
      return;
    }
    const choice = ui.alert(
      `${name} already exists`,
      (changes
        ? `The register changed since its draw: ${changes}.\n\n`
        : "The register has the same handoffs for the quarter as its draw.\n\n") +
        "Yes: keep the existing sample and every result filled in (nothing changes).\nNo: draw a new sample into a new tab.",
      ui.ButtonSet.YES_NO,
    );
    ifExists = choice === ui.Button.NO ? "new" : "keep";
  }
  let confirmOpenQuarter = false;
  if (ifExists === "new" || !existing) {
    if (quarterNotOver(quarter, now)) {
      const go = ui.alert(
        "Quarter not over",
        `${openQuarterWarning(quarter)}\n\nDraw anyway?`,
        ui.ButtonSet.YES_NO,
      );
      if (go !== ui.Button.YES) return;
      confirmOpenQuarter = true;
    }
  }
  try {
    buildAudit({
      quarter: formatQuarter(quarter),
      seed: asked.seed,
      size: asked.size,
      ifExists,
      confirmOpenQuarter,
    });
  } catch (e) {
    ui.alert(ADDON_NAME, (e as Error).message, ui.ButtonSet.OK);
  }
}

/** Menu: redraws the active audit tab's sample from its own stated inputs and says whether it is the same. */
export function verifyAudit(): void {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getActiveSheet();
  const tab = readAuditTab(sheet.getDataRange().getValues());
  if (tab.population.length === 0 && tab.sample.length === 0) {
    ui.alert(
      ADDON_NAME,
      `${sheet.getName()} is not an audit tab: open the audit tab to verify, then try again.`,
      ui.ButtonSet.OK,
    );
    return;
  }
  const outcome = verifyAuditTab(tab);
  const lines = [
    outcome.same
      ? `Same sample: the method, from this tab's seed, size asked and Population list, draws exactly the ${tab.sample.length} rows in the table.`
      : `Not the same sample:\n- ${outcome.differences.join("\n- ")}`,
  ];
  const stated = fingerprint(populationDigestInput(tab.population.map((p) => p.id)));
  lines.push(
    stated === tab.fingerprint
      ? "The Population list matches the fingerprint written on the tab."
      : "The Population list does not match the fingerprint written on the tab: the list was edited after the draw.",
  );
  const quarter = parseQuarter(/\d{4}-Q[1-4]/.exec(tab.quarterTitle)?.[0] ?? "");
  if (quarter) lines.push(compareWithRecord(tab, readDraws(formatQuarter(quarter))));
  if (quarter) {
    try {
      const changes = describePopulationChange(
        populationChange(
          tab.population.map((p) => p.id),
          readPopulation(ss, quarter, sheetDates(ss)).candidates.map((c) => c.id),
        ),
      );
      lines.push(
        changes
          ? `The register changed since the draw: ${changes}.`
          : "The register still has the same handoffs for the quarter.",
      );
    } catch (e) {
      lines.push((e as Error).message);
    }
  }
  ui.alert("Verify this audit", lines.join("\n\n"), ui.ButtonSet.OK);
}

/** Custom function body: the audit summary lines from the audit table and the strata table. */
export function AUDIT_SUMMARY(table: unknown, strata?: unknown): string[][] {
  return auditSummaryFromRanges(table, strata);
}
