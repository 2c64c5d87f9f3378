// The register rows of one quarter, ready for sampling: read once, placed in or out of the quarter by
// their Created date, with the rows that cannot be placed kept and explained.

import { SCENARIOS } from "../checklist/scenarios";
import { parseDecision } from "../gate/decision";
import { type RegisterRow, readRegister } from "../register/register-reader";
import { compareCalendarDates } from "../sheet/calendar-date";
import type { AuditCandidate } from "./audit-candidate";
import { POPULATION_DATE_COLUMN } from "./audit-labels";
import type { TemplateUse } from "./first-uses";
import { populationDigestInput } from "./population-digest";
import { type Quarter, quarterBounds } from "./quarter";

/** A register row that could not be placed in or out of the quarter, and why. */
export interface LeftOut {
  readonly id: string;
  readonly reason: string;
}

/**
 * The register rows of one quarter, ready for sampling; `undecided` are in the quarter but were not
 * decided Go (no decision yet, or Not yet), so no delivery outcome exists to compare.
 */
export interface AuditPopulation {
  readonly quarter: Quarter;
  readonly candidates: AuditCandidate[];
  readonly undecided: LeftOut[];
  readonly byId: Map<string, RegisterRow>;
  readonly register: TemplateUse[];
  readonly leftOut: LeftOut[];
}

/** A scenario as the checklist templates name it (the sheet's, retired ones included). */
export interface ScenarioNaming {
  readonly id: string;
  readonly name: string;
  readonly role: string;
}

function scenarioIdOf(row: RegisterRow, scenarios: readonly ScenarioNaming[]): string {
  const name = row.text("Scenario").toLowerCase();
  const byName = [...scenarios, ...SCENARIOS].find((s) => s.name.toLowerCase() === name || s.id === name);
  if (byName) return byName.id;
  return (row.text("Template").split("@")[0] ?? "").trim() || name;
}

function notSampledReason(decision: ReturnType<typeof parseDecision>, shown: string): string {
  if (decision === "") return "No decision recorded yet";
  if (decision === "Not yet") {
    return "Decided Not yet: it has not gone to delivery, so there is no outcome to compare";
  }
  if (/^#REF!/i.test(shown)) return "The Decision cell shows #REF!: the handoff's tab was deleted";
  if (shown.startsWith("#")) return `The Decision cell shows ${shown}, so no decision can be read`;
  return `The decision "${shown}" is neither Go nor Not yet`;
}

/**
 * Reads the register and keeps the handoffs whose Created date falls in the quarter and that were decided
 * Go: the audit compares what was handed over with what delivery saw, and a handoff held at Not yet never
 * went to delivery.
 */
export function auditPopulation(
  registerValues: readonly (readonly unknown[])[],
  quarter: Quarter,
  scenarios: readonly ScenarioNaming[] = [],
): AuditPopulation {
  // The custom/high-risk path is whichever scenario the templates give that role (the built-in one too).
  const scenarioNames = new Map(scenarios.map((s) => [s.id, s.name]));
  const highRiskIds = new Set([
    "custom-high-risk",
    ...scenarios.filter((s) => s.role === "high-risk").map((s) => s.id),
  ]);
  const { rows } = readRegister(registerValues);
  const { start, endExclusive } = quarterBounds(quarter);
  const candidates: AuditCandidate[] = [];
  const register: TemplateUse[] = [];
  const byId = new Map<string, RegisterRow>();
  const leftOut: LeftOut[] = [];
  const undecided: LeftOut[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const created = row.date(POPULATION_DATE_COLUMN);
    if (created === null || created === "invalid") {
      const typed = row.text(POPULATION_DATE_COLUMN);
      leftOut.push({
        id: row.id,
        reason: created === null ? "Created is blank" : `Created "${typed}" is not a date`,
      });
      continue;
    }
    register.push({ id: row.id, templateRef: row.text("Template"), created });
    const outside =
      compareCalendarDates(created, start) < 0 || compareCalendarDates(created, endExclusive) >= 0;
    if (outside) continue;
    const first = seen.get(row.id);
    if (first !== undefined) {
      leftOut.push({
        id: row.id,
        reason: `Register row ${row.sheetRow} repeats the ID of row ${first}, which is the one in the population`,
      });
      continue;
    }
    seen.set(row.id, row.sheetRow);
    const decision = parseDecision(row.text("Decision"));
    if (decision !== "Go") {
      undecided.push({ id: row.id, reason: notSampledReason(decision, row.text("Decision")) });
      continue;
    }
    const scenarioId = scenarioIdOf(row, scenarios);
    const versions = row
      .text("Template")
      .split("+")
      .map((p) => (p.split("@")[0] ?? "").trim());
    byId.set(row.id, row);
    candidates.push({
      id: row.id,
      scenarioId,
      isHighRisk: highRiskIds.has(scenarioId) || versions.some((id) => highRiskIds.has(id)),
      isOwnerTransfer: scenarioId === "owner-transfer",
      templateRef: row.text("Template"),
      handoffDate: created,
      ...(scenarioNames.has(scenarioId) ? { scenarioName: scenarioNames.get(scenarioId) as string } : {}),
    });
  }
  return { quarter, candidates, undecided, byId, register, leftOut };
}

/** The text whose digest proves the population: IDs sorted and joined by line feeds. */
export function digestInput(population: AuditPopulation): string {
  return populationDigestInput(population.candidates.map((c) => c.id));
}
