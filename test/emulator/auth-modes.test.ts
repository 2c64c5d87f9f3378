// Contract: auth modes. Sources: developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
// [LC] (NONE: no document, no Properties, menus allowed; LIMITED: no sidebars/dialogs), [CF] and [LC]
// for CUSTOM_FUNCTION (read-only Spreadsheet, no UI, Properties and Lock allowed). Wording: PLATFORM §8.
import { describe, expect, it } from "vitest";
import { loadFixture } from "./fixture";

const CODE = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem("Open sidebar", "openSidebar").addToUi();
  return [String(e.authMode), e.authMode === ScriptApp.AuthMode.NONE, typeof e.source];
}
function touchDocument() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
function touchActive() { return SpreadsheetApp.getActive().getName(); }
function touchSheet() { return SpreadsheetApp.getActiveSheet().getName(); }
function touchProperties() { return PropertiesService.getDocumentProperties().getProperty("x"); }
function utilitiesOnly() { Logger.log("ok"); return Utilities.formatDate(new Date(0), "UTC", "yyyy"); }
function openSidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput("<p>hi</p>").setTitle("T")); }
function readAndWrite() {
  var r = SpreadsheetApp.getActiveSheet().getRange("A1");
  var read = r.getValue();
  try { r.setValue(1); } catch (e) { return [read, e.message, e.name]; }
  return "wrote";
}
function customAttempts() {
  var out = [];
  var sheet = SpreadsheetApp.getActiveSheet();
  [function () { sheet.insertRows(1); }, function () { sheet.getRange("A1").clear(); },
   function () { SpreadsheetApp.getActive().toast("x"); }, function () { sheet.setName("y"); },
   function () { SpreadsheetApp.getUi(); }, function () { SpreadsheetApp.openById("x"); }].forEach(function (f) {
    try { f(); out.push("allowed"); } catch (e) { out.push(e.message); }
  });
  PropertiesService.getDocumentProperties().setProperty("cf", "ok");
  out.push(LockService.getDocumentLock().tryLock(10));
  return out;
}
`;

describe("auth modes ([LC] editor-auth-lifecycle)", () => {
  it("NONE: onOpen may build the add-on menu; the event's authMode is ScriptApp.AuthMode.NONE and has no source", async () => {
    const emu = await loadFixture(CODE);
    const r = emu.runTrigger("onOpen", { authMode: "NONE" });
    expect(r.value).toEqual(["NONE", true, "undefined"]);
    expect(emu.ui.menus).toEqual([
      {
        caption: "Handoff Gate",
        addon: true,
        items: [{ caption: "Open sidebar", functionName: "openSidebar" }],
      },
    ]);
    expect(r.calls.byMethod).toEqual({ "SpreadsheetApp.getUi": 1 });
  });

  it("NONE: any document access and PropertiesService throw; Logger and Utilities work", async () => {
    const emu = await loadFixture(CODE);
    const none = { authMode: "NONE" as const };
    expect(emu.run("touchDocument", [], none).error?.message).toBe(
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet",
    );
    expect(emu.run("touchActive", [], none).error?.message).toBe(
      "You do not have permission to call SpreadsheetApp.getActive",
    );
    expect(emu.run("touchSheet", [], none).error?.message).toBe(
      "You do not have permission to call SpreadsheetApp.getActiveSheet",
    );
    expect(emu.run("touchProperties", [], none).error?.message).toBe(
      "You do not have permission to call PropertiesService.getDocumentProperties",
    );
    expect(emu.run("utilitiesOnly", [], none)).toMatchObject({ ok: true, value: "1970", logs: ["ok"] });
  });

  it("LIMITED: the document and Properties are available, but a sidebar cannot be opened", async () => {
    const emu = await loadFixture(CODE);
    const limited = { authMode: "LIMITED" as const };
    expect(emu.run("touchDocument", [], limited).value).toBe("Untitled spreadsheet");
    expect(emu.run("touchProperties", [], limited).value).toBeNull();
    expect(emu.run("openSidebar", [], limited).error?.message).toBe(
      "You do not have permission to call Ui.showSidebar",
    );
    expect(emu.ui.sidebar).toBeNull();
    expect(emu.run("openSidebar").ok).toBe(true);
    expect(emu.ui.sidebar).toEqual({ title: "T", html: "<p>hi</p>" });
  });

  it('CUSTOM_FUNCTION: reads work, any write throws "You do not have permission to call <method>"', async () => {
    const emu = await loadFixture(CODE);
    emu.model.setValues("Sheet1", 1, 1, [["v"]]);
    expect(emu.run("readAndWrite", [], { authMode: "CUSTOM_FUNCTION" }).value).toEqual([
      "v",
      "You do not have permission to call setValue",
      "Exception",
    ]);
  });

  it("CUSTOM_FUNCTION: insert/clear/toast/set and openById refused, no UI; Properties and Lock allowed ([CF] Services)", async () => {
    const emu = await loadFixture(CODE);
    expect(emu.run("customAttempts", [], { authMode: "CUSTOM_FUNCTION" }).value).toEqual([
      "You do not have permission to call insertRows",
      "You do not have permission to call clear",
      "You do not have permission to call toast",
      "You do not have permission to call setName",
      "Cannot call SpreadsheetApp.getUi() from this context.",
      "You do not have permission to call openById",
      true,
    ]);
    expect(emu.model.documentProperties.get("cf")).toBe("ok");
  });

  it("FULL (default for run): everything above is allowed", async () => {
    const emu = await loadFixture(CODE);
    expect(emu.run("readAndWrite").value).toBe("wrote");
    expect(emu.runTrigger("onOpen").value).toEqual(["LIMITED", false, "object"]);
  });
});
