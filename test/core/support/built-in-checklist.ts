// The checklist a new handoff gets from the built-in templates, for tests that need one.
import { BUILT_IN_CATALOGUE } from "../../../src/core/templates/built-in";
import { checklistFromCatalogue, type HandoffChecklist } from "../../../src/core/templates/handoff-checklist";

/** The built-in checklist of a scenario; throws the message an unknown scenario gets. */
export function builtInChecklist(scenarioId: string, opts: { hasExceptions: boolean }): HandoffChecklist {
  const checklist = checklistFromCatalogue(BUILT_IN_CATALOGUE, scenarioId, opts);
  if (typeof checklist === "string") throw new Error(checklist);
  return checklist;
}
