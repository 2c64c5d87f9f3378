// Contract: executions run as Apps Script runs them (PLATFORM §7 "V8 runtime gaps", §8 "Realm",
// "One execution = fresh globals"; Session reference for the script time zone).
import { describe, expect, it } from "vitest";
import { NODE_ONLY_GLOBALS } from "../support/bundle-contract";
import { loadFixture } from "./fixture";

describe("executions (PLATFORM §7, §8 Realm — observed)", () => {
  it("have no Node globals, but have console and Logger (V8 runtime §limitations)", async () => {
    const emu = await loadFixture(`
      function probe(names) { return names.filter(function (n) { return typeof globalThis[n] !== "undefined"; }); }
      function log() { console.log("via console"); Logger.log("via %s", "Logger"); return Logger.getLog(); }
    `);
    expect(emu.run("probe", [NODE_ONLY_GLOBALS]).value).toEqual([]);
    const r = emu.run("log");
    expect(r.logs).toEqual(["via console", "via Logger"]);
  });

  it("hand the bundle Dates and arrays from its own realm, so instanceof Date and Array.isArray hold", async () => {
    const emu = await loadFixture(`
      function check() {
        var sheet = SpreadsheetApp.getActiveSheet();
        sheet.getRange("A1").setValue(new Date(Date.UTC(2025, 0, 15)));
        var values = sheet.getRange("A1:B1").getValues();
        return [values instanceof Array, values[0] instanceof Array, values[0][0] instanceof Date, values[0][1]];
      }
    `);
    expect(emu.run("check").value).toEqual([true, true, true, ""]);
  });

  it("re-evaluate the bundle for every execution: globals reset, the workbook and properties persist", async () => {
    const emu = await loadFixture(`
      var counter = 0;
      function bump() {
        counter++;
        PropertiesService.getDocumentProperties().setProperty("n", String(counter));
        var cell = SpreadsheetApp.getActiveSheet().getRange("A1");
        cell.setValue((Number(cell.getValue()) || 0) + 1);
        return counter;
      }
    `);
    expect(emu.run("bump").value).toBe(1);
    expect(emu.run("bump").value).toBe(1);
    expect(emu.model.documentProperties.get("n")).toBe("1");
    expect(emu.snapshot().sheets[0]?.cells[0]?.[0]?.v).toBe(2);
  });

  it("return realm Dates to the host as host Dates", async () => {
    const emu = await loadFixture("function when() { return { at: new Date(Date.UTC(2024, 1, 29)) }; }");
    const value = emu.run("when").value as { at: Date };
    expect(value.at).toBeInstanceOf(Date);
    expect(value.at.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it("capture a thrown error's name and message without throwing in the host", async () => {
    const emu = await loadFixture('function boom() { throw new TypeError("nope"); }');
    const r = emu.run("boom");
    expect(r.ok).toBe(false);
    expect(r.error).toEqual({ name: "TypeError", message: "nope" });
    expect(emu.run("missing").error?.message).toBe("Script function not found: missing");
  });

  it("run local Date arithmetic in the manifest's time zone (Session.getScriptTimeZone reference)", async () => {
    const emu = await loadFixture(
      "function midnight() { return [new Date(2025, 0, 15).toISOString(), Session.getScriptTimeZone()]; }",
      { manifest: { timeZone: "Europe/Berlin" } },
    );
    expect(emu.run("midnight").value).toEqual(["2025-01-14T23:00:00.000Z", "Europe/Berlin"]);
  });

  it("use a virtual clock: `now` option fixes Date.now, Utilities.sleep advances it", async () => {
    const emu = await loadFixture(
      "function t() { var a = Date.now(); Utilities.sleep(1500); return [a, new Date().getTime()]; }",
      {
        now: () => new Date("2025-03-01T12:00:00Z"),
      },
    );
    const start = Date.parse("2025-03-01T12:00:00Z");
    expect(emu.run("t").value).toEqual([start, start + 1500]);
  });

  it("drain promises before the execution ends (PLATFORM §7: microtasks drain after the stack)", async () => {
    const emu = await loadFixture(
      "async function later() { var v = await Promise.resolve(41); return v + 1; }",
    );
    expect(emu.run("later").value).toBe(42);
  });
});
