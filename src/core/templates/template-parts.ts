// A template ref in code form ("standard-new-client@2+double-check@1") read back to its parts, with the
// one reader the tab's template line uses.
import { parseTemplateLine, type TemplatePart } from "../checklist/template-label";

/** The parts of a template ref in code form; none when it is not in code form (plain words, typed over). */
export function parseTemplateRef(ref: string): TemplatePart[] {
  return parseTemplateLine(ref, []) ?? [];
}
