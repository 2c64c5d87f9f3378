// The sheet-level developer metadata New handoff puts on each checklist tab: it names the tab's handoff
// whatever people do to its rows, columns and name (metadata on a sheet moves with it; PLATFORM §4).

/** Metadata key on each checklist tab: its handoff id and template, so it survives renames. */
export const TAB_METADATA_KEY = "handoffGate.handoff";

/** The handoff id a tab's metadata records, or null when the tab carries none (not ours). */
export function tabIdFromMetadata(sheet: GoogleAppsScript.Spreadsheet.Sheet): string | null {
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() !== TAB_METADATA_KEY) continue;
    try {
      const id = (JSON.parse(m.getValue() ?? "{}") as { id?: unknown }).id;
      if (typeof id === "string") return id;
    } catch {
      // A value someone rewrote by hand is no anchor; the header labels still are.
    }
  }
  return null;
}

/**
 * The template versions a tab was built from ("standard-new-client@2+double-check@1"): its Template cell
 * when that holds them, else the tab's metadata (the cell may show them in plain words or be typed over).
 */
export function tabTemplateRef(sheet: GoogleAppsScript.Spreadsheet.Sheet, shown: string): string {
  if (/@\d+/.test(shown)) return shown;
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() !== TAB_METADATA_KEY) continue;
    try {
      const ref = (JSON.parse(m.getValue() ?? "{}") as { templateRef?: unknown }).templateRef;
      if (typeof ref === "string") return ref;
    } catch {
      // A value someone rewrote by hand names no versions.
    }
  }
  return shown;
}
