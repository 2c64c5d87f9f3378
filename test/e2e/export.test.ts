import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { main } from "../../scripts/export";

describe("npm run export -- --demo", () => {
  it("writes the demo workbook as .xlsx: tabs, items, validations, colour rules and the gate formula", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "handoff-gate-")), "demo.xlsx");
    expect(await main(["--out", out, "--demo"])).toBe(out);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Handoffs", "HO-0001 Northwind Traders", "Audit 2026-Q3"]));
    expect(names.filter((n) => /^HO-\d{4} /.test(n))).toHaveLength(7);

    const tab = book.getWorksheet("HO-0001 Northwind Traders");
    if (!tab) throw new Error("no tab");
    // Custom functions exist only in Apps Script: by default their cells hold the computed value.
    expect(tab.getCell("B1").value).toBe("GO");
    expect(tab.getCell("D10").value).toBe(true);
    expect(tab.getCell("D10").numFmt).toBe('"TRUE";"TRUE";"FALSE"');
    expect(tab.getCell("B10").font).toMatchObject({ name: "Arial" });
    expect(tab.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitlesRow: "1:9" });
    expect(tab.getRow(10).height).toBeGreaterThan(21);
    expect(tab.getCell("F7").hyperlink).toBe("'Handoffs'!A2");
    expect(tab.getCell("E9").value).toBe("Status");
    expect(tab.getCell("E10").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Not started,In progress,Blocked,Done,N/A"'],
    });
    expect(tab.views[0]).toMatchObject({ state: "frozen", ySplit: 9 });
    const rules = (tab as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] })
      .conditionalFormattings;
    expect(rules.length).toBeGreaterThanOrEqual(8);

    const globex = book.worksheets.find((w) => w.name.startsWith("HO-0002"));
    const notes = globex?.getSheetValues().length ? collectNotes(globex) : [];
    expect(notes.join("\n")).toMatch(/names more than one person/);

    const register = book.getWorksheet("Handoffs");
    if (!register) throw new Error("no register");
    expect(register.getCell("A2").value).toBe("HO-0001");
    expect(register.getCell("J2").value).toMatchObject({
      formula: "HandoffGate_HO_0001_gate",
      result: "GO",
    });
    const decision = register.getCell("L2").value as ExcelJS.CellFormulaValue;
    expect(decision.formula).toBe("HandoffGate_HO_0001_decision");
    expect(register.getCell("P2").value).toMatchObject({ formula: "HandoffGate_HO_0001_reopened" });
    expect(register.getCell("S2").value).toMatchObject({ text: "Open HO-0001" });
    expect(register.getCell("S2").hyperlink).toBe("'HO-0001 Northwind Traders'!A1");
    expect(book.definedNames.getRanges("HandoffGate_HO_0001").ranges).toEqual([
      "'HO-0001 Northwind Traders'!$A$1:$J$34",
    ]);
  });

  it("--formulas sheets keeps the Sheets formula with its value; an unknown mode is refused by name", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "handoff-gate-")), "sheets.xlsx");
    await main(["--out", out, "--demo", "--formulas", "sheets"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const gate = book.getWorksheet("HO-0001 Northwind Traders")?.getCell("B1")
      .value as ExcelJS.CellFormulaValue;
    expect(gate).toMatchObject({ formula: "HANDOFF_GATE(A9:J27,FALSE,B7)", result: "GO" });
    await expect(main(["--out", out, "--formulas", "both"])).rejects.toThrow(/--formulas must be "values"/);
  });
});

function collectNotes(sheet: ExcelJS.Worksheet): string[] {
  const notes: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const note = cell.note;
      if (typeof note === "string") notes.push(note);
      else if (note?.texts) notes.push(note.texts.map((t) => t.text).join(""));
    }),
  );
  return notes;
}
