// Contract: Apps Script's error messages are in the user's language (PLATFORM §9 "Error messages are
// localized"; Apps Script ExecutionError), so the emulator can throw them in German or French
// (Emulator.load({ errorLanguage })). The renderings are this project's, not Google's exact text.
import { describe, expect, it } from "vitest";
import { localizeError } from "../../emulator/error-language";
import { loadFixture } from "./fixture";

const CODE = `
function attempt(src) { try { eval(src); return "ok"; } catch (e) { return e.message; } }
`;

const CASES: [string, string][] = [
  ["SpreadsheetApp.getActive().insertSheet('Sheet1')", "already exists"],
  ["SpreadsheetApp.getActiveSheet().getRange('A1:B2').setValues([[1, 2]])", "number of rows"],
  ["SpreadsheetApp.getActiveSheet().getRange('A1:B1').setValues([[1]])", "number of columns"],
  ["SpreadsheetApp.getActiveSheet().getRange(0, 1)", "too small"],
  ["SpreadsheetApp.getActiveSheet().getRange(1, 1, 2000, 1)", "outside the dimensions"],
  ["SpreadsheetApp.getActiveSheet().getRange('nowhere!!')", "Range not found"],
];

describe("localized error messages (PLATFORM §9)", () => {
  it.each(CASES)("in English by default: %s", async (src, english) => {
    const emu = await loadFixture(CODE);
    expect(emu.run("attempt", [src]).value).toContain(english);
  });

  it.each(CASES)("in German with errorLanguage de, with no English left: %s", async (src, english) => {
    const emu = await loadFixture(CODE, { errorLanguage: "de" });
    const message = String(emu.run("attempt", [src]).value);
    expect(message).not.toContain(english);
    expect(message).not.toBe("ok");
  });

  it("names the taken sheet and the counts in the translation", async () => {
    const de = await loadFixture(CODE, { errorLanguage: "de" });
    expect(de.run("attempt", ["SpreadsheetApp.getActive().insertSheet('Sheet1')"]).value).toBe(
      "Es ist bereits ein Tabellenblatt mit dem Namen „Sheet1“ vorhanden. Geben Sie einen anderen Namen ein.",
    );
    const fr = await loadFixture(CODE, { errorLanguage: "fr" });
    expect(
      fr.run("attempt", ["SpreadsheetApp.getActiveSheet().getRange('A1:B2').setValues([[1, 2]])"]).value,
    ).toBe(
      "Le nombre de lignes des données ne correspond pas au nombre de lignes de la plage. Les données en comptent 1, mais la plage en compte 2.",
    );
  });

  it("lock timeouts and permission errors are translated too", async () => {
    const emu = await loadFixture(CODE, { errorLanguage: "de" });
    emu.stageLockHolder({ holdMs: 60_000 });
    expect(emu.run("attempt", ["LockService.getDocumentLock().waitLock(1000)"]).value).toMatch(
      /^Zeitüberschreitung der Sperre/,
    );
    const none = emu.run("attempt", ["SpreadsheetApp.getActive()"], { authMode: "NONE" });
    expect(none.value).toBe("Sie haben keine Berechtigung, SpreadsheetApp.getActive aufzurufen.");
  });

  it("a message without a rendering stays as it was", () => {
    expect(localizeError("Something new.", "fr")).toBe("Something new.");
  });
});
