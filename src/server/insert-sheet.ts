// Inserting a tab whose name may already be taken by hand: try a few numbered variants. When
// insertSheet fails, getSheetByName tells whether the name was taken; the error's text is never
// read, since Apps Script localizes it.

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
      if (!ss.getSheetByName(name)) throw e;
      taken.push(name);
    }
  }
  throw new Error(`Tabs named like "${taken[0]}" already exist: rename one of them and try again.`);
}
