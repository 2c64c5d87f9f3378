// Requests no sidebar would send, as a modified page can: each refusal names the field and the fix.
import { describe, expect, it } from "vitest";
import { decisionRequest, load, newRequest, start } from "./helpers";

describe("refusals name the field and the fix", () => {
  it("for New handoff: missing fields, wrong types, too long, not an object", async () => {
    const emu = await load();
    const refusal = (raw: unknown) => emu.run("startHandoff", [raw]).error?.message;
    const { client: _c, ...noClient } = newRequest();
    expect(refusal(noClient)).toBe(
      "Client is missing: fill it in (reload the sidebar if the form does not show it) and try again.",
    );
    expect(refusal({ ...newRequest(), hasExceptions: "yes" })).toBe(
      "Has exceptions must be true or false: reload the sidebar and enter it again.",
    );
    expect(refusal({ ...newRequest(), handoffOwner: 42 })).toBe(
      "Handoff owner must be text: reload the sidebar and enter it again.",
    );
    expect(refusal({ ...newRequest(), client: "A".repeat(201) })).toBe(
      "Client: keep this under 200 characters.",
    );
    expect(refusal({ ...newRequest(), exceptions: "x".repeat(1001) })).toBe(
      "Exceptions: keep this under 1000 characters.",
    );
    expect(refusal("client=Acme")).toBe(
      "The request must be a set of named fields as the sidebar sends them: reload the sidebar and try again.",
    );
    // Which scenarios exist is the templates sheet's to say (built-in ones here: the workbook has no sheet).
    expect(refusal({ ...newRequest(), scenarioId: "nope" })).toBe(
      '"nope" is not a scenario on the checklist templates: pick one of Standard new client, Custom or high-risk deal, Operations to delivery, Expansion, renewal or change order, Owner transfer or recovery.',
    );
    expect(refusal({ ...newRequest(), scenarioId: " " })).toBe("Pick a scenario.");
    expect(emu.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("for saving a row: out-of-range rows, unknown handoff IDs, wrong types", async () => {
    const emu = await load();
    const view = start(emu, { scenarioId: "owner-transfer" });
    const item = view.items[0];
    if (!item) throw new Error("no item");
    const request = { ...item, handoffId: view.id, itemText: item.text, status: "Done" };
    const refusal = (raw: unknown) => emu.run("saveItem", [raw]).error?.message;
    expect(refusal({ ...request, row: 9999 })).toMatch(
      /^Row 9999 is not an item of this checklist \(its items are on rows 10–23\)\. Press Refresh in the sidebar and save again\.$/,
    );
    expect(refusal({ ...request, row: "nine" })).toBe(
      "Row must be a number: reload the sidebar and enter it again.",
    );
    expect(refusal({ ...request, handoffId: "HO-9999" })).toBe(
      "The tab of HO-9999 was deleted or its named range removed: run Refresh register.",
    );
    expect(refusal({ ...request, handoffId: "Acme" })).toBe(
      'Handoff ID "Acme" is not a handoff ID like HO-0007: open the handoff\'s tab and press Refresh in the sidebar.',
    );
    expect(refusal({ ...request, owner: "O".repeat(201) })).toBe("Owner: keep this under 200 characters.");
    const { notes: _n, ...noNotes } = request;
    expect(refusal(noNotes)).toMatch(/^Notes is missing: fill it in/);
  });

  it("for the decision and the audit", async () => {
    const emu = await load();
    const view = start(emu);
    const decision = decisionRequest(view.id);
    expect(emu.run("recordDecision", [{ ...decision, decision: "Maybe" }]).error?.message).toBe(
      "Decision: pick Go or Not yet.",
    );
    expect(emu.run("recordDecision", [{ ...decision, acknowledgedBy: ["Sam"] }]).error?.message).toBe(
      "Acknowledged by must be text: reload the sidebar and enter it again.",
    );
    expect(
      emu.run("buildAudit", [{ quarter: "2026-Q3", seed: "", size: "", ifExists: "replace" }]).error?.message,
    ).toBe("If the audit exists: choose whether to keep the existing sample or draw a new one.");
  });
});

describe("names as people type them", () => {
  it("takes bidi controls out of the tab name while the client cell keeps the text as typed", async () => {
    const emu = await load();
    const view = start(emu, { client: "Acme\u202e fdp.exe" });
    expect(view.sheetName).toBe("HO-0001 Acme fdp.exe");
    expect(emu.snapshot().sheets.find((s) => s.name === view.sheetName)?.cells[2]?.[1]?.v).toBe(
      "Acme\u202e fdp.exe",
    );
  });

  it("refuses a client name of invisible characters only, creating nothing", async () => {
    const emu = await load();
    const refused = emu.run("startHandoff", [newRequest({ client: "\u200b\u2066\u00a0" })]);
    expect(refused.error?.message).toBe(
      "Enter the client's name with letters or digits: this one has only spaces or invisible characters.",
    );
    expect(emu.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
