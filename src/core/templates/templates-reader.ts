// Reads the templates sheet's grid as people leave it: each block found by its header row (columns in
// any order, rows moved, blank rows and block titles skipped); each data row keeps its sheet row number
// for messages and for the Item ID cells the add-on fills in.
import { cellKey, cellText, columnsByHeader } from "../sheet/cell-text";
import {
  BLOCK_TITLES,
  HISTORY_HEADER,
  type HistoryColumn,
  ITEM_HEADER,
  type ItemColumn,
  SCENARIO_HEADER,
  type ScenarioColumn,
} from "./templates-layout";

/** One data row of a block: its 1-based row on the sheet and its cells by column name. */
export interface BlockRow<C extends string> {
  readonly row: number;
  readonly cells: Partial<Record<C, unknown>>;
}

/** A block: its header's row and columns (0-based), and its data rows. */
export interface Block<C extends string> {
  readonly headerRow: number;
  readonly columns: Partial<Record<C, number>>;
  readonly rows: readonly BlockRow<C>[];
}

export interface TemplatesGrid {
  readonly scenarios: Block<ScenarioColumn> | null;
  readonly items: Block<ItemColumn> | null;
  readonly history: Block<HistoryColumn> | null;
}

type Kind = "scenarios" | "items" | "history";

const TITLE_KEYS = new Set(Object.values(BLOCK_TITLES).map((t) => cellKey(t)));

function headerKind(line: readonly unknown[]): Kind | null {
  // Each block is known by two of its headers, so one renamed or deleted column does not hide it.
  const items = columnsByHeader(line, ITEM_HEADER);
  if (items.Item !== undefined && (items["Item ID"] !== undefined || items.Kind !== undefined))
    return "items";
  const history = columnsByHeader(line, HISTORY_HEADER);
  if (history.Version !== undefined && history["What changed"] !== undefined) return "history";
  const scenarios = columnsByHeader(line, SCENARIO_HEADER);
  if (
    scenarios.Name !== undefined &&
    (scenarios.Role !== undefined || scenarios["When to use it"] !== undefined)
  ) {
    return "scenarios";
  }
  return null;
}

function isSkipped(line: readonly unknown[]): boolean {
  const first = line.find((v) => cellText(v) !== "");
  return first === undefined || TITLE_KEYS.has(cellKey(first));
}

/** Reads the three blocks of a templates sheet's values (row 1 first); a block without its header is null. */
export function readTemplatesGrid(values: readonly (readonly unknown[])[]): TemplatesGrid {
  const headers: { kind: Kind; row: number }[] = [];
  values.forEach((line, i) => {
    const kind = headerKind(line);
    if (kind && !headers.some((h) => h.kind === kind)) headers.push({ kind, row: i + 1 });
  });
  const allHeaderRows = new Set(values.flatMap((line, i) => (headerKind(line) ? [i + 1] : [])));
  function block<C extends string>(kind: Kind, names: readonly C[]): Block<C> | null {
    const header = headers.find((h) => h.kind === kind);
    if (!header) return null;
    const columns = columnsByHeader(values[header.row - 1] ?? [], names);
    const rows: BlockRow<C>[] = [];
    for (let r = header.row + 1; r <= values.length && !allHeaderRows.has(r); r++) {
      const line = values[r - 1] ?? [];
      if (isSkipped(line)) continue;
      const cells: Partial<Record<C, unknown>> = {};
      for (const name of names) {
        const at = columns[name];
        if (at !== undefined) cells[name] = line[at];
      }
      // Notes typed beside a block are not rows of it.
      if (Object.values(cells).some((v) => cellText(v) !== "")) rows.push({ row: r, cells });
    }
    return { headerRow: header.row, columns, rows };
  }
  return {
    scenarios: block("scenarios", SCENARIO_HEADER),
    items: block("items", ITEM_HEADER),
    history: block("history", HISTORY_HEADER),
  };
}
