// Inserting a tab whose name may already be taken by hand: try a few numbered variants. When
// insertSheet fails, the tabs' names tell whether the name was taken; the error's text is never read,
// since Apps Script localizes it.

/** Whether a tab already has this name; Sheets compares names ignoring case. */
export function sheetNameInUse(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): boolean {
  const key = name.toLowerCase();
  return ss.getSheets().some((s) => s.getName().toLowerCase() === key);
}

/** Inserts a sheet under the first free name `nameFor` gives (it becomes active); says what to do if none is free. */
export function insertSheetNamed(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  nameFor: (taken: readonly string[]) => string,
  attempts = 5,
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; name: string } {
  const taken: string[] = [];
  for (let i = 0; i < attempts; i++) {
    const name = nameFor(taken);
    try {
      return { sheet: ss.insertSheet(name), name };
    } catch (e) {
      if (!sheetNameInUse(ss, name)) throw e;
      taken.push(name);
    }
  }
  throw new Error(`Tabs named like "${taken[0]}" already exist: rename one of them and try again.`);
}
