import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index";
import { saveItemRequestFor } from "../../src/core/api/requests";
import type { HandoffView, SidebarState } from "../../src/core/api/views";
import { activate, cellOf, load, newRequest, ok, sheetOf, start } from "./helpers";

const SHEET = "Checklist templates";

/** The 1-based row of the templates sheet whose column `column` shows `text`. */
function rowWith(emu: Emulator, column: number, text: string): number {
  const cells = sheetOf(emu.snapshot(), SHEET).cells;
  const i = cells.findIndex((line) => String(line[column - 1]?.v ?? "") === text);
  if (i < 0) throw new Error(`no row with ${text}`);
  return i + 1;
}

/** Extensions → Handoff Gate → Edit checklist templates…, as a person clicks it. */
function editTemplates(emu: Emulator) {
  ok(emu.runTrigger("onOpen", { authMode: "NONE" }));
  return ok(emu.clickMenuItem("Edit checklist templates…"));
}

/** The 1-based row of a sheet whose column 2 (Item ID) shows `text`. */
function rowWith2(emu: Emulator, sheet: string, text: string): number {
  const i = sheetOf(emu.snapshot(), sheet).cells.findIndex((line) => String(line[1]?.v ?? "") === text);
  if (i < 0) throw new Error(`no row with ${text}`);
  return i + 1;
}

/** What a tab shows beside its "Template" label. */
function templateCell(emu: Emulator, name: string): string {
  for (const line of sheetOf(emu.snapshot(), name).cells) {
    const at = line.findIndex((c) => c?.v === "Template");
    if (at >= 0) return String(line[at + 1]?.v ?? "");
  }
  throw new Error(`no Template label on ${name}`);
}

/** The tab's gate formula (the header cell whose formula is HANDOFF_GATE without detail). */
function gateFormula(emu: Emulator, name: string): string {
  const cells = sheetOf(emu.snapshot(), name).cells.flat();
  return String(cells.find((c) => /^=HANDOFF_GATE\(.*FALSE/.test(String(c?.f ?? "")))?.f ?? "");
}

function logRows(emu: Emulator): string[][] {
  const log = emu.snapshot().sheets.find((s) => s.name === "Handoff log");
  return (log?.cells ?? []).map((line) => line.map((c) => String(c?.v ?? "")));
}

describe("Checklist templates (built bundle in the emulation)", () => {
  it("creates the sheet with the built-in scenarios and review, each at version 1", async () => {
    const emu = await load();
    const opened = editTemplates(emu);
    expect(String(opened.value)).toMatch(/Standard new client v1/);
    const snap = emu.snapshot();
    expect(snap.activeSheet).toBe(SHEET);
    expect(rowWith(emu, 1, "Scenario ID")).toBeLessThan(rowWith(emu, 2, "Item ID"));
    expect(cellOf(snap, SHEET, rowWith(emu, 2, "std-10"), 5).v).toBe("acknowledgement");
    expect(cellOf(snap, SHEET, rowWith(emu, 2, "std-10"), 7).v).toBe(2);
    expect(cellOf(snap, SHEET, rowWith(emu, 1, "custom-high-risk"), 4).v).toBe("custom/high-risk path");
    expect(cellOf(snap, SHEET, rowWith(emu, 1, "double-check"), 4).v).toBe("double-check review");
    // The help text spans the sheet's columns, so it reads as a paragraph, not a narrow column.
    expect(sheetOf(snap, SHEET).merges).toContainEqual(expect.stringMatching(/^B1:[F-Z]1$/));
    // Opening it again changes nothing: same content, same versions.
    const again = editTemplates(emu);
    expect(String(again.value)).toMatch(/are valid/);
  });

  it("a person's own sheet named Checklist templates is never taken over", async () => {
    const emu = await load();
    emu.model.addSheet(SHEET);
    emu.model.setValues(SHEET, 1, 1, [["my notes"]]);
    editTemplates(emu);
    const snap = emu.snapshot();
    expect(cellOf(snap, SHEET, 1, 1).v).toBe("my notes");
    expect(sheetOf(snap, `${SHEET} (2)`).cells.length).toBeGreaterThan(40);
  });

  it("an edited item gives the scenario a new version, with history, log and the stamp on new handoffs", async () => {
    const emu = await load(undefined, "America/Los_Angeles");
    editTemplates(emu);
    const std2 = rowWith(emu, 2, "std-02");
    emu.model.setValues(SHEET, std2, 4, [["Capture client details and the billing contact."]]);
    // A new item typed with a blank Item ID, inserted after std-10.
    const std10 = rowWith(emu, 2, "std-10");
    const sheet = emu.model.sheetByName(SHEET);
    if (!sheet) throw new Error("no sheet");
    emu.model.insertRows(sheet, std10 + 1, 1);
    emu.model.setValues(SHEET, std10 + 1, 1, [
      ["standard-new-client", "", "Risk", "Check the last failed handoff's lessons.", "task", true, 5],
    ]);
    const view = start(emu);
    expect(view.templateRef).toMatch(/^standard-new-client@2\+double-check@1$/);
    expect(view.items.map((i) => i.text)).toContain("Check the last failed handoff's lessons.");
    expect(view.items.map((i) => i.text)).toContain("Capture client details and the billing contact.");
    const snap = emu.snapshot();
    expect(cellOf(snap, SHEET, std10 + 1, 2).v).toBe("std-11");
    const history = rowWith(emu, 5, "What changed");
    const lines = sheetOf(snap, SHEET)
      .cells.slice(history)
      .map((l) => l.map((c) => String(c?.v ?? "")));
    const v2 = lines.find((l) => l[0] === "standard-new-client" && l[1] === "2");
    expect(v2?.[4]).toMatch(
      /^1 item added, 1 reworded\. added: std-11 "Check the last failed handoff's lessons\."/,
    );
    expect(v2?.[2]).toMatch(/^2026-11-24T07:00:00-08:00$/);
    expect(
      logRows(emu).some(
        (l) =>
          l[3] === "template change" &&
          /Standard new client v1 → v2: 1 item added, 1 reworded/.test(l[4] ?? ""),
      ),
    ).toBe(true);
    // Nothing changes again: the next handoff uses v2 too and no new history row appears.
    const next = start(emu, { client: "Beta" });
    expect(next.templateRef).toBe("standard-new-client@2+double-check@1");
    // The tab says it in plain words, with the names the sheet gives.
    expect(templateCell(emu, next.sheetName)).toBe("Standard new client v2 + Double-check before go v1");
  });

  it("the picker follows the sheet: a scenario added is offered, a retired one is not", async () => {
    const emu = await load();
    editTemplates(emu);
    const xfer = rowWith(emu, 1, "owner-transfer");
    emu.model.setValues(SHEET, xfer, 5, [[false]]);
    const sheet = emu.model.sheetByName(SHEET);
    if (!sheet) throw new Error("no sheet");
    emu.model.insertRows(sheet, xfer + 1, 1);
    emu.model.setValues(SHEET, xfer + 1, 1, [
      ["managed-it", "Managed IT service", "A client buys our new managed IT line.", "scenario", true, ""],
    ]);
    const dc = rowWith(emu, 2, "dc-01");
    emu.model.insertRows(sheet, dc, 2);
    emu.model.setValues(SHEET, dc, 1, [
      ["managed-it", "", "Setup", "Inventory the client's devices.", "task", true, ""],
      ["managed-it", "", "Setup", "Agree the monitoring runbook.", "attachment", false, 3],
    ]);
    const state = ok(emu.run("getSidebarState", [{}])).value as SidebarState;
    const names = state.scenarios.map((s) => s.name);
    expect(names).toContain("Managed IT service");
    expect(names).not.toContain("Owner transfer or recovery");
    expect(state.scenarios.find((s) => s.id === "managed-it")?.itemCount).toBe(10);
    const view = start(emu, { scenarioId: "managed-it" });
    expect(view.scenario).toBe("Managed IT service");
    expect(view.templateRef).toBe("Managed IT service v1 + Double-check before go v1");
    const retired = emu.run("startHandoff", [newRequest({ scenarioId: "owner-transfer" })]);
    expect(retired.error?.message).toMatch(
      /"owner-transfer" is not a scenario on the checklist templates: pick one of/,
    );
  });

  it("a scenario name that reads like a formula is written as text on the tab and in the register", async () => {
    const emu = await load();
    editTemplates(emu);
    const std = rowWith(emu, 1, "standard-new-client");
    // The owner types it with an apostrophe, so the templates sheet holds the text.
    emu.model.setValues(SHEET, std, 2, [["'+Plus onboarding"]]);
    expect(cellOf(emu.snapshot(), SHEET, std, 2).v).toBe("+Plus onboarding");
    const view = start(emu);
    expect(view.scenario).toBe("+Plus onboarding");
    expect(templateCell(emu, view.sheetName)).toBe("+Plus onboarding v1 + Double-check before go v1");
    const tab = sheetOf(emu.snapshot(), view.sheetName).cells.flat();
    const register = sheetOf(emu.snapshot(), "Handoffs").cells;
    const header = (register[0] ?? []).map((c) => String(c?.v ?? ""));
    const line = register[1] ?? [];
    expect(line[header.indexOf("Scenario")]?.v).toBe("+Plus onboarding");
    expect(line[header.indexOf("First uses")]?.v).toMatch(/^\+Plus onboarding v1: use 1 of 5/);
    for (const cell of [...tab, ...line].filter((c) => String(c?.v ?? "").includes("+Plus")))
      expect(cell?.f ?? "").toBe("");
  });

  it("a broken sheet never stops New handoff: it uses the last valid version and says which row to fix", async () => {
    const emu = await load();
    editTemplates(emu);
    const std3 = rowWith(emu, 2, "std-03");
    emu.model.setValues(SHEET, std3, 5, [["checklist"]]);
    emu.model.setValues(SHEET, rowWith(emu, 2, "std-04"), 4, [[""]]);
    const state = ok(emu.run("getSidebarState", [{}])).value as SidebarState;
    expect(state.templatesNotice).toMatch(
      new RegExp(
        `row ${std3}, Kind: Kind "checklist" is not one of: task, attachment, approval, acknowledgement, review`,
      ),
    );
    expect(state.templatesNotice).toMatch(
      /Item: Item is empty: write what has to be done, or delete the row/,
    );
    const result = ok(emu.run("startHandoff", [newRequest()]));
    expect((result.value as { templateRef: string }).templateRef).toBe(
      "standard-new-client@1+double-check@1",
    );
    expect(result.toasts[0]?.message).toMatch(
      /so handoffs start from the last valid version until it is fixed/,
    );
  });

  it("more than one custom/high-risk path, or none, or no review, is named", async () => {
    const emu = await load();
    editTemplates(emu);
    emu.model.setValues(SHEET, rowWith(emu, 1, "expansion-change"), 4, [["custom/high-risk path"]]);
    emu.model.setValues(SHEET, rowWith(emu, 1, "double-check"), 5, [[false]]);
    const state = ok(emu.run("getSidebarState", [{}])).value as SidebarState;
    expect(state.templatesNotice).toMatch(/More than one custom\/high-risk path/);
    expect(state.templatesNotice).toMatch(/No active double-check review/);
  });

  it("reading the templates costs two calls, the same for 10 and 200 template rows", async () => {
    const counts: number[] = [];
    for (const extra of [0, 150]) {
      const emu = await load();
      editTemplates(emu);
      if (extra) {
        const sheet = emu.model.sheetByName(SHEET);
        if (!sheet) throw new Error("no sheet");
        const at = rowWith(emu, 2, "dc-01");
        emu.model.insertRows(sheet, at, extra);
        emu.model.setValues(
          SHEET,
          at,
          1,
          Array.from({ length: extra }, (_, i) => [
            "ops-to-delivery",
            `ops-x${i}`,
            "Project start",
            `Extra step ${i}.`,
            "task",
            true,
            "",
          ]),
        );
      }
      start(emu, { client: "Warm-up" });
      const calls = ok(emu.run("startHandoff", [newRequest({ client: "Measured" })])).calls;
      counts.push(calls.total);
      expect(calls.byMethod["Spreadsheet.getRangeByName"]).toBe(1);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(57);
  });

  it("the register shows a handoff among the first five uses of a version, and the audit samples them", async () => {
    const emu = await load();
    for (const client of ["A", "B", "C", "D", "E", "F"]) start(emu, { client });
    editTemplates(emu);
    emu.model.setValues(SHEET, rowWith(emu, 2, "std-05"), 6, [[false]]);
    start(emu, { client: "G" });
    start(emu, { client: "H", scenarioId: "ops-to-delivery" });
    const register = sheetOf(emu.snapshot(), "Handoffs").cells.map((l) => l.map((c) => String(c?.v ?? "")));
    const column = (register[0] ?? []).indexOf("First uses");
    expect(column).toBeGreaterThan(0);
    expect(register.slice(1, 9).map((l) => l[column])).toEqual([
      "Standard new client v1: use 1 of 5; Double-check before go v1: use 1 of 5",
      "Standard new client v1: use 2 of 5; Double-check before go v1: use 2 of 5",
      "Standard new client v1: use 3 of 5; Double-check before go v1: use 3 of 5",
      "Standard new client v1: use 4 of 5; Double-check before go v1: use 4 of 5",
      "Standard new client v1: use 5 of 5; Double-check before go v1: use 5 of 5",
      "",
      "Standard new client v2: use 1 of 5",
      "Operations to delivery v1: use 1 of 5",
    ]);
    const history = rowWith(emu, 5, "What changed");
    const v2 = sheetOf(emu.snapshot(), SHEET)
      .cells.slice(history)
      .find((l) => l[1]?.v === 2);
    expect(String(v2?.[4]?.v)).toBe("1 item required changed. required changed: std-05 now optional");
  });

  it("due dates from kickoff follow each item's days before kickoff on the templates", async () => {
    const emu = await load();
    editTemplates(emu);
    emu.model.setValues(SHEET, rowWith(emu, 2, "std-01"), 7, [[10]]);
    const view = start(emu, { targetKickoff: "2026-12-31" });
    const outcome = ok(emu.run("dueDatesFromKickoff", [{ handoffId: view.id }])).value as {
      handoff: { items: { text: string; due: string }[] };
    };
    const due = outcome.handoff.items.map((i) => i.due);
    expect(due.slice(0, 2)).toEqual(["2026-12-21", "2026-12-24"]);
    expect(due[9]).toBe("2026-12-29");
    expect(due[10]).toBe("2026-12-30");
  });

  it("upgrades an older handoff: typed cells kept, new item added, reworded text, removed item N/A; one log entry", async () => {
    const emu = await load(undefined, "Asia/Tokyo");
    const view = start(emu);
    const first = view.items[0];
    if (!first) throw new Error("no item");
    ok(
      emu.run("saveItem", [
        saveItemRequestFor(view.id, first, {
          ...first,
          status: "In progress",
          owner: "Dana Lee",
          due: "2026-11-30",
          notes: "waiting on legal",
        }),
      ]),
    );
    const std9 = view.items.find((i) => i.text.startsWith("Review risk flags"));
    if (!std9) throw new Error("no std-09");
    ok(emu.run("saveItem", [saveItemRequestFor(view.id, std9, { ...std9, owner: "Sam Ortiz" })]));

    editTemplates(emu);
    const sheet = emu.model.sheetByName(SHEET);
    if (!sheet) throw new Error("no sheet");
    emu.model.setValues(SHEET, rowWith(emu, 2, "std-02"), 4, [
      ["Capture client details, including the billing contact."],
    ]);
    emu.model.deleteRows(sheet, rowWith(emu, 2, "std-09"), 1);
    const std5 = rowWith(emu, 2, "std-05");
    emu.model.insertRows(sheet, std5 + 1, 1);
    emu.model.setValues(SHEET, std5 + 1, 1, [
      ["standard-new-client", "", "Scope", "Name the success measures.", "task", true, ""],
    ]);
    ok(emu.run("editChecklistTemplates"));

    activate(emu, view.sheetName);
    const state = ok(emu.run("getSidebarState", [{}])).value as SidebarState;
    expect(state.upgrade).toEqual({
      message: "Template updated (v1 → v2): 1 item added, 1 reworded, 1 removed",
      removedWorked: 1,
    });
    const upgraded = ok(emu.run("upgradeHandoff", [{ handoffId: view.id, removed: "mark-na" }]))
      .value as HandoffView;
    expect(upgraded.templateRef).toBe("standard-new-client@2+double-check@1");
    const texts = upgraded.items.map((i) => i.text);
    expect(texts.indexOf("Name the success measures.")).toBe(texts.indexOf(view.items[4]?.text ?? "?") + 1);
    expect(texts).toContain("Capture client details, including the billing contact.");
    const kept = upgraded.items[0];
    expect([kept?.status, kept?.owner, kept?.due, kept?.notes]).toEqual([
      "In progress",
      "Dana Lee",
      "2026-11-30",
      "waiting on legal",
    ]);
    const removed = upgraded.items.find((i) => i.text.startsWith("Review risk flags"));
    expect([removed?.status, removed?.owner, removed?.notes, removed?.required]).toEqual([
      "N/A",
      "Sam Ortiz",
      "removed in v2",
      false,
    ]);
    expect(upgraded.items).toHaveLength(view.items.length + 1);
    expect(upgraded.items.every((i) => i.findings.every((f) => f.severity !== "error"))).toBe(true);
    const snap = emu.snapshot();
    const struck = sheetOf(snap, view.sheetName)
      .cells.flatMap((line) => (line[1]?.fontLine === "line-through" ? [String(line[1]?.v)] : []))
      .concat(
        sheetOf(snap, view.sheetName).cells.flatMap((line) => (line[5]?.fontLine ? ["owner cell too"] : [])),
      );
    expect(struck).toEqual([removed?.text, "owner cell too"]);
    // The gate's range grew with the rows the upgrade inserted: header row 9, then every item.
    expect(gateFormula(emu, view.sheetName)).toMatch(
      new RegExp(`^=HANDOFF_GATE\\(A9:J${9 + upgraded.items.length},`),
    );
    expect(templateCell(emu, view.sheetName)).toBe("Standard new client v2 + Double-check before go v1");
    expect(
      logRows(emu)
        .filter((l) => l[2] === view.id && l[3] === "template change")
        .map((l) => l[4]),
    ).toEqual([
      "Upgraded standard-new-client@1+double-check@1 → standard-new-client@2+double-check@1: 1 item added, 1 reworded, 1 removed; removed items marked N/A",
    ]);
    const after = ok(emu.run("getSidebarState", [{}])).value as SidebarState;
    expect(after.upgrade).toBeNull();
  });

  it("resets one scenario to the built-in defaults after a confirmation, as a new version", async () => {
    const emu = await load();
    editTemplates(emu);
    const sheet = emu.model.sheetByName(SHEET);
    if (!sheet) throw new Error("no sheet");
    emu.model.setValues(SHEET, rowWith(emu, 2, "chg-02"), 4, [["Compare scopes."]]);
    emu.model.deleteRows(sheet, rowWith(emu, 2, "chg-05"), 1);
    emu.model.setValues(SHEET, rowWith(emu, 1, "expansion-change"), 2, [["Changes"]]);
    const opsText = cellOf(emu.snapshot(), SHEET, rowWith(emu, 2, "ops-02"), 4).v;
    expect(start(emu, { scenarioId: "expansion-change" }).templateRef).toBe(
      "Changes v2 + Double-check before go v1",
    );

    emu.ui.queuePrompt({ button: "OK", text: "expansion-change" });
    emu.ui.queueAlert("NO");
    const declined = ok(emu.run("resetTemplateToDefaults"));
    expect(declined.value).toBe("");
    expect(cellOf(emu.snapshot(), SHEET, rowWith(emu, 2, "chg-02"), 4).v).toBe("Compare scopes.");

    emu.ui.queuePrompt({ button: "OK", text: "expansion-change" });
    emu.ui.queueAlert("YES");
    const reset = ok(emu.run("resetTemplateToDefaults"));
    expect(reset.value).toBe('"Expansion, renewal or change order" is back to the built-in defaults (v3).');
    const snap = emu.snapshot();
    expect(cellOf(snap, SHEET, rowWith(emu, 1, "expansion-change"), 2).v).toBe(
      "Expansion, renewal or change order",
    );
    expect(String(cellOf(snap, SHEET, rowWith(emu, 2, "chg-02"), 4).v)).toMatch(
      /^Compare old scope to new scope/,
    );
    expect(rowWith(emu, 2, "chg-05")).toBe(rowWith(emu, 2, "chg-04") + 1);
    expect(cellOf(snap, SHEET, rowWith(emu, 2, "ops-02"), 4).v).toBe(opsText);
    const view = start(emu, { scenarioId: "expansion-change", client: "After reset" });
    expect(view.templateRef).toBe("expansion-change@3+double-check@1");
    expect(view.items).toHaveLength(6 + 8);
  });

  it("finds the sheet by its metadata when someone removed its named range, renamed and moved it", async () => {
    const emu = await load();
    editTemplates(emu);
    const sheet = emu.model.sheetByName(SHEET);
    if (!sheet) throw new Error("no sheet");
    emu.model.namedRanges.clear();
    sheet.name = "Our checklists";
    emu.model.insertRows(sheet, 1, 3);
    emu.model.setValues("Our checklists", rowWith2(emu, "Our checklists", "std-03"), 4, [
      ["Attach the signed SOW."],
    ]);
    const view = start(emu);
    expect(view.templateRef).toBe("standard-new-client@2+double-check@1");
    expect(view.items.map((i) => i.text)).toContain("Attach the signed SOW.");
  });

  it("a deleted templates sheet leaves New handoff on the last recorded versions", async () => {
    const emu = await load();
    editTemplates(emu);
    emu.model.setValues(SHEET, rowWith(emu, 2, "std-03"), 4, [["Attach the signed SOW."]]);
    start(emu);
    const sheet = emu.model.sheetByName(SHEET);
    if (!sheet) throw new Error("no sheet");
    emu.model.removeSheet(sheet);
    const view = start(emu, { client: "After delete" });
    expect(view.templateRef).toBe("standard-new-client@2+double-check@1");
    expect(view.items.map((i) => i.text)).toContain("Attach the signed SOW.");
  });
});
