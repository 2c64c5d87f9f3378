// The sheet-level developer metadata New handoff puts on each checklist tab: it names the tab's handoff
// whatever people do to its rows, columns and name (metadata on a sheet moves with it; PLATFORM §4).

/** Metadata key on each checklist tab: its handoff id and template, so it survives renames. */
export const TAB_METADATA_KEY = "handoffGate.handoff";

/** What a tab's metadata records (id, template versions), or null when it carries none (not ours). */
function tabAnchor(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): { id?: unknown; templateRef?: unknown } | null {
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() !== TAB_METADATA_KEY) continue;
    try {
      return JSON.parse(m.getValue() ?? "{}") as { id?: unknown; templateRef?: unknown };
    } catch {
      // A value someone rewrote by hand is no anchor; the header labels still are.
    }
  }
  return null;
}

/** The handoff id a tab's metadata records, or null when the tab carries none (not ours). */
export function tabIdFromMetadata(sheet: GoogleAppsScript.Spreadsheet.Sheet): string | null {
  const id = tabAnchor(sheet)?.id;
  return typeof id === "string" ? id : null;
}

/**
 * The template versions a tab was built from ("standard-new-client@2+double-check@1"): its Template cell
 * when that holds them, else the tab's metadata (the cell may show them in plain words or be typed over).
 */
export function tabTemplateRef(sheet: GoogleAppsScript.Spreadsheet.Sheet, shown: string): string {
  if (/@\d+/.test(shown)) return shown;
  const ref = tabAnchor(sheet)?.templateRef;
  return typeof ref === "string" ? ref : shown;
}
