// "Standard new client v3: use 2 of 5": the register's note that a new handoff is among the first five
// uses of a template version, which the process owner reviews (the audit samples them too).
import { FIRST_USES_SAMPLED, templateVersionsOf } from "../audit/first-uses";
import { type Catalogue, findScenario } from "./catalogue";
import { parseTemplateRef } from "./template-parts";

/** The label for a new handoff's template versions, counting the uses the register already holds; "" past the fifth. */
export function firstUsesLabel(
  templateRef: string,
  registerRefs: readonly string[],
  catalogue: Catalogue,
): string {
  const used = new Map<string, number>();
  for (const ref of registerRefs)
    for (const v of templateVersionsOf(ref)) used.set(v, (used.get(v) ?? 0) + 1);
  return parseTemplateRef(templateRef)
    .map(({ id, version }) => {
      const n = (used.get(`${id}@${version}`) ?? 0) + 1;
      const name = findScenario(catalogue, id)?.name ?? id;
      return n <= FIRST_USES_SAMPLED ? `${name} v${version}: use ${n} of ${FIRST_USES_SAMPLED}` : "";
    })
    .filter((s) => s)
    .join("; ");
}
