// The checklist a new handoff gets from the catalogue: the scenario (after the one it builds on), the
// custom/high-risk path when exceptions are recorded, and the double-check review, with the versions used.
import { type TemplatePart, templateCode } from "../checklist/template-label";
import { type Catalogue, findScenario, type TemplateItem, type VersionedScenario } from "./catalogue";

export interface HandoffChecklist {
  readonly scenario: VersionedScenario;
  readonly items: TemplateItem[];
  readonly review: TemplateItem[];
  /** The versions used, e.g. "standard-new-client@3+double-check@1". */
  readonly templateRef: string;
  readonly templateParts: readonly TemplatePart[];
}

/** The scenarios people can start a handoff from: active, not the review. */
export function pickableScenarios(catalogue: Catalogue): VersionedScenario[] {
  return catalogue.filter((s) => s.active && s.role !== "review");
}

/** The checklist for a scenario, or the message saying why there is none. */
export function checklistFromCatalogue(
  catalogue: Catalogue,
  scenarioId: string,
  opts: { hasExceptions: boolean },
): HandoffChecklist | string {
  const scenario = findScenario(pickableScenarios(catalogue), scenarioId);
  if (!scenario) {
    const names = pickableScenarios(catalogue).map((s) => s.name);
    return `"${scenarioId}" is not a scenario on the checklist templates: pick one of ${names.join(", ")}.`;
  }
  const active = catalogue.filter((s) => s.active);
  const review = active.find((s) => s.role === "review");
  const highRisk = active.find((s) => s.role === "high-risk");
  if (!review)
    return "The checklist templates have no double-check review: open Edit checklist templates… and add one.";
  const base = scenario.buildsOn ? findScenario(catalogue, scenario.buildsOn) : undefined;
  const parts = [...(base ? [base] : []), scenario];
  if (opts.hasExceptions && highRisk && !parts.includes(highRisk)) parts.push(highRisk);
  return {
    scenario,
    items: parts.flatMap((p) => p.items.map((i) => ({ ...i }))),
    review: review.items.map((i) => ({ ...i })),
    templateRef: templateCode([...parts, review]),
    templateParts: [...parts, review].map((p) => ({ id: p.id, version: p.version })),
  };
}
