// Plans a register refresh from one read: live formulas restored on every handoff row, deleted tabs
// reported (their rows kept), a lost header row detected.
import { cellKey, isEmptyCell } from "../sheet/cell-text";
import { literalText } from "../sheet/literal-text";
import { MIRRORED_COLUMNS, REGISTER_COLUMNS } from "./register-columns";
import { readRegister } from "./register-reader";
import { mirrorFormulas } from "./register-row";

/** What a refresh writes and reports. */
export interface RegisterRefreshPlan {
  readonly headerMissing: boolean;
  /** First mirrored column (1-based) and the block of values to write from row 2 down. */
  readonly firstColumn: number;
  readonly block: unknown[][];
  readonly counts: {
    readonly go: number;
    readonly notYet: number;
    readonly missingTab: string[];
    /** Rows whose Gate shows another error (e.g. #NAME?): neither GO, NOT YET nor a deleted tab. */
    readonly unreadGate: string[];
    readonly total: number;
  };
  readonly summary: string;
}

/** #REF!: the tab behind the gate's named range was deleted. */
const isLostReference = (v: unknown) => /^#(REF!|N\/A)/i.test(String(v ?? "").trim());
/** Any other error, e.g. #NAME? where the add-on is not enabled in the document: the gate is unknown, the tab may be fine. */
const isUnreadGate = (v: unknown) => /^#[A-Z0-9/]+[!?]?$/i.test(String(v ?? "").trim());

/** Plans the refresh; `values` is the register's columns read whole, header first (or lost). */
export function planRegisterRefresh(values: readonly (readonly unknown[])[]): RegisterRefreshPlan {
  const headerMissing = !(values[0] ?? []).some((v) => cellKey(v) === "id");
  const withHeader = headerMissing ? [[...REGISTER_COLUMNS], ...values] : values;
  const table = readRegister(withHeader);
  const positions = MIRRORED_COLUMNS.map((c) => table.columns[c]);
  const first = positions[0];
  const contiguous = positions.every((p, i) => p !== undefined && first !== undefined && p === first + i);
  if (!contiguous || first === undefined) {
    throw new Error(
      `The register's columns ${MIRRORED_COLUMNS.join(", ")} must stay side by side. Move them back together, then refresh again.`,
    );
  }
  const byRow = new Map(table.rows.map((r) => [r.sheetRow, r]));
  let lastRow = withHeader.length;
  while (lastRow > 1 && (withHeader[lastRow - 1] ?? []).every(isEmptyCell)) {
    lastRow--;
  }
  const block: unknown[][] = [];
  let go = 0;
  let notYet = 0;
  const missingTab: string[] = [];
  const unread: string[] = [];
  for (let sheetRow = 2; sheetRow <= lastRow; sheetRow++) {
    const row = byRow.get(sheetRow);
    const current = withHeader[sheetRow - 1] ?? [];
    if (!row) {
      block.push(positions.map((p) => keep(current[p as number])));
      continue;
    }
    block.push(mirrorFormulas(row.id));
    const gate = String(row.cells.Gate ?? "").trim();
    if (isLostReference(gate)) missingTab.push(row.id);
    else if (isUnreadGate(gate)) unread.push(row.id);
    else if (gate === "GO") go++;
    else if (gate.startsWith("NOT YET")) notYet++;
  }
  const total = table.rows.length;
  const parts = [`${total} handoff${total === 1 ? "" : "s"}`, `${go} GO`, `${notYet} NOT YET`];
  let summary = `Register refreshed: ${parts.join(" · ")}.`;
  if (missingTab.length) {
    summary += ` ${missingTab.length} tab${missingTab.length === 1 ? " was" : "s were"} deleted (${listed(missingTab)}); their rows are kept.`;
  }
  if (unread.length) {
    summary += ` ${unread.length} gate${unread.length === 1 ? "" : "s"} could not be read (${listed(unread)}): the Gate cell shows an error such as #NAME?.`;
  }
  if (headerMissing) summary += " The header row was missing and has been put back.";
  return {
    headerMissing,
    firstColumn: first + 1,
    block,
    counts: { go, notYet, missingTab, unreadGate: unread, total },
    summary,
  };
}

function listed(ids: readonly string[]): string {
  return ids.slice(0, 5).join(", ") + (ids.length > 5 ? `, +${ids.length - 5} more` : "");
}

function keep(value: unknown): unknown {
  return typeof value === "string" ? literalText(value) : value;
}
