// Quarterly audit: one read of the register, a reproducible sample drawn in core, one tab written in
// one batch. An existing quarter's tab is never overwritten.

import { type AuditRequest, auditRequest } from "../core/api/requests";
import type { AuditOutcome } from "../core/api/views";
import { parseAuditPrompt, readAuditRequest } from "../core/audit/audit-request";
import { auditTabName, describeAuditResults, planAuditTab } from "../core/audit/audit-tab-plan";
import { bytesToHex } from "../core/audit/population-digest";
import { newSeed, normalizeSeed } from "../core/audit/prng";
import { formatQuarter, lastCompleteQuarter, parseQuarter } from "../core/audit/quarter";
import { auditPopulation, digestInput } from "../core/audit/quarter-population";
import { ADDON_NAME } from "../core/product";
import { type SheetDates, sheetDates } from "./calendar-cells";
import { buildConditionalRules, buildValidations } from "./format-builders";
import { sheetNameInUse } from "./insert-sheet";
import { parseRequest } from "./parse-request";
import { findRegister } from "./register-sheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sidebar and menu: builds (or keeps) the audit tab of a quarter. */
export function buildAudit(raw: unknown): AuditOutcome {
  const request = parseRequest(auditRequest, raw);
  const ss = SpreadsheetApp.getActive();
  return buildAuditIn(ss, sheetDates(ss), request);
}

/** Builds the audit tab with the spreadsheet's dates already read (the menu reads them for its prompt). */
function buildAuditIn(ss: Spreadsheet, dates: SheetDates, request: AuditRequest): AuditOutcome {
  const asked = readAuditRequest(request, dates.today());
  if ("error" in asked) throw new Error(asked.error);
  const { quarter, size } = asked;
  const name = auditTabName(quarter);
  const label = formatQuarter(quarter);

  const existing = ss.getSheetByName(name);
  if (existing && request.ifExists === "keep") {
    existing.activate();
    const message = `${name} already exists: it is kept as it is, with every result filled in so far.`;
    ss.toast(message, ADDON_NAME);
    return { sheetName: name, quarter: label, population: 0, sampled: 0, seed: "", kept: true, message };
  }

  const register = findRegister(ss);
  if (!register) throw new Error("There is no Handoff Gate register yet: start a handoff first.");
  const population = auditPopulation(dates.read(register.getDataRange().getValues()), quarter);
  const seed = normalizeSeed(asked.seed) || newSeed(Date.now());
  const digest = Utilities.computeDigest(
    Utilities.DigestAlgorithm.SHA_256,
    digestInput(population),
    Utilities.Charset.UTF_8,
  );
  const plan = planAuditTab(
    population,
    {
      seed,
      size,
      builtOn: Utilities.formatDate(new Date(), dates.timeZone, "yyyy-MM-dd HH:mm z"),
      digestHex: bytesToHex(digest),
    },
    name,
  );
  // A redraw is named by its seed, so each draw has its own tab and one insert attempt suffices.
  const sheetName = existing ? `${name} (seed ${seed})` : name;
  let sheet: GoogleAppsScript.Spreadsheet.Sheet;
  try {
    sheet = ss.insertSheet(sheetName);
  } catch (e) {
    // Told apart by name, never by the error's text, which Apps Script localizes.
    if (!sheetNameInUse(ss, sheetName)) throw e;
    throw new Error(`${sheetName} already exists: draw with another seed, or delete that tab first.`);
  }
  sheet
    .getRange(1, 1, plan.values.length, plan.columns)
    .setNumberFormats(plan.numberFormats)
    .setValues(dates.write(plan.values))
    .setDataValidations(buildValidations(plan.validations));
  sheet.setConditionalFormatRules(buildConditionalRules(sheet, plan.conditionalRules));
  const left = population.leftOut.length;
  const message =
    `${sheetName}: ${plan.sample.size} of ${population.candidates.length} handoffs sampled (seed ${seed}).` +
    (left ? ` ${left} register row(s) have no readable Created date and were left out: see the tab.` : "");
  ss.toast(message, ADDON_NAME);
  return {
    sheetName,
    quarter: label,
    population: population.candidates.length,
    sampled: plan.sample.size,
    seed,
    kept: false,
    message,
  };
}

/** Menu: asks for the quarter (and optional seed/size), then builds the audit tab. */
export function buildQuarterlyAudit(): void {
  const ui = SpreadsheetApp.getUi();
  const ss: Spreadsheet = SpreadsheetApp.getActive();
  const dates = sheetDates(ss);
  const lastComplete = lastCompleteQuarter(dates.today());
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
  const quarter = asked.quarter || fallback;
  const name = auditTabName(parseQuarter(quarter) ?? lastComplete);
  let ifExists: "keep" | "new" = "keep";
  if (ss.getSheetByName(name)) {
    const choice = ui.alert(
      `${name} already exists`,
      "Yes: keep the existing sample and every result filled in (nothing changes).\nNo: draw a new sample into a new tab.",
      ui.ButtonSet.YES_NO,
    );
    ifExists = choice === ui.Button.NO ? "new" : "keep";
  }
  try {
    const request = parseRequest(auditRequest, { quarter, seed: asked.seed, size: asked.size, ifExists });
    buildAuditIn(ss, dates, request);
  } catch (e) {
    ui.alert(ADDON_NAME, (e as Error).message, ui.ButtonSet.OK);
  }
}

/** Custom function body: the audit summary line from the Result column. */
export function AUDIT_SUMMARY(results: unknown): string {
  return describeAuditResults(results);
}
