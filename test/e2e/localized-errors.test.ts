// Apps Script's errors are in the user's language (PLATFORM §9): with the emulator throwing them in
// German, the add-on still handles a taken tab name, because it checks names instead of reading
// English error text.
import { describe, expect, it } from "vitest";
import { Emulator } from "../../emulator/index";
import { NOW, newRequest, ok } from "./helpers";

const loadGerman = (now: Date = NOW) => Emulator.load({ now: () => now, errorLanguage: "de" });

describe("with German error messages", () => {
  it("a person's own tab with the new handoff's name gets a numbered tab beside it", async () => {
    const emu = await loadGerman();
    ok(emu.run("startHandoff", [newRequest()]));
    // Someone makes a tab called what the next handoff will want, HO-0002 Acme Corp.
    emu.model.addSheet("HO-0002 Acme Corp");
    const view = ok(emu.run("startHandoff", [newRequest()])).value as { id: string; sheetName: string };
    expect(view).toMatchObject({ id: "HO-0002", sheetName: "HO-0002 Acme Corp (2)" });
    expect(emu.model.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["HO-0002 Acme Corp", "HO-0002 Acme Corp (2)"]),
    );
  });

  it("a person's tab named like the new handoff's in other letter case is a taken name too", async () => {
    const emu = await loadGerman();
    ok(emu.run("startHandoff", [newRequest()]));
    emu.model.addSheet("ho-0002 acme corp");
    const view = ok(emu.run("startHandoff", [newRequest()])).value as { sheetName: string };
    expect(view.sheetName).toBe("HO-0002 Acme Corp (2)");
  });

  it("an audit redraw whose tab already exists says so in the add-on's words", async () => {
    const emu = await loadGerman(new Date("2026-07-02T15:00:00Z"));
    for (let i = 0; i < 3; i++) {
      const view = ok(emu.run("startHandoff", [newRequest({ client: `Client ${i + 1}` })])).value as {
        id: string;
      };
      const decision = {
        handoffId: view.id,
        decision: "Go",
        overrideReason: "Fixed go-live date",
        overrideApprovedBy: "Priya Shah",
      };
      ok(emu.run("recordDecision", [{ ...decision, acknowledgedBy: "", acknowledgedOn: "" }]));
      emu.advance(86_400_000);
    }
    const request = { quarter: "2026-Q3", seed: "S1", size: "", ifExists: "new", confirmOpenQuarter: true };
    ok(emu.run("buildAudit", [{ ...request, ifExists: "keep" }]));
    ok(emu.run("buildAudit", [request]));
    const again = emu.run("buildAudit", [request]);
    expect(again.error?.message).toBe(
      "Audit 2026-Q3 (seed S1) already exists: draw with another seed, or delete that tab first.",
    );
  });
});
