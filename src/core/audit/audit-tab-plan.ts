// Plans a quarterly audit tab from one read of the register: population, reproducible sample,
// documented inputs beside outcome columns, and a live summary.

import { parseDecision } from "../gate/decision-rules";
import type { RegisterRow } from "../register/register-reader";
import { a1 } from "../sheet/a1";
import { formatCalendarDate } from "../sheet/calendar-date";
import { literalText } from "../sheet/cell-text";
import { COLORS, type ConditionalSpec, type ValidationSpec } from "../sheet/format-specs";
import { FIRST_USES_SAMPLED } from "./first-uses";
import {
  AUDIT_COLUMNS,
  type AUDIT_INPUT_COLUMNS,
  type AUDIT_OUTCOME_COLUMNS,
  AUDIT_RESULT_COLUMN,
  AUDIT_RESULTS,
  type AuditColumn,
} from "./outcome-columns";
import { pickReasonText } from "./pick-reason-text";
import { POPULATION_DIGEST_METHOD } from "./population-digest";
import { formatQuarter, type Quarter, quarterBounds } from "./quarter";
import { type AuditPopulation, POPULATION_DATE_COLUMN } from "./quarter-population";
import { defaultSampleSize } from "./sample-size";
import { type SampleResult, selectSample } from "./select";
import { summarizeResults } from "./summary";

/** The audit tab's name for a quarter: "Audit 2026-Q3". */
export function auditTabName(q: Quarter): string {
  return `Audit ${formatQuarter(q)}`;
}

/** Row of the audit table's header on the tab. */
export const AUDIT_TABLE_HEADER_ROW = 12;

/** How this draw is made and recorded: the seed, the size (null: the default rule), when, and the population digest. */
export interface AuditDraw {
  readonly seed: string;
  readonly size: number | null;
  readonly builtOn: string;
  readonly digestHex: string;
}

/** The audit tab as plain data, sized to one range A1:<last column><rows>. */
export interface AuditPlan {
  readonly name: string;
  readonly values: unknown[][];
  readonly numberFormats: string[][];
  readonly validations: (ValidationSpec | null)[][];
  readonly conditionalRules: ConditionalSpec[];
  readonly sample: SampleResult;
  readonly columns: number;
  readonly firstSampleRow: number;
  readonly lastSampleRow: number;
}

/** What the gate said when Go was recorded, else what it says now (and that no Go was recorded). */
function gateAtGo(row: RegisterRow): { text: string; atGo: boolean } {
  const decided = row.text("Gate when decided");
  if (parseDecision(row.text("Decision")) === "Go" && decided && !decided.startsWith("#")) {
    return { text: decided, atGo: true };
  }
  return { text: row.text("Gate detail") || row.text("Gate"), atGo: false };
}

function itemsOpenAtGo(row: RegisterRow): string {
  const { text, atGo } = gateAtGo(row);
  if (text === "" || /^#(REF!|N\/A)/i.test(text)) return "unknown (tab missing)";
  if (text.startsWith("#")) return `unknown (the gate shows ${text})`;
  const open = text === "GO" ? "0" : text.replace(/^NOT YET:?\s*/i, "") || "open items";
  return atGo ? open : `${open} (no Go recorded yet: open now)`;
}

function overrideText(row: RegisterRow): string {
  const decision = parseDecision(row.text("Decision"));
  if (decision !== "Go") return decision === "Not yet" ? "Decision: Not yet" : "No decision recorded";
  return gateAtGo(row).text.startsWith("NOT YET") ? "Go over NOT YET (override)" : "No";
}

/** Plans the audit tab for a population; throws with a clear message when the quarter is empty. */
export function planAuditTab(population: AuditPopulation, request: AuditDraw, name: string): AuditPlan {
  const n = population.candidates.length;
  const label = formatQuarter(population.quarter);
  if (n === 0) {
    throw new Error(
      `No handoffs were started in ${label} (by their ${POPULATION_DATE_COLUMN} date in the register), so there is nothing to sample. ` +
        `Pick another quarter.${population.leftOut.length ? ` ${population.leftOut.length} register row(s) have no readable ${POPULATION_DATE_COLUMN} date: fix them first.` : ""}`,
    );
  }
  const sample = selectSample(population.candidates, {
    seed: request.seed,
    ...(request.size === null ? {} : { size: request.size }),
    register: population.register,
  });
  const rule = defaultSampleSize(n);
  const { start, endExclusive } = quarterBounds(population.quarter);
  const width = AUDIT_COLUMNS.length;
  const firstSampleRow = AUDIT_TABLE_HEADER_ROW + 1;
  const lastSampleRow = AUDIT_TABLE_HEADER_ROW + sample.picks.length;
  const strataRow = lastSampleRow + 2;
  const leftOutRow = strataRow + sample.strata.length + 2;
  const rows = leftOutRow + Math.max(1, population.leftOut.length);
  const values: unknown[][] = Array.from({ length: rows }, () => Array(width).fill(""));
  const numberFormats: string[][] = Array.from({ length: rows }, () => Array(width).fill("General"));
  const validations: (ValidationSpec | null)[][] = Array.from({ length: rows }, () =>
    Array(width).fill(null),
  );
  const put = (row: number, column: number, value: unknown) => {
    const line = values[row - 1];
    if (line) line[column - 1] = value;
  };
  const col = (c: AuditColumn) => AUDIT_COLUMNS.indexOf(c) + 1;
  const resultCol = col(AUDIT_RESULT_COLUMN);
  const resultRange = a1(firstSampleRow, resultCol, lastSampleRow, resultCol);
  const sizeLine =
    request.size === null
      ? `${sample.size} (default rule: ${rule.rule})`
      : `${sample.size} (set by the reviewer; the default rule would give ${rule.size})`;
  const header: [string, string][] = [
    ["Quarterly handoff audit", label],
    [
      "Population",
      `${n} handoffs whose ${POPULATION_DATE_COLUMN} date falls from ${formatCalendarDate(start)} to before ${formatCalendarDate(endExclusive)}`,
    ],
    ["Population digest", `${request.digestHex} (${POPULATION_DIGEST_METHOD})`],
    [
      "Method",
      `Stratified by scenario; custom/high-risk handoffs and owner transfers each form a stratum with at least one pick; the first ${FIRST_USES_SAMPLED} uses of a new template version are always sampled; the rest are drawn at random (seeded sfc32, Fisher–Yates within each stratum).`,
    ],
    ["Seed", literalText(request.seed)],
    ["Sample size", sizeLine],
    ["Why this size", rule.reasoning],
    ["Built on", request.builtOn],
    ["Summary", `=AUDIT_SUMMARY(${resultRange})`],
    ["How to use", "Fill the outcome columns from what delivery saw, then mark each row Pass or Exception."],
  ];
  header.forEach(([k, v], i) => {
    put(i + 1, 1, k);
    put(i + 1, 2, v);
  });
  AUDIT_COLUMNS.forEach((c, i) => {
    put(AUDIT_TABLE_HEADER_ROW, i + 1, c);
  });
  const yesNo: ValidationSpec = { type: "list", values: ["Yes", "No"], help: "Yes or No." };
  const resultRule: ValidationSpec = {
    type: "list",
    values: AUDIT_RESULTS,
    help: "Pass when what was documented matches what delivery saw; Exception otherwise (give the root cause).",
  };
  const dateRule: ValidationSpec = {
    type: "date",
    help: "The date delivery actually started, e.g. 2026-08-03.",
  };
  sample.picks.forEach((pick, i) => {
    const r = firstSampleRow + i;
    const row = population.byId.get(pick.id);
    if (!row) return;
    const inputs: Record<(typeof AUDIT_INPUT_COLUMNS)[number], unknown> = {
      ID: literalText(row.id),
      Client: literalText(row.text("Client")),
      Scenario: literalText(row.text("Scenario")),
      "Handoff owner": literalText(row.text("Handoff owner")),
      "Target kickoff": row.cells["Target kickoff"] ?? "",
      "Items open at go": literalText(itemsOpenAtGo(row)),
      Overrides: overrideText(row),
      Exceptions: literalText(row.text("Exceptions")),
    };
    for (const [c, v] of Object.entries(inputs)) put(r, col(c as AuditColumn), v);
    put(r, col("Stratum"), pick.stratum);
    put(r, col("Why sampled"), pickReasonText(pick));
    const prefill: Partial<Record<(typeof AUDIT_OUTCOME_COLUMNS)[number], unknown>> = {
      "Actual start": row.cells["Actual start"] ?? "",
      "Scope matched": literalText(row.text("Scope matched")),
      "Billing aligned": literalText(row.text("Billing aligned")),
      Escalations: literalText(row.text("Escalations")),
    };
    for (const [c, v] of Object.entries(prefill)) put(r, col(c as AuditColumn), v);
    const formats = numberFormats[r - 1];
    const rules = validations[r - 1];
    if (formats && rules) {
      formats[col("Target kickoff") - 1] = "yyyy-mm-dd";
      formats[col("Actual start") - 1] = "yyyy-mm-dd";
      rules[col("Actual start") - 1] = dateRule;
      rules[col("Scope matched") - 1] = yesNo;
      rules[col("Billing aligned") - 1] = yesNo;
      rules[resultCol - 1] = resultRule;
    }
  });
  put(strataRow, 1, "Stratum");
  put(strataRow, 2, "Handoffs in the quarter");
  put(strataRow, 3, "Sampled");
  sample.strata.forEach((s, i) => {
    put(strataRow + 1 + i, 1, s.name);
    put(strataRow + 1 + i, 2, s.population);
    put(strataRow + 1 + i, 3, s.picked);
  });
  put(leftOutRow - 1, 1, "Register rows left out");
  if (population.leftOut.length === 0)
    put(leftOutRow, 1, "None: every register row has a readable Created date.");
  population.leftOut.forEach((l, i) => {
    put(leftOutRow + i, 1, literalText(l.id));
    put(leftOutRow + i, 2, `${l.reason}: fix it in the register and rebuild to include it.`);
  });
  const labelRanges = [
    a1(1, 1, header.length, 1),
    a1(AUDIT_TABLE_HEADER_ROW, 1, AUDIT_TABLE_HEADER_ROW, width),
    a1(strataRow, 1, strataRow, 3),
    a1(leftOutRow - 1, 1),
  ];
  const conditionalRules: ConditionalSpec[] = [
    {
      ranges: [resultRange],
      when: { textEqualTo: "Pass" },
      background: COLORS.goBg,
      fontColor: COLORS.goText,
    },
    {
      ranges: [resultRange],
      when: { textEqualTo: "Exception" },
      background: COLORS.blockedBg,
      fontColor: COLORS.blockedText,
      bold: true,
    },
    { ranges: labelRanges, when: { formula: "=TRUE" }, background: COLORS.labelBg, bold: true },
  ];
  return {
    name,
    values,
    numberFormats,
    validations,
    conditionalRules,
    sample,
    columns: width,
    firstSampleRow,
    lastSampleRow,
  };
}

/** The live summary line of an audit tab, from its Result column (the AUDIT_SUMMARY formula). */
export function describeAuditResults(results: unknown): string {
  const cells = Array.isArray(results) ? (results as unknown[]).flat(2) : [results];
  const summary = summarizeResults(cells.filter((c) => c !== undefined));
  const pending = summary.sampled - summary.completed;
  const progress =
    pending > 0 && summary.completed > 0
      ? `${summary.completed} of ${summary.sampled} results recorded. `
      : "";
  return `${progress}${summary.statement}`;
}

/** The audit a person asked for in the menu's prompt: "2026-Q3 seed=7F3A-91C2 size=10" (all optional). */
