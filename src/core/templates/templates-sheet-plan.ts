// A new "Checklist templates" sheet as plain data: help row, scenarios block, items block and version
// history, filled from a catalogue (the built-in defaults), with dropdowns and checkboxes, and the
// rows one scenario's reset writes.
import { ITEM_KINDS } from "../checklist/item-kinds";
import type { ValidationSpec } from "../sheet/format-specs";
import { literalText } from "../sheet/literal-text";
import type { Catalogue, TemplateScenario, VersionedScenario } from "./catalogue";
import {
  BLOCK_TITLES,
  HISTORY_HEADER,
  ITEM_HEADER,
  ROLE_WORDS,
  SCENARIO_HEADER,
  SHEET_HELP,
} from "./templates-layout";

export interface TemplatesSheetPlan {
  readonly values: unknown[][];
  readonly validations: (ValidationSpec | null)[][];
  /** 1-based rows of the three header rows and the block titles (styled bold). */
  readonly headerRows: readonly number[];
  readonly titleRows: readonly number[];
  readonly width: number;
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
}

const WIDTH = Math.max(SCENARIO_HEADER.length, ITEM_HEADER.length, HISTORY_HEADER.length);
const ROLE_RULE: ValidationSpec = {
  type: "list",
  values: Object.values(ROLE_WORDS),
  help: "scenario (people pick it), custom/high-risk path (added when exceptions are recorded), or double-check review (ends every handoff).",
};
const KIND_RULE: ValidationSpec = {
  type: "list",
  values: ITEM_KINDS,
  help: "Attachments and approvals need evidence to count as done; review items belong to the double-check review.",
};
const CHECKBOX: ValidationSpec = { type: "checkbox" };

function pad(line: unknown[]): unknown[] {
  return [...line, ...Array(Math.max(0, WIDTH - line.length)).fill("")];
}

/** One scenario's row of the scenarios block. */
export function scenarioRow(s: TemplateScenario): unknown[] {
  return pad([
    literalText(s.id),
    literalText(s.name),
    literalText(s.when),
    ROLE_WORDS[s.role],
    s.active,
    literalText(s.buildsOn),
  ]);
}

/** One scenario's rows of the items block. */
export function itemRows(s: TemplateScenario): unknown[][] {
  return s.items.map((i) =>
    pad([
      literalText(s.id),
      literalText(i.id),
      literalText(i.section),
      literalText(i.text),
      i.kind,
      i.required,
      i.dueDays ?? "",
    ]),
  );
}

/** The validations of item rows (Kind dropdown, Required checkbox). */
export function itemValidations(count: number): (ValidationSpec | null)[][] {
  return Array.from(
    { length: count },
    () => pad([null, null, null, null, KIND_RULE, CHECKBOX, null]) as (ValidationSpec | null)[],
  );
}

/** Plans a new templates sheet holding a catalogue, its history starting with `history` rows. */
export function planTemplatesSheet(catalogue: Catalogue, history: readonly unknown[][]): TemplatesSheetPlan {
  const values: unknown[][] = [];
  const validations: (ValidationSpec | null)[][] = [];
  const headerRows: number[] = [];
  const titleRows: number[] = [];
  const push = (line: unknown[], rules: (ValidationSpec | null)[] = []) => {
    values.push(pad(line));
    validations.push(pad(rules) as (ValidationSpec | null)[]);
  };
  const title = (text: string) => {
    push([text]);
    titleRows.push(values.length);
  };
  const header = (cells: readonly string[]) => {
    push([...cells]);
    headerRows.push(values.length);
  };
  push([BLOCK_TITLES.sheet, SHEET_HELP]);
  titleRows.push(1);
  push([]);
  title(BLOCK_TITLES.scenarios);
  header(SCENARIO_HEADER);
  for (const s of catalogue) push(scenarioRow(s), [null, null, null, ROLE_RULE, CHECKBOX]);
  push([]);
  title(BLOCK_TITLES.items);
  header(ITEM_HEADER);
  for (const s of catalogue) {
    const rows = itemRows(s);
    const rules = itemValidations(rows.length);
    rows.forEach((line, i) => {
      push(line, rules[i]);
    });
  }
  push([]);
  title(BLOCK_TITLES.history);
  header(HISTORY_HEADER);
  for (const line of history) push(line);
  return {
    values,
    validations,
    headerRows,
    titleRows,
    width: WIDTH,
    columnWidths: [
      { column: 1, width: 150 },
      { column: 2, width: 180 },
      { column: 3, width: 200 },
      { column: 4, width: 420 },
      { column: 5, width: 160 },
    ],
  };
}

/** The history rows of a new sheet: version 1 of each built-in scenario, as shipped. */
export function builtInHistory(
  catalogue: readonly VersionedScenario[],
  when: string,
  who: string,
): unknown[][] {
  return catalogue.map((s) =>
    pad([
      literalText(s.id),
      s.version,
      literalText(when),
      literalText(who),
      literalText(`built-in defaults: ${s.items.length} items`),
      literalText(s.fingerprint),
    ]),
  );
}
