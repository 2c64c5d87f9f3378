// Verifying the log: walk the rows in sheet order, check each signature against the chain, and name
// the first row that was edited, deleted, reordered or forged.
import { canonicalText, entryNumberOf, type LogHead, type Mac } from "./log-chain";
import type { LogCells } from "./log-entry";

/** A log row as read: its sheet row number and its six cells as text. */
export interface ReadLogRow {
  readonly row: number;
  readonly cells: readonly string[];
}

export type LogProblem = "edited" | "deleted" | "reordered" | "forged";

export type LogVerdict =
  | { readonly intact: true; readonly entries: number; readonly message: string }
  | {
      readonly intact: false;
      readonly problem: LogProblem;
      /** The sheet row where the problem shows (null: rows missing after the last one). */
      readonly row: number | null;
      readonly message: string;
    };

const cellsOf = (r: ReadLogRow): LogCells =>
  [0, 1, 2, 3, 4].map((i) => String(r.cells[i] ?? "").trim()) as unknown as LogCells;
const blank = (r: ReadLogRow) => r.cells.every((c) => String(c ?? "").trim() === "");

function broken(problem: LogProblem, row: number | null, message: string): LogVerdict {
  return { intact: false, problem, row, message };
}

/** Checks the whole log against the chain and the head the add-on kept; blank rows are skipped. */
export function verifyLog(rows: readonly ReadLogRow[], head: LogHead, mac: Mac): LogVerdict {
  const entries = rows.filter((r) => !blank(r));
  const numbers = entries.map((r) => entryNumberOf(String(r.cells[5] ?? "")));
  let previous = "";
  let expected = 1;
  for (const [i, r] of entries.entries()) {
    const n = numbers[i] ?? null;
    const written = n !== null && n <= head.count;
    if (n === null || n === expected) {
      const signature = String(r.cells[5] ?? "").trim();
      const claimed = signature.slice(signature.indexOf(":") + 1);
      if (n !== null && mac(canonicalText(previous, n, cellsOf(r))) === claimed) {
        previous = signature;
        expected += 1;
        continue;
      }
      if (n !== null && !written)
        return broken("forged", r.row, `Row ${r.row} was added by hand: the add-on never wrote entry ${n}.`);
      return broken(
        "edited",
        r.row,
        `Row ${r.row} was edited: its cells no longer match the signature the add-on wrote.`,
      );
    }
    if (n > expected) {
      const later = numbers.indexOf(expected, i + 1);
      if (later >= 0)
        return broken(
          "reordered",
          r.row,
          `Row ${r.row} is out of order: it holds entry ${n}, but entry ${expected} comes later, in row ${entries[later]?.row}.`,
        );
      if (!written)
        return broken("forged", r.row, `Row ${r.row} was added by hand: the add-on never wrote entry ${n}.`);
      const gap = n - expected === 1 ? `entry ${expected} was` : `entries ${expected}–${n - 1} were`;
      return broken("deleted", r.row, `Rows were deleted: ${gap} deleted just above row ${r.row}.`);
    }
    return broken(
      "reordered",
      r.row,
      `Row ${r.row} is out of order: it holds entry ${n}, which comes before the entry above it (moved or copied).`,
    );
  }
  const found = expected - 1;
  if (entries.length === 0 && head.count > 0)
    return broken(
      "deleted",
      null,
      `The handoff log is empty, but the add-on wrote ${head.count} entries: they were deleted.`,
    );
  if (found < head.count) {
    const gap =
      head.count - found === 1 ? `entry ${head.count} was` : `entries ${found + 1}–${head.count} were`;
    return broken("deleted", null, `Rows were deleted: ${gap} deleted from the end of the log.`);
  }
  const count = `${found} ${found === 1 ? "entry" : "entries"}`;
  return { intact: true, entries: found, message: `The handoff log is intact, ${count}.` };
}
