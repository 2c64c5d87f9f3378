// Checks the templates sheet as read and turns it into scenarios, or says per row what is wrong, with
// the field and the fix. A sheet with any problem is not used: New handoff keeps the last valid version.
import { ITEM_KINDS, type ItemKind } from "../checklist/item-kinds";
import { DOUBLE_CHECK_SECTION, HIGH_RISK_SECTION } from "../checklist/sections";
import { cellKey, cellText } from "../sheet/cell-text";
import { parseYesNo } from "../sheet/yes-no";
import type { ReadItem, ReadScenario, ScenarioRole } from "./catalogue";
import { type ItemColumn, ROLE_WORDS, type ScenarioColumn } from "./templates-layout";
import type { BlockRow, TemplatesGrid } from "./templates-reader";

/** One thing wrong on the templates sheet: where, which field, and the message with its fix. */
export interface TemplateProblem {
  readonly row: number;
  readonly field: string;
  readonly message: string;
}

export type TemplatesReading =
  | { readonly ok: true; readonly scenarios: readonly ReadScenario[] }
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] };

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Scenario IDs are what template refs carry ("onboarding-eu@2"): lower-case letters, digits and dashes. */
const SCENARIO_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const MAX_DUE_DAYS = 365;
const ROLE_BY_WORD = new Map<string, ScenarioRole>(
  (Object.entries(ROLE_WORDS) as [ScenarioRole, string][]).flatMap(([role, word]) => [
    [cellKey(word), role],
    [cellKey(role), role],
  ]),
);
const RESERVED_SECTION: Readonly<Record<ScenarioRole, string | null>> = {
  scenario: null,
  "high-risk": HIGH_RISK_SECTION,
  review: DOUBLE_CHECK_SECTION,
};

function rowsText(rows: readonly number[]): string {
  return rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.join(", ")}`;
}

/** Validates a read templates sheet: the scenarios with their items, or every problem found. */
export function validateTemplates(grid: TemplatesGrid): TemplatesReading {
  const problems: TemplateProblem[] = [];
  const problem = (row: number, field: string, message: string) => problems.push({ row, field, message });
  if (!grid.scenarios || !grid.items) {
    const missing = !grid.scenarios ? "scenarios" : "items";
    const header = !grid.scenarios
      ? "Scenario ID, Name, When to use it, Role, Active"
      : "Scenario ID, Item ID, Section, Item, Kind, Required";
    problem(1, "header", `The ${missing} block's header row is gone: put back a row with ${header}.`);
    return { ok: false, problems };
  }
  const needed: [typeof grid.scenarios | typeof grid.items, number, string][] = [
    [grid.scenarios, grid.scenarios.columns["Scenario ID"] ?? -1, "Scenario ID"],
    [grid.scenarios, grid.scenarios.columns.Role ?? -1, "Role"],
    [grid.items, grid.items.columns["Scenario ID"] ?? -1, "Scenario ID"],
    [grid.items, grid.items.columns["Item ID"] ?? -1, "Item ID"],
  ];
  for (const [block, at, name] of needed) {
    if (at < 0) {
      problem(
        block.headerRow,
        name,
        `This header row has no "${name}" column (renamed or deleted): head a column "${name}" again.`,
      );
    }
  }
  if (problems.length) return { ok: false, problems };
  const scenarios = grid.scenarios.rows.map((r) => readScenario(r, problem));
  const byKey = new Map<string, ReadScenario>();
  for (const s of scenarios) {
    if (!s.id) continue;
    const first = byKey.get(s.id.toLowerCase());
    if (first) {
      problem(
        s.row,
        "Scenario ID",
        `Scenario ID "${s.id}" is also on row ${first.row}: give each scenario its own ID.`,
      );
    } else byKey.set(s.id.toLowerCase(), s);
  }
  const items = grid.items.rows.map((r) => readItem(r, problem));
  const seenIds = new Map<string, number>();
  for (const item of items) {
    if (item.id) {
      const first = seenIds.get(item.id.toLowerCase());
      if (first !== undefined) {
        problem(
          item.row,
          "Item ID",
          `Item ID "${item.id}" is also on row ${first}: clear this cell and the add-on gives the row a new ID.`,
        );
      } else seenIds.set(item.id.toLowerCase(), item.row);
    }
    const scenario = byKey.get(item.scenarioId.toLowerCase());
    if (!item.scenarioId)
      problem(
        item.row,
        "Scenario ID",
        "Scenario ID is empty: enter the ID of the scenario this item belongs to.",
      );
    else if (!scenario)
      problem(
        item.row,
        "Scenario ID",
        `No scenario has the ID "${item.scenarioId}": use an ID from the scenarios block, or add the scenario there.`,
      );
    else {
      const reserved = RESERVED_SECTION[scenario.role];
      if (reserved !== null && cellKey(item.section) !== cellKey(reserved)) {
        problem(
          item.row,
          "Section",
          `Items of the ${ROLE_WORDS[scenario.role]} keep the section "${reserved}" (the gate recognises them by it): set Section to "${reserved}".`,
        );
      }
      const other = [HIGH_RISK_SECTION, DOUBLE_CHECK_SECTION].find(
        (s) => cellKey(s) === cellKey(item.section),
      );
      if (reserved === null && other) {
        problem(
          item.row,
          "Section",
          `Section "${other}" belongs to the ${other === HIGH_RISK_SECTION ? ROLE_WORDS["high-risk"] : ROLE_WORDS.review}: give this item another section.`,
        );
      }
    }
  }
  const withItems = scenarios.map((s) => ({
    ...s,
    items: items
      .filter((i) => i.scenarioId.toLowerCase() === s.id.toLowerCase())
      .map(({ scenarioId: _, ...i }) => i),
  }));
  for (const s of withItems) {
    if (!s.id) continue;
    if (s.buildsOn) {
      const base = byKey.get(s.buildsOn.toLowerCase());
      if (!base || base === s || base.role !== "scenario") {
        problem(
          s.row,
          "Builds on",
          `Builds on "${s.buildsOn}" is not another scenario's ID (with Role "scenario"): enter one, or clear the cell.`,
        );
      }
    }
    if (!s.active) continue;
    if (!s.items.length)
      problem(
        s.row,
        "Items",
        `Scenario "${s.id}" has no items: add rows for it in the items block, or set Active to No.`,
      );
    else if (!s.items.some((i) => i.required)) {
      problem(
        s.row,
        "Required",
        `Scenario "${s.id}" has no required item: tick Required on at least one of its items.`,
      );
    }
  }
  const headerRow = grid.scenarios.headerRow;
  const single = (role: ScenarioRole, what: string) => {
    const rows = withItems.filter((s) => s.active && s.role === role).map((s) => s.row);
    if (!rows.length)
      problem(headerRow, "Role", `No active ${what}: set Role to "${ROLE_WORDS[role]}" on one scenario.`);
    if (rows.length > 1)
      problem(
        rows[1] as number,
        "Role",
        `More than one ${what} (${rowsText(rows)}): keep Role "${ROLE_WORDS[role]}" on one of them.`,
      );
  };
  single("high-risk", "custom/high-risk path (exceptions require it)");
  single("review", "double-check review (every handoff ends with it)");
  if (!withItems.some((s) => s.active && s.role !== "review")) {
    problem(headerRow, "Active", "No active scenario to start a handoff from: set Active to Yes on one.");
  }
  if (problems.length) return { ok: false, problems: [...problems].sort((a, b) => a.row - b.row) };
  return { ok: true, scenarios: withItems };
}

type Report = (row: number, field: string, message: string) => void;

function readScenario(r: BlockRow<ScenarioColumn>, problem: Report): ReadScenario {
  const id = cellText(r.cells["Scenario ID"]);
  if (!id)
    problem(r.row, "Scenario ID", "Scenario ID is empty: give the scenario a short ID, e.g. onboarding-eu.");
  else if (!SCENARIO_ID_PATTERN.test(id))
    problem(
      r.row,
      "Scenario ID",
      `Scenario ID "${id}" may hold only lower-case letters, digits and dashes, e.g. onboarding-eu.`,
    );
  const name = cellText(r.cells.Name);
  if (!name) problem(r.row, "Name", "Name is empty: give the scenario the name people pick it by.");
  const roleText = cellText(r.cells.Role);
  const role = roleText ? ROLE_BY_WORD.get(cellKey(roleText)) : "scenario";
  if (!role)
    problem(r.row, "Role", `Role "${roleText}" is not one of: ${Object.values(ROLE_WORDS).join(", ")}.`);
  const activeCell = r.cells.Active;
  const active = cellText(activeCell) === "" ? true : parseYesNo(activeCell);
  if (active === null) problem(r.row, "Active", `Active "${cellText(activeCell)}" is not Yes or No.`);
  return {
    row: r.row,
    id,
    name,
    when: cellText(r.cells["When to use it"]),
    role: role ?? "scenario",
    active: active ?? false,
    buildsOn: cellText(r.cells["Builds on"]),
    items: [],
  };
}

function readItem(r: BlockRow<ItemColumn>, problem: Report): ReadItem & { scenarioId: string } {
  const text = cellText(r.cells.Item);
  if (!text) problem(r.row, "Item", "Item is empty: write what has to be done, or delete the row.");
  const kindText = cellKey(r.cells.Kind);
  const kind = kindText === "" ? "task" : ITEM_KINDS.find((k) => k === kindText);
  if (!kind)
    problem(r.row, "Kind", `Kind "${cellText(r.cells.Kind)}" is not one of: ${ITEM_KINDS.join(", ")}.`);
  const requiredCell = r.cells.Required;
  const required = cellText(requiredCell) === "" ? false : parseYesNo(requiredCell);
  if (required === null)
    problem(
      r.row,
      "Required",
      `Required "${cellText(requiredCell)}" is not Yes or No (tick or untick the box).`,
    );
  const dueText = cellText(r.cells["Due (days before kickoff)"]);
  const due = dueText === "" ? null : Number(dueText);
  if (due !== null && !(Number.isInteger(due) && due >= 0 && due <= MAX_DUE_DAYS)) {
    problem(
      r.row,
      "Due (days before kickoff)",
      `Due "${dueText}" is not a whole number of days from 0 to ${MAX_DUE_DAYS}: enter one, or clear it for the default.`,
    );
  }
  const id = cellText(r.cells["Item ID"]);
  if (id && !ID_PATTERN.test(id))
    problem(
      r.row,
      "Item ID",
      `Item ID "${id}" may hold only letters, digits, dots, dashes and underscores: clear it and the add-on gives the row one.`,
    );
  return {
    row: r.row,
    scenarioId: cellText(r.cells["Scenario ID"]),
    id,
    section: cellText(r.cells.Section),
    text,
    kind: (kind ?? "task") as ItemKind,
    required: required ?? false,
    dueDays: due !== null && Number.isInteger(due) ? due : null,
  };
}
