// The sidebar keeps what a person is doing while it refreshes (coming back from the sheet, ↻ Refresh,
// after a save), its gate stays in view, and the new-handoff form's own rules, in real Chromium.
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { HIGH_RISK_SECTION } from "../../src/core/checklist/sections";
import {
  acmeHandoff,
  createHandoffInSidebar,
  isoInDays,
  type OpenApp,
  showGateValues,
  useChromium,
  waitFor,
} from "./app";
import { axeViolations, sidebarFrame } from "./frame";

const ACME = acmeHandoff(/Standard new client/);

const session = useChromium();
let app: OpenApp | null = null;

const hasFocus = (control: Locator) => control.evaluate((el) => el === el.ownerDocument.activeElement);

/** Clicks the workbook area of the page (left of the 300 px sidebar): the sidebar loses the focus. */
async function clickSheet(a: OpenApp): Promise<void> {
  await a.page.mouse.click(300, 400);
  await waitFor(() => sidebarFrame(a).evaluate(() => !document.hasFocus()), "the sheet to take the focus");
}

/** A colleague types an owner on the active tab's `nth` item, so the next refresh has news to show. */
function colleagueAssignsSecondItem(a: OpenApp, nth = 2): void {
  const { model } = a.server.emulator;
  const sheet = model.activeSheet();
  let header: { row: number; col: number } | null = null;
  for (const [key, cell] of sheet.cells) {
    if (cell.value !== "Owner") continue;
    const [row, col] = key.split(":").map(Number) as [number, number];
    if (!header || row > header.row) header = { row, col };
  }
  if (!header) throw new Error("no Owner header");
  model.setValues(sheet.name, header.row + nth, header.col, [["Pat Kim"]]);
}

/** Waits until a refresh that started after `before` calls has shown "17 items without an owner yet" in the gate. */
async function refreshShowsColleague(a: OpenApp, before: number): Promise<void> {
  await waitFor(() => a.calls("getSidebarState") > before, "a refresh");
  await a.sidebar.getByTestId("gate-reasons").filter({ hasText: "17 items without an owner yet" }).waitFor();
}

describe("sidebar state survives refreshes", () => {
  it("keeps the text and the focus of a field typed in before clicking the sheet, and every keystroke after", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const item = app.sidebar.getByTestId("item");
    const evidence = item.getByLabel("Evidence");
    await evidence.click();
    await app.page.keyboard.type("https://exa");

    await clickSheet(app);
    colleagueAssignsSecondItem(app);
    const before = app.calls("getSidebarState");
    await evidence.click();
    await app.page.keyboard.type("mple.com/po-123");
    await refreshShowsColleague(app, before);
    await app.page.keyboard.type("4");

    await expect(evidence.inputValue()).resolves.toBe("https://example.com/po-1234");
    await expect(hasFocus(evidence)).resolves.toBe(true);
  });

  it("comes back from the sheet to another field: the typed text is still there and the new field takes every key", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const item = app.sidebar.getByTestId("item");
    const notes = item.getByLabel("Notes");
    await notes.fill("Waiting on the signed order form");
    await clickSheet(app);
    colleagueAssignsSecondItem(app);
    const before = app.calls("getSidebarState");
    const owner = item.getByLabel("Owner");
    await owner.click();
    await app.page.keyboard.type("Ana");
    await refreshShowsColleague(app, before);
    await app.page.keyboard.type(" Diaz");
    await expect(notes.inputValue()).resolves.toBe("Waiting on the signed order form");
    await expect(owner.inputValue()).resolves.toBe("Ana Diaz");
    await expect(hasFocus(owner)).resolves.toBe(true);
  });

  it("selects Go when it is the first click after returning from the sheet", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const s = app.sidebar;
    await s.getByTestId("decision-tab").click();
    const decision = s.getByTestId("decision");
    await clickSheet(app);
    colleagueAssignsSecondItem(app);
    const before = app.calls("getSidebarState");
    // Once checked, the chip's name gains its "✓ ": find Go by its value.
    const go = decision.locator('input[type="radio"][value="Go"]');
    await go.click();
    await refreshShowsColleague(app, before);
    await expect(go.isChecked()).resolves.toBe(true);
    await expect(hasFocus(go)).resolves.toBe(true);
    await expect(decision.getByTestId("override-note").isVisible()).resolves.toBe(true);
  });

  it("keeps drafts of other items and of the decision through ↻ Refresh, navigation and a save", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const s = app.sidebar;
    const item = s.getByTestId("item");
    const first = await item.getByTestId("item-text").textContent();
    await item.getByLabel("Notes").fill("Ask finance for the PO");
    await s.getByTestId("decision-tab").click();
    await s.getByTestId("decision").getByLabel("Acknowledged by").fill("Sam Ortiz");
    await s.getByTestId("items-tab").click();

    colleagueAssignsSecondItem(app);
    await s.getByTestId("refresh").click();
    await s.getByTestId("gate-reasons").filter({ hasText: "17 items without an owner yet" }).waitFor();
    await expect(item.getByLabel("Notes").inputValue()).resolves.toBe("Ask finance for the PO");

    // Save the second item; the first item's notes and the decision's name are still there.
    await item.getByTestId("next-item").click();
    await item.getByRole("radio", { name: "In progress" }).check();
    await item.getByLabel("Owner").fill("Ana Diaz");
    await item.getByLabel("Due").fill(isoInDays(7));
    const saves = app.calls("saveItem");
    await item.getByTestId("save-item").click();
    await waitFor(() => app?.calls("saveItem") === saves + 1, "saveItem");
    // The server has answered; the page has drawn its answer once the saved item reads as in progress.
    await s
      .getByTestId("item-jump")
      .locator("option", { hasText: "(in progress)" })
      .waitFor({ state: "attached" });
    await s
      .getByTestId("item-jump")
      .selectOption({ label: `○ ${first} (not started · to do: owner, due date, unsaved)` });
    await expect(item.getByLabel("Notes").inputValue()).resolves.toBe("Ask finance for the PO");
    await s.getByTestId("decision-tab").click();
    await expect(s.getByTestId("decision").getByLabel("Acknowledged by").inputValue()).resolves.toBe(
      "Sam Ortiz",
    );
  });

  it("↻ Refresh shows a colleague's edit of a field the person did not touch, beside what they typed", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const s = app.sidebar;
    const item = s.getByTestId("item");
    await item.getByLabel("Notes").fill("Ask finance for the PO");
    colleagueAssignsSecondItem(app, 1);
    await s.getByTestId("refresh").click();
    await s.getByTestId("gate-reasons").filter({ hasText: "17 items without an owner yet" }).waitFor();
    await expect(item.getByLabel("Owner").inputValue()).resolves.toBe("Pat Kim");
    await expect(item.getByLabel("Notes").inputValue()).resolves.toBe("Ask finance for the PO");
  });

  it("says when the item being typed in changed in the sheet, and ↻ Refresh shows it without losing the typing", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const s = app.sidebar;
    const item = s.getByTestId("item");
    const notes = item.getByLabel("Notes");
    await notes.fill("Ask finance");
    await clickSheet(app);
    colleagueAssignsSecondItem(app, 1);
    const before = app.calls("getSidebarState");
    await notes.click();
    await app.page.keyboard.press("End");
    await app.page.keyboard.type(" for the PO");
    await refreshShowsColleague(app, before);
    await s.getByTestId("item-stale").waitFor();
    await expect(notes.inputValue()).resolves.toBe("Ask finance for the PO");
    await expect(hasFocus(notes)).resolves.toBe(true);

    await s.getByTestId("refresh").click();
    await waitFor(
      async () => (await item.getByLabel("Owner").inputValue()) === "Pat Kim",
      "the colleague's owner",
    );
    await expect(notes.inputValue()).resolves.toBe("Ask finance for the PO");
    await expect(s.getByTestId("item-stale").count()).resolves.toBe(0);
  });

  it("↻ Refresh leaves the new-handoff form for the active tab, and the form keeps what was typed", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const s = app.sidebar;
    await s.getByTestId("new-handoff-button").click();
    await s.getByLabel("Client (required)", { exact: true }).fill("Globex");
    await s.getByTestId("refresh").click();
    await s.getByTestId("handoff-title").filter({ hasText: "HO-0001 · Acme Corp" }).waitFor();
    await expect(s.getByTestId("new-handoff").count()).resolves.toBe(0);

    await s.getByTestId("new-handoff-button").click();
    await expect(s.getByLabel("Client (required)", { exact: true }).inputValue()).resolves.toBe("Globex");
    // So does the audit form.
    await s.getByTestId("audit-button").click();
    await s.getByTestId("refresh").click();
    await s.getByTestId("handoff-title").waitFor();
  });
});

describe("sidebar layout", () => {
  it("keeps the gate in view while the item scrolls, with the decision one click away", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const frame = sidebarFrame(app);
    const s = app.sidebar;
    await frame.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(frame.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(200);
    const shown = await frame.evaluate(() => {
      const verdict = document.querySelector('[data-testid="verdict"]') as HTMLElement;
      const box = verdict.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { top: box.top, onTop: verdict.contains(top) };
    });
    expect(shown.onTop).toBe(true);
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.top).toBeLessThan(100);

    await s.getByTestId("decision-tab").click();
    await expect(s.getByTestId("decision").isVisible()).resolves.toBe(true);
    await expect(s.getByTestId("item").isVisible()).resolves.toBe(false);
    await expect(s.getByTestId("decision-tab").getAttribute("aria-selected")).resolves.toBe("true");
    expect(await axeViolations(frame)).toEqual([]);
  });
});

describe("sidebar views", () => {
  it("opens a handoff with nothing left to do on its Decision view, and one with work on its Items", async () => {
    app = await session.open({ demo: true });
    await showGateValues(app);
    const s = app.sidebar;
    const gates = app.page.locator("#gates li");
    await gates.first().waitFor();
    const tabOf = async (pattern: RegExp) =>
      (
        (await app?.page.locator("#gates li", { hasText: pattern }).first().getAttribute("data-gate")) ?? ""
      ).replace(/!B1$/, "");
    const done = await tabOf(/B1: GO$/);
    const open = await tabOf(/B1: NOT YET$/);
    await app.page.locator(`#tabs button[data-sheet="${done}"]`).click();
    await s.getByTestId("refresh").click();
    await s
      .getByTestId("handoff-title")
      .filter({ hasText: done.split(" ")[0] ?? done })
      .waitFor();
    await expect(s.getByTestId("decision").isVisible()).resolves.toBe(true);
    await app.page.locator(`#tabs button[data-sheet="${open}"]`).click();
    await s.getByTestId("refresh").click();
    await s
      .getByTestId("handoff-title")
      .filter({ hasText: open.split(" ")[0] ?? open })
      .waitFor();
    await expect(s.getByTestId("item").isVisible()).resolves.toBe(true);
    await expect(s.getByTestId("decision").isVisible()).resolves.toBe(false);
  });
});

describe("new-handoff form", () => {
  it("asks to confirm a target kickoff in the past before starting, then starts it", async () => {
    app = await session.open();
    const s = app.sidebar;
    await s.getByTestId("new-handoff-button").click();
    const form = s.getByTestId("new-handoff");
    await form.getByLabel("Client (required)", { exact: true }).fill("Initech");
    await form.getByRole("radio", { name: /Standard new client/ }).check();
    await form.getByLabel("Handoff owner (required)", { exact: true }).fill("Dana Lee");
    await form.getByLabel("Receiving owner (required)", { exact: true }).fill("Sam Ortiz");
    const past = isoInDays(-120);
    await form.getByLabel("Target kickoff").fill(past);
    await form.getByTestId("past-kickoff").waitFor();
    await form.getByTestId("start-handoff").click();
    await expect(form.getByTestId("new-alert").textContent()).resolves.toContain(
      `Target kickoff ${past} is already past`,
    );
    expect(app.calls("startHandoff")).toBe(0);
    const confirm = form.getByLabel(/Yes, the kickoff date is in the past/);
    await expect(hasFocus(confirm)).resolves.toBe(true);
    expect(await axeViolations(sidebarFrame(app))).toEqual([]);

    await confirm.check();
    await form.getByTestId("start-handoff").click();
    await s.getByTestId("handoff-title").filter({ hasText: "Initech" }).waitFor();
    expect(app.server.bridgeCalls.filter((c) => c.name === "startHandoff")).toEqual([
      { name: "startHandoff", ok: true },
    ]);
  });

  it("a new past date asks again; a date from today on asks nothing", async () => {
    app = await session.open();
    const s = app.sidebar;
    await s.getByTestId("new-handoff-button").click();
    const form = s.getByTestId("new-handoff");
    await form.getByLabel("Target kickoff").fill(isoInDays(-3));
    await form.getByLabel(/Yes, the kickoff date is in the past/).check();
    await form.getByLabel("Target kickoff").fill(isoInDays(-30));
    await expect(form.getByLabel(/Yes, the kickoff date is in the past/).isChecked()).resolves.toBe(false);
    await form.getByLabel("Target kickoff").fill(isoInDays(0));
    await expect(form.getByTestId("past-kickoff").isVisible()).resolves.toBe(false);
  });

  it("'none' typed as exceptions means no exceptions: no custom/high-risk items", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, { ...ACME, exceptions: "none" });
    const tab = app.server.emulator.model.activeSheet();
    const texts = [...tab.cells.values()].map((c) => String(c.value));
    expect(texts).not.toContain(HIGH_RISK_SECTION);
    expect(texts.filter((t) => t === "none")).toHaveLength(1);
  });

  it("shows the note for 'n/a' exceptions as typed, and only the form's own messages under its fields", async () => {
    app = await session.open();
    const s = app.sidebar;
    await s.getByTestId("new-handoff-button").click();
    const form = s.getByTestId("new-handoff");
    await form.getByLabel("This handoff has exceptions").check();
    await form.getByLabel("Exceptions", { exact: true }).fill("n/a");
    await form.getByTestId("no-exceptions-note").waitFor();
    await form.getByLabel("Exceptions", { exact: true }).fill("Custom SLA");
    await expect(form.getByTestId("no-exceptions-note").isVisible()).resolves.toBe(false);

    await form.getByTestId("start-handoff").click();
    const owner = form.getByLabel("Handoff owner (required)", { exact: true });
    await expect(describedMessages(owner)).resolves.toEqual(["Fix: Enter the handoff owner: one person."]);
    await owner.fill("TBD");
    await expect(describedMessages(owner)).resolves.toEqual([
      "Fix: Handoff owner “TBD” is not a person: enter the handoff owner's name.",
    ]);
    const text = (await form.textContent()) ?? "";
    expect(text).not.toMatch(/open item|in Owner/);
  });
});

describe("typed client", () => {
  it("calls endpoints on their runner and shows failures without the error type's prefix", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const frame = sidebarFrame(app);
    // A runner whose endpoints work only as its methods; the save fails as Apps Script reports it.
    await frame.evaluate(() => {
      const g = window as unknown as { google: { script: { run: Record<string, unknown> } } };
      const real = g.google.script.run;
      type Handlers = { ok?: (v: unknown) => void; fail?: (e: Error) => void };
      const strict = (h: Handlers): Record<string, unknown> => {
        const runner: Record<string, unknown> = {
          withSuccessHandler: (fn: (v: unknown) => void) => strict({ ...h, ok: fn }),
          withFailureHandler: (fn: (e: Error) => void) => strict({ ...h, fail: fn }),
        };
        for (const name of ["getSidebarState", "saveItem"]) {
          runner[name] = function (this: unknown, request: unknown) {
            if (this !== runner) throw new Error(`${name} called detached from its runner`);
            if (name === "saveItem") {
              const error = new Error("Exception: The tab is being edited by someone else.");
              error.name = "ScriptError";
              setTimeout(() => h.fail?.(error), 0);
              return;
            }
            const base = real.withSuccessHandler as (fn: unknown) => Record<string, unknown>;
            const next = base(h.ok).withFailureHandler as (fn: unknown) => Record<string, unknown>;
            (next(h.fail)[name] as (r: unknown) => void)(request);
          };
        }
        return runner;
      };
      g.google.script.run = strict({});
    });
    const s = app.sidebar;
    colleagueAssignsSecondItem(app);
    await s.getByTestId("refresh").click();
    await s.getByTestId("gate-reasons").filter({ hasText: "17 items without an owner yet" }).waitFor();
    const item = s.getByTestId("item");
    await item.getByRole("radio", { name: "In progress" }).check();
    await item.getByLabel("Owner").fill("Ana Diaz");
    await item.getByLabel("Due").fill(isoInDays(7));
    await item.getByTestId("save-item").click();
    await expect(item.getByTestId("item-alert").textContent()).resolves.toBe(
      "Not saved: The tab is being edited by someone else.",
    );
  });
});

async function describedMessages(control: Locator): Promise<string[]> {
  return control.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .flatMap((id) => [...(document.getElementById(id)?.querySelectorAll(".msg") ?? [])])
      .map((m) => m.textContent ?? ""),
  );
}
