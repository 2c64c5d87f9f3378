// Plans a quarterly audit tab from one read of the register: population, reproducible sample,
// documented inputs beside outcome columns, and a live summary.

import { parseDecision } from "../gate/decision-rules";
import type { RegisterRow } from "../register/register-reader";
import { a1 } from "../sheet/a1";
import { formatCalendarDate } from "../sheet/calendar-date";
import { literalText } from "../sheet/cell-text";
import { COLORS, type ConditionalSpec, type ValidationSpec } from "../sheet/format-specs";
import { FINGERPRINT_NOTE, methodLines } from "./audit-method";
import type { DrawRecord } from "./draw-record";
import { compareCodeUnits } from "./handoff-id-order";
import {
  AUDIT_COLUMNS,
  type AUDIT_INPUT_COLUMNS,
  type AUDIT_OUTCOME_COLUMNS,
  AUDIT_RESULT_COLUMN,
  AUDIT_RESULTS,
  type AuditColumn,
} from "./outcome-columns";
import { pickReasonText, templateVersionNames, VERSION_SEPARATOR } from "./pick-reason-text";
import { formatQuarter, lastDayOfQuarter, type Quarter, quarterBounds } from "./quarter";
import { type AuditPopulation, POPULATION_DATE_COLUMN } from "./quarter-population";
import { defaultSampleSize } from "./sample-size";
import { type SampleResult, selectSample } from "./select";
import { stratumOf } from "./strata";
import { SheetBlocks } from "./tab-grid";

const DATE_FORMAT = "yyyy-mm-dd";

/** The audit tab's name for a quarter: "Audit 2026-Q3". */
export function auditTabName(q: Quarter): string {
  return `Audit ${formatQuarter(q)}`;
}

/** Labels in column A that anchor each block of an audit tab (found by label, so inserted rows don't matter). */
export const AUDIT_LABELS = {
  title: "Quarterly handoff audit",
  fingerprint: "Fingerprint of the handoff list",
  seed: "Seed",
  sizeAsked: "Size asked",
  summary: "Summary",
  strata: "Stratum",
  draws: "Draws of this quarter",
  undecided: "Handoffs not decided Go (not sampled)",
  leftOut: "Register rows left out",
  population: "Population list",
} as const;

/** What "Size asked" says when the size rule decided. */
export const SIZE_RULE_TEXT = "Size rule";

/** An earlier draw as the tab lists it, with whether its tab still exists. */
export type ListedDraw = DrawRecord & { readonly tabExists: boolean };

/** How this draw is made and recorded. */
export interface AuditDraw {
  readonly seed: string;
  readonly size: number | null;
  readonly drawNumber: number;
  /** When and by whom, as the sheet shows them (the server formats the time in the spreadsheet's zone). */
  readonly drawnAt: string;
  readonly drawnBy: string;
  readonly digestHex: string;
  /** Draws of the quarter before this one. */
  readonly earlierDraws: readonly ListedDraw[];
  /** Set when the quarter is not over: the date it ends, as the sheet shows dates. */
  readonly quarterNotOverUntil: string | null;
}

/** The audit tab as plain data, sized to one range A1:<last column><rows>. */
export interface AuditPlan {
  readonly name: string;
  readonly values: unknown[][];
  readonly notes: string[][];
  readonly numberFormats: string[][];
  readonly validations: (ValidationSpec | null)[][];
  readonly conditionalRules: ConditionalSpec[];
  readonly sample: SampleResult;
  readonly columns: number;
  readonly firstSampleRow: number;
  readonly lastSampleRow: number;
  /** The record this draw leaves (its tab name filled in by the server once the tab exists). */
  readonly record: Omit<DrawRecord, "tab" | "by" | "at">;
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
  return atGo ? open : `${open} (the gate at Go was not recorded: open now)`;
}

function overrideText(row: RegisterRow): string {
  return gateAtGo(row).text.startsWith("NOT YET") ? "Go over NOT YET (override)" : "No";
}

/** What each table column asks for, as the header cell's note. */
const COLUMN_NOTES: Record<AuditColumn, string> = {
  ID: "The handoff, from the register.",
  Client: "From the register.",
  Scenario: "From the register.",
  "Handoff owner": "From the register.",
  "Target kickoff": "The kickoff planned at the handoff, from the register.",
  "Items open at go": "What the gate said when Go was recorded (or now, if no Go was recorded).",
  Overrides: "Whether Go was recorded while the gate said NOT YET.",
  Exceptions: "Exceptions recorded at the handoff.",
  Stratum: "The group this handoff was drawn from (see the strata table below).",
  "Why sampled":
    "Random pick, or Forced (by rule) with the rule: forced picks are checked but not used for rates.",
  "Actual start": "Fill in: the date delivery actually started.",
  "Scope matched": "Fill in: Yes if delivery found the scope it was handed, else No.",
  "Billing aligned": "Fill in: Yes if billing started as documented, else No.",
  Escalations: "Fill in: escalations after go, if any (blank: none).",
  "Root cause": "Fill in for an Exception: why what was documented differed from what delivery saw.",
  Result: "Fill in last: Pass when what was documented matches what delivery saw, Exception otherwise.",
};

function sizeLine(sample: SampleResult, rule: { size: number; rule: string }, asked: number | null): string {
  const random = sample.picks.filter((p) => p.reason === "random").length;
  const firstUses = sample.picks.filter((p) => p.reason === "first-five-uses");
  const minimums = sample.picks.filter((p) => p.reason === "stratum-minimum").length;
  const versions = new Map<string, number>();
  for (const p of firstUses) {
    for (const v of (p.firstUseOf ?? "").split(VERSION_SEPARATOR))
      versions.set(v, (versions.get(v) ?? 0) + 1);
  }
  const uses = firstUses.length;
  const [only] = [...versions.keys()];
  // One handoff can be an early use of several versions: the count before the list is of handoffs, so the parts add up.
  const firstUseText =
    uses === 0
      ? []
      : versions.size === 1
        ? [`${uses} first ${uses === 1 ? "use" : "uses"} of ${only}`]
        : [
            `${uses} among the first five uses of a template version (${[...versions].map(([v, n]) => `${v}: ${n}`).join("; ")})`,
          ];
  const forcedParts = [
    ...firstUseText,
    ...(minimums ? [`${minimums} stratum ${minimums === 1 ? "minimum" : "minimums"}`] : []),
  ];
  const forced = sample.size - random;
  const forcedText = forced ? ` + ${forced} forced (${forcedParts.join(", ")})` : " + 0 forced";
  const randomText =
    asked === null
      ? `${random} by the size rule (${rule.rule.replace(/\.$/, "")})`
      : `${random} at random as asked (${asked} asked; the size rule would give ${rule.size})`;
  const short =
    random >= sample.requestedSize
      ? ""
      : random === 0
        ? " No handoff was left after the forced picks, so none was drawn at random: there is no rate to state for the quarter."
        : ` Only ${random} handoffs were left after the forced picks, so fewer than ${sample.requestedSize} were drawn at random.`;
  return `${sample.size} rows = ${randomText}${forcedText}.${short}`;
}

/** Plans the audit tab for a quarter with at least one handoff to sample (the server records an empty quarter without a tab). */
export function planAuditTab(population: AuditPopulation, request: AuditDraw, name: string): AuditPlan {
  const n = population.candidates.length;
  const label = formatQuarter(population.quarter);
  if (n === 0) throw new RangeError(emptyQuarterMessage(population));
  const drawn = selectSample(population.candidates, {
    seed: request.seed,
    ...(request.size === null ? {} : { size: request.size }),
    register: population.register,
  });
  const sample: SampleResult = {
    ...drawn,
    picks: drawn.picks.map((p) =>
      p.firstUseOf === undefined ? p : { ...p, firstUseOf: templateVersionNames(p.firstUseOf) },
    ),
  };
  const firstUseById = new Map(
    sample.picks.filter((p) => p.reason === "first-five-uses").map((p) => [p.id, p.firstUseOf ?? ""]),
  );
  const rule = defaultSampleSize(n);
  const { start } = quarterBounds(population.quarter);
  const lastDay = lastDayOfQuarter(population.quarter);
  const width = AUDIT_COLUMNS.length;
  const blocks = new SheetBlocks(width);
  const { put } = blocks;
  const method = methodLines();
  const summaryLines = sample.strata.length + 3;

  const record = {
    quarter: label,
    draw: request.drawNumber,
    seed: drawn.seed,
    sizeAsked: request.size,
    population: n,
    fingerprint: request.digestHex,
    sampled: sample.size,
    openQuarter: request.quarterNotOverUntil !== null,
  };
  const draws: ListedDraw[] = [
    ...request.earlierDraws,
    { ...record, by: request.drawnBy, at: request.drawnAt, tab: name, tabExists: true },
  ];
  const undecidedCount = population.undecided.length;
  const header: [string, string, string?][] = [
    [
      AUDIT_LABELS.title,
      `Draw ${request.drawNumber} for ${label}${request.drawNumber > 1 ? ` (earlier draws are listed under ${AUDIT_LABELS.draws})` : ""}`,
    ],
    [
      "Population",
      `${n} ${n === 1 ? "handoff" : "handoffs"} decided Go, whose ${POPULATION_DATE_COLUMN} date falls from ${formatCalendarDate(start)} to ${formatCalendarDate(lastDay)}. ` +
        (undecidedCount
          ? `${undecidedCount} more in the quarter ${undecidedCount === 1 ? "was" : "were"} not decided Go (no decision yet, or Not yet): ${undecidedCount === 1 ? "it has" : "they have"} no delivery outcome to compare, so ${undecidedCount === 1 ? "it is" : "they are"} listed apart below, not sampled.`
          : "Every handoff of the quarter was decided Go."),
    ],
    [
      "Quarter",
      request.quarterNotOverUntil === null
        ? `${label} was over when this sample was drawn.`
        : `Drawn before ${label} was over (it ends ${request.quarterNotOverUntil}); the person drawing confirmed the warning. Handoffs started or decided later are not in this sample.`,
    ],
    [AUDIT_LABELS.fingerprint, request.digestHex, FINGERPRINT_NOTE],
    [
      AUDIT_LABELS.seed,
      literalText(drawn.seed),
      "Typed (or generated) when drawing; re-type it with the same size to redraw the same sample.",
    ],
    [
      AUDIT_LABELS.sizeAsked,
      request.size === null ? SIZE_RULE_TEXT : String(request.size),
      "The random part asked for: the size rule, or the number the person drawing typed.",
    ],
    ["Sample size", sizeLine(sample, rule, request.size)],
    ["Why this size", rule.reasoning],
    ["Drawn by", `${request.drawnBy} on ${request.drawnAt}`],
  ];
  header.forEach(([k, v, note]) => {
    const row = blocks.row();
    put(row, 1, k);
    put(row, 2, v);
    if (note) blocks.note(row, 2, note);
  });
  const summaryRow = blocks.row();
  blocks.skip(summaryLines - 1);
  blocks.row();
  const howRow = blocks.row();
  put(howRow, 1, "How to use");
  put(
    howRow,
    2,
    "Fill the outcome columns from what delivery saw, then mark each row Pass or Exception; the summary above updates as you go. Do not edit the blocks below the table: Verify this audit checks them.",
  );
  blocks.row();
  for (const line of method) {
    const row = blocks.row();
    put(row, 1, line.label);
    put(row, 2, line.text);
    blocks.note(row, 2, line.note);
  }
  blocks.row();
  const tableRow = blocks.row();
  AUDIT_COLUMNS.forEach((c, i) => {
    put(tableRow, i + 1, c);
    blocks.note(tableRow, i + 1, COLUMN_NOTES[c]);
  });
  const firstSampleRow = tableRow + 1;
  const lastSampleRow = tableRow + sample.picks.length;
  const col = (c: AuditColumn) => AUDIT_COLUMNS.indexOf(c) + 1;
  const resultCol = col(AUDIT_RESULT_COLUMN);
  const resultRange = a1(firstSampleRow, resultCol, lastSampleRow, resultCol);
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
  for (const pick of sample.picks) {
    const r = blocks.row();
    const row = population.byId.get(pick.id);
    if (!row) continue;
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
    put(r, col("Stratum"), literalText(pick.stratum));
    put(r, col("Why sampled"), literalText(pickReasonText(pick)));
    const prefill: Partial<Record<(typeof AUDIT_OUTCOME_COLUMNS)[number], unknown>> = {
      "Actual start": row.cells["Actual start"] ?? "",
      "Scope matched": literalText(row.text("Scope matched")),
      "Billing aligned": literalText(row.text("Billing aligned")),
      Escalations: literalText(row.text("Escalations")),
    };
    for (const [c, v] of Object.entries(prefill)) put(r, col(c as AuditColumn), v);
    blocks.format(r, col("Target kickoff"), DATE_FORMAT);
    blocks.format(r, col("Actual start"), DATE_FORMAT);
    blocks.validate(r, col("Actual start"), dateRule);
    blocks.validate(r, col("Scope matched"), yesNo);
    blocks.validate(r, col("Billing aligned"), yesNo);
    blocks.validate(r, resultCol, resultRule);
  }
  blocks.row();
  const strataRow = blocks.line([
    "Stratum",
    "Handoffs in the quarter",
    "Picked by rule",
    "Drawn at random",
    "Not picked by rule",
  ]);
  blocks.note(strataRow, 5, "What the stratum's random picks describe: its handoffs minus the forced picks.");
  for (const s of sample.strata) {
    blocks.line([literalText(s.name), s.population, s.forced, s.picked - s.forced, s.population - s.forced]);
  }
  const lastStrataRow = strataRow + sample.strata.length;
  blocks.row();
  const drawsRow = blocks.title(
    AUDIT_LABELS.draws,
    "Every draw for this quarter, kept by the add-on in the document's properties: a deleted tab or an empty quarter still shows here.",
  );
  const drawsHeader = blocks.line([
    "Draw",
    "Seed",
    "Size asked",
    "Handoffs",
    "Fingerprint",
    "Sampled",
    "Drawn by",
    "When",
    "Tab",
  ]);
  for (const d of draws) {
    blocks.line([
      d.draw,
      literalText(d.seed),
      d.sizeAsked === null ? SIZE_RULE_TEXT : d.sizeAsked,
      d.population,
      d.fingerprint ? `${d.fingerprint.slice(0, 12)}…` : "",
      d.sampled,
      literalText(d.by),
      literalText(d.at + (d.openQuarter ? " (quarter not over)" : "")),
      literalText(
        d.tab === "" ? "No tab: nothing to sample" : d.tabExists ? d.tab : `${d.tab} (tab deleted)`,
      ),
    ]);
  }
  blocks.row();
  const undecidedRow = blocks.title(AUDIT_LABELS.undecided);
  if (undecidedCount === 0) blocks.line(["None: every handoff of the quarter was decided Go."]);
  for (const u of population.undecided) blocks.line([literalText(u.id), literalText(u.reason)]);
  blocks.row();
  const leftOutRow = blocks.title(AUDIT_LABELS.leftOut);
  if (population.leftOut.length === 0)
    blocks.line([`None: every register row has a readable ${POPULATION_DATE_COLUMN} date and its own ID.`]);
  for (const l of population.leftOut) {
    blocks.line([literalText(l.id), `${l.reason}: fix it in the register and rebuild to include it.`]);
  }
  blocks.row();
  const populationRow = blocks.title(
    AUDIT_LABELS.population,
    "Every handoff sampled from, in character-code order of ID: the input of the fingerprint and of the draw.",
  );
  const populationHeader = blocks.line(["ID", "Stratum", "First use of"]);
  const stratumById = new Map<string, string>();
  for (const c of population.candidates) stratumById.set(c.id, stratumOf(c).name);
  for (const id of [...stratumById.keys()].sort(compareCodeUnits)) {
    blocks.line([
      literalText(id),
      literalText(stratumById.get(id) ?? ""),
      literalText(firstUseById.get(id) ?? ""),
    ]);
  }
  const tableRange = a1(tableRow, 1, lastSampleRow, width);
  const strataRange = a1(strataRow, 1, lastStrataRow, 5);
  put(summaryRow, 1, AUDIT_LABELS.summary);
  put(summaryRow, 2, `=AUDIT_SUMMARY(${tableRange}, ${strataRange})`);
  const labelRanges = [
    a1(1, 1, howRow, 1),
    a1(howRow + 2, 1, howRow + 1 + method.length, 1),
    a1(tableRow, 1, tableRow, width),
    a1(strataRow, 1, strataRow, 5),
    a1(drawsRow, 1, drawsHeader, 9),
    a1(undecidedRow, 1),
    a1(leftOutRow, 1),
    a1(populationRow, 1, populationHeader, 3),
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
  const grid = blocks.grid();
  return {
    name,
    ...grid,
    conditionalRules,
    sample,
    columns: width,
    firstSampleRow,
    lastSampleRow,
    record,
  };
}

/** Why an empty quarter has no tab (its draw is still recorded). */
export function emptyQuarterMessage(population: AuditPopulation): string {
  const label = formatQuarter(population.quarter);
  const undecided = population.undecided.length;
  return (
    `No handoffs decided Go were started in ${label} (by their ${POPULATION_DATE_COLUMN} date in the register), so there is nothing to sample.` +
    (undecided
      ? ` ${undecided} handoff(s) of ${label} have no decision yet or were decided Not yet: they never went to delivery, so there is no outcome to audit.`
      : "") +
    (population.leftOut.length
      ? ` ${population.leftOut.length} register row(s) were left out (no readable ${POPULATION_DATE_COLUMN} date, or a repeated ID): fix them first.`
      : "")
  );
}
