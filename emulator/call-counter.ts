// Per-execution count of Spreadsheet-service calls, by "Class.method".
// Counted: calls on SpreadsheetApp, Spreadsheet, Sheet, Range, Protection, DeveloperMetadata,
// DeveloperMetadataFinder and DeveloperMetadataLocation objects: each is a round trip in production
// (PLATFORM §8 "Counting"). Not counted: pure builders (newDataValidation…, newConditionalFormatRule…)
// and the rule objects they build, Ui/Menu, and the other services (Html, Properties, Lock, Utilities…).

/** Calls made in one execution. */
export interface CallCounts {
  readonly total: number;
  readonly byMethod: Record<string, number>;
}

/** Accumulates counts during one execution. */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  /** Records one call of `Class.method`. */
  add(method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
  }

  /** The counts so far, as plain data sorted by method name. */
  result(): CallCounts {
    const byMethod: Record<string, number> = {};
    let total = 0;
    for (const name of [...this.counts.keys()].sort()) {
      const n = this.counts.get(name) ?? 0;
      byMethod[name] = n;
      total += n;
    }
    return { total, byMethod };
  }
}

/** One line for a report, e.g. "12 calls: Sheet.getRange×9, Range.setValues×3" (most frequent first). */
export function formatCalls(calls: CallCounts): string {
  const parts = Object.entries(calls.byMethod)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => `${name}×${n}`);
  const head = `${calls.total} call${calls.total === 1 ? "" : "s"}`;
  return parts.length ? `${head}: ${parts.join(", ")}` : head;
}
