// A collaborator who never used the add-on in this document sees its custom functions as #NAME?
// ("Unknown function"; PLATFORM §9, staged with emu.setAddonEnabled(false)). The add-on's code that
// reads the gate cells must not take that for a gate value or for a deleted tab.
import { describe, expect, it } from "vitest";
import { REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { cellOf, load, ok, sheetOf, start } from "./helpers";

describe("gate cells showing #NAME? (add-on not enabled in the document)", () => {
  it("Refresh register does not report the tab as deleted, nor count the gate as GO or NOT YET", async () => {
    const emu = await load();
    start(emu);
    emu.runTrigger("onOpen");
    emu.setAddonEnabled(false);
    expect(cellOf(emu.snapshot(), "Handoffs", 2, 10).v).toBe("#NAME?");
    const refreshed = ok(emu.clickMenuItem("Refresh register"));
    const message = refreshed.toasts.map((t) => t.message).join(" ");
    expect(message).toMatch(/^Register refreshed: 1 handoff · 0 GO · 0 NOT YET\./);
    expect(message).not.toMatch(/deleted/);
    expect(message).toMatch(/HO-0001/);
  });

  it("the tab really deleted is still reported as deleted", async () => {
    const emu = await load();
    const view = start(emu);
    emu.runTrigger("onOpen");
    const sheet = emu.model.sheetByName(view.sheetName);
    if (!sheet) throw new Error("no tab");
    emu.model.removeSheet(sheet);
    const message = ok(emu.clickMenuItem("Refresh register"))
      .toasts.map((t) => t.message)
      .join(" ");
    expect(message).toMatch(/1 tab was deleted \(HO-0001\)/);
  });

  it("the audit does not call a handoff's tab missing when its gate shows #NAME?", async () => {
    const emu = await load(new Date("2026-07-02T15:00:00Z"));
    start(emu);
    start(emu, { client: "Second" });
    emu.setAddonEnabled(false);
    const request = {
      quarter: "2026-Q3",
      seed: "TEST-SEED",
      size: "",
      ifExists: "keep",
      confirmOpenQuarter: true,
    };
    ok(emu.run("buildAudit", [request]));
    emu.model.setValues("Handoffs", 3, REGISTER_COLUMNS.indexOf("Decision") + 1, [["Go"]]);
    ok(emu.run("buildAudit", [{ ...request, seed: "AGAIN", ifExists: "new" }]));
    const audit = sheetOf(emu.snapshot(), "Audit 2026-Q3");
    const texts = audit.cells.flatMap((r) => r.map((c) => String(c?.v ?? "")));
    expect(texts.some((t) => /tab missing|deleted/.test(t))).toBe(false);
    // The register's Decision mirrors the tab's decision cell through its own named range (no custom
    // function on the way), so it stays readable; only the gate is unknown.
    expect(texts.some((t) => /^unknown \(the gate shows #NAME\?\)/.test(t))).toBe(true);
  });
});
