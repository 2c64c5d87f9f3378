// What a read of the templates sheet means: the catalogue to use now (the sheet's, or the last valid
// one when the sheet has problems), the Item IDs to fill in, the versions to record and the rows the
// history block gets. Plain data: the server reads once, asks this, writes.
import { literalText } from "../sheet/literal-text";
import type { Catalogue } from "./catalogue";
import { assignItemIds, type NewItemId } from "./item-ids";
import { planVersions, type VersionChange } from "./template-versions";
import { HISTORY_HEADER, type HistoryColumn, TEMPLATES_SHEET } from "./templates-layout";
import { readTemplatesGrid } from "./templates-reader";
import { type TemplateProblem, validateTemplates } from "./templates-validator";
import { diffDetails } from "./version-diff";

export interface TemplatesPlan {
  /** What New handoff, the picker and the rules use now. */
  readonly catalogue: Catalogue;
  /** Problems on the sheet; when any, `catalogue` is the last valid one. */
  readonly problems: readonly TemplateProblem[];
  /** Blank Item ID cells to fill, with the column (0-based within the read range). */
  readonly newIds: readonly NewItemId[];
  readonly idColumn: number | null;
  readonly changes: readonly VersionChange[];
  /** The row (1-based) after the sheet's last non-empty one: where history rows are appended. */
  readonly appendRow: number;
  /** The history block's columns (0-based), or null when its header is gone and must be written first. */
  readonly historyColumns: Partial<Record<HistoryColumn, number>> | null;
}

/** Plans a read: `values` of the templates sheet (null when the workbook has none) against the last valid catalogue. */
export function planTemplates(
  values: readonly (readonly unknown[])[] | null,
  last: Catalogue,
): TemplatesPlan {
  const none = { newIds: [], idColumn: null, changes: [], appendRow: 1, historyColumns: null };
  if (!values) return { catalogue: last, problems: [], ...none };
  const grid = readTemplatesGrid(values);
  let lastRow = 0;
  values.forEach((line, i) => {
    if (line.some((v) => v !== "" && v !== null && v !== undefined)) lastRow = i + 1;
  });
  const where = {
    appendRow: lastRow + 1,
    historyColumns: grid.history ? grid.history.columns : null,
    idColumn: grid.items?.columns["Item ID"] ?? null,
  };
  const reading = validateTemplates(grid);
  if (!reading.ok) return { catalogue: last, problems: reading.problems, newIds: [], changes: [], ...where };
  const { scenarios, newIds } = assignItemIds(reading.scenarios);
  const { catalogue, changes } = planVersions(
    scenarios.map(({ row: _, ...s }) => s),
    last,
  );
  return { catalogue, problems: [], newIds, changes, ...where };
}

/** One message for a sheet with problems: that the last valid version is used, then each problem. */
export function problemsMessage(problems: readonly TemplateProblem[], sheetName = TEMPLATES_SHEET): string {
  if (!problems.length) return "";
  const list = problems.map((p) => `row ${p.row}, ${p.field}: ${p.message}`).join(" · ");
  const count = problems.length === 1 ? "a problem" : `${problems.length} problems`;
  return `The "${sheetName}" sheet has ${count}, so handoffs start from the last valid version until it is fixed: ${list}`;
}

/** The history rows for recorded versions, laid out by the history block's columns (its header's when new). */
export function historyRows(
  changes: readonly VersionChange[],
  when: string,
  who: string,
  columns: Partial<Record<HistoryColumn, number>> | null,
): unknown[][] {
  const at = columns ?? Object.fromEntries(HISTORY_HEADER.map((h, i) => [h, i]));
  const width = Math.max(HISTORY_HEADER.length, ...Object.values(at).map((c) => (c ?? 0) + 1));
  return changes.map((c) => {
    const line: unknown[] = Array(width).fill("");
    const cells: Record<HistoryColumn, unknown> = {
      "Scenario ID": literalText(c.scenario.id),
      Version: c.scenario.version,
      Date: literalText(when),
      "Changed by": literalText(who),
      "What changed": literalText(
        c.diff
          ? diffDetails(c.diff)
          : `new scenario "${c.scenario.name}" with ${c.scenario.items.length} items`,
      ),
      Fingerprint: literalText(c.scenario.fingerprint),
    };
    for (const [name, value] of Object.entries(cells) as [HistoryColumn, unknown][]) {
      const i = at[name];
      if (i !== undefined) line[i] = value;
    }
    return line;
  });
}

/** The log line of a recorded version: "Standard new client v2 → v3: 2 items added, 1 reworded". */
export function versionLogDetails(c: VersionChange): string {
  const name = c.scenario.name;
  if (!c.diff) return `${name} v${c.scenario.version}: new scenario with ${c.scenario.items.length} items`;
  return `${name} v${c.from} → v${c.scenario.version}: ${diffDetails(c.diff)}`;
}
