// Reads an audit tab back, by its labels and headers: the stated inputs (seed, size asked, fingerprint),
// the Population list and the sampled rows, for Verify this audit and for Keep.

import { cellText, columnsByHeader } from "../sheet/cell-text";
import { AUDIT_LABELS, SIZE_RULE_TEXT } from "./audit-tab-plan";

/** What an audit tab states, read back; `problems` names what could not be found. */
export interface AuditTabContent {
  readonly quarterTitle: string;
  readonly seed: string;
  readonly sizeAsked: number | null;
  readonly fingerprint: string;
  readonly population: { id: string; stratum: string; firstUseOf: string }[];
  readonly sample: { id: string; stratum: string; why: string }[];
  readonly problems: string[];
}

/** Reads an audit tab's values (one getValues of its data range). */
export function readAuditTab(values: readonly (readonly unknown[])[]): AuditTabContent {
  const problems: string[] = [];
  const rowOf = (label: string) => values.findIndex((r) => cellText(r[0]) === label);
  const lineValue = (label: string): string => {
    const i = rowOf(label);
    if (i < 0) {
      problems.push(`The "${label}" line is missing.`);
      return "";
    }
    return cellText(values[i]?.[1]);
  };
  const quarterTitle = lineValue(AUDIT_LABELS.title);
  const seed = lineValue(AUDIT_LABELS.seed);
  const sizeText = lineValue(AUDIT_LABELS.sizeAsked);
  let sizeAsked: number | null = null;
  if (sizeText !== "" && sizeText !== SIZE_RULE_TEXT) {
    if (/^\d+$/.test(sizeText)) sizeAsked = Number(sizeText);
    else problems.push(`"Size asked" says "${sizeText}": it should be ${SIZE_RULE_TEXT} or a whole number.`);
  }
  const fingerprint = lineValue(AUDIT_LABELS.fingerprint);

  const population: AuditTabContent["population"] = [];
  const listRow = rowOf(AUDIT_LABELS.population);
  if (listRow < 0) problems.push(`The "${AUDIT_LABELS.population}" block is missing.`);
  else {
    const at = columnsByHeader(values[listRow + 1] ?? [], ["ID", "Stratum", "First use of"] as const);
    for (const r of values.slice(listRow + 2)) {
      const id = cellText(r[at.ID ?? 0]);
      if (id === "") break;
      population.push({
        id,
        stratum: cellText(r[at.Stratum ?? 1]),
        firstUseOf: cellText(r[at["First use of"] ?? 2]),
      });
    }
  }

  const sample: AuditTabContent["sample"] = [];
  const tableRow = values.findIndex(
    (r) => cellText(r[0]) === "ID" && r.some((c) => cellText(c) === "Result"),
  );
  if (tableRow < 0) problems.push("The sample table (its header row starts with ID) is missing.");
  else {
    const at = columnsByHeader(values[tableRow] ?? [], ["ID", "Stratum", "Why sampled"] as const);
    for (const r of values.slice(tableRow + 1)) {
      const id = cellText(r[at.ID ?? 0]);
      if (id === "") break;
      sample.push({ id, stratum: cellText(r[at.Stratum ?? -1]), why: cellText(r[at["Why sampled"] ?? -1]) });
    }
  }
  return { quarterTitle, seed, sizeAsked, fingerprint, population, sample, problems };
}
