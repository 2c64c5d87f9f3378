// The built-in templates (the article's five scenarios and its double-check review) as version 1 of
// each: the defaults of a new templates sheet, what "Reset to the built-in defaults" restores, and
// what a workbook without a templates sheet uses.
import { daysBeforeKickoff } from "../checklist/due-offsets";
import { DOUBLE_CHECK, SCENARIOS, type ScenarioTemplate } from "../checklist/scenarios";
import type { Catalogue, ScenarioRole, TemplateScenario, VersionedScenario } from "./catalogue";
import { itemsFingerprint } from "./fingerprint";

const BUILDS_ON: Readonly<Record<string, string>> = { "custom-high-risk": "standard-new-client" };

function roleOf(id: string): ScenarioRole {
  if (id === DOUBLE_CHECK.id) return "review";
  return id === "custom-high-risk" ? "high-risk" : "scenario";
}

function builtIn(s: ScenarioTemplate): VersionedScenario {
  const scenario: TemplateScenario = {
    id: s.id,
    name: s.name,
    when: s.when,
    role: roleOf(s.id),
    active: true,
    buildsOn: BUILDS_ON[s.id] ?? "",
    items: s.items.map((i) => ({ ...i, dueDays: daysBeforeKickoff(i) })),
  };
  return { ...scenario, version: s.version, fingerprint: itemsFingerprint(scenario.items) };
}

/** The built-in catalogue: five scenarios then the review, each at version 1. */
export const BUILT_IN_CATALOGUE: Catalogue = [...SCENARIOS, DOUBLE_CHECK].map(builtIn);

/** The built-in version 1 of a scenario id, if the add-on ships one. */
export function builtInScenario(id: string): VersionedScenario | undefined {
  return BUILT_IN_CATALOGUE.find((s) => s.id === id);
}
