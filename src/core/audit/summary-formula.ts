// The body of =AUDIT_SUMMARY(table, strata): reads the audit table and the strata table by their
// headers (so reordered columns still work) and returns the summary lines, one per row.

import { cellText, columnsByHeader } from "../sheet/cell-text";
import { isRandomPickText } from "./pick-reason-text";
import { auditSummaryLines, type StratumSize, type SummaryRow, summarizeAudit } from "./summary";

const TABLE_COLUMNS = ["ID", "Stratum", "Why sampled", "Result"] as const;
const STRATA_COLUMNS = ["Stratum", "Not picked by rule"] as const;

function grid(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  return (v as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

/** The summary lines for an audit table (header row first) and its strata table (header row first). */
export function auditSummaryFromRanges(table: unknown, strata: unknown): string[][] {
  const [tableHeader = [], ...tableRows] = grid(table);
  const at = columnsByHeader(tableHeader, TABLE_COLUMNS);
  const missing = TABLE_COLUMNS.filter((c) => at[c] === undefined);
  if (missing.length > 0) {
    return [
      [
        `The first range must be the audit table with its header row; it has no ${missing.join(", ")} column. Example: =AUDIT_SUMMARY(A30:P41, A43:E47).`,
      ],
    ];
  }
  const cell = (row: unknown[], c: (typeof TABLE_COLUMNS)[number]) => row[at[c] as number];
  const rows: SummaryRow[] = tableRows
    .filter((r) => cellText(cell(r, "ID")) !== "")
    .map((r) => ({
      id: cellText(cell(r, "ID")),
      stratum: cellText(cell(r, "Stratum")),
      random: isRandomPickText(cellText(cell(r, "Why sampled"))),
      why: cellText(cell(r, "Why sampled")),
      result: cell(r, "Result"),
    }));
  const [strataHeader = [], ...strataRows] = strata === undefined ? [] : grid(strata);
  const st = columnsByHeader(strataHeader, STRATA_COLUMNS);
  const sizes: StratumSize[] =
    st.Stratum === undefined
      ? []
      : strataRows
          .filter((r) => cellText(r[st.Stratum as number]) !== "")
          .map((r) => {
            const n = st["Not picked by rule"] === undefined ? null : r[st["Not picked by rule"]];
            return {
              name: cellText(r[st.Stratum as number]),
              notPickedByRule: typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : null,
            };
          });
  return auditSummaryLines(summarizeAudit(rows, sizes)).map((line) => [line]);
}
