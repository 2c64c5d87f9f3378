import { clearSampleStatement } from "./confidence";
import { parseAuditResult } from "./outcome-columns";

/** What the audit summary shows once some results are filled in. */
export interface AuditSummary {
  sampled: number;
  completed: number;
  exceptions: number;
  /** exceptions / completed; null while nothing is completed. */
  exceptionRate: number | null;
  statement: string;
}

/** Summarises the Result column: blanks and unknown text count as not yet completed. */
export function summarizeResults(results: readonly unknown[]): AuditSummary {
  let completed = 0;
  let exceptions = 0;
  for (const v of results) {
    const r = parseAuditResult(v);
    if (r === null) continue;
    completed++;
    if (r === "Exception") exceptions++;
  }
  return {
    sampled: results.length,
    completed,
    exceptions,
    exceptionRate: completed === 0 ? null : exceptions / completed,
    statement: clearSampleStatement(exceptions, completed),
  };
}
