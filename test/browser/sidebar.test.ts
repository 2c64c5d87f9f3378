// The sidebar in real Chromium, against the built bundle running in the emulation behind `npm start`'s
// server: creating a handoff, walking it to GO, live validation before any server call, server failures,
// the workbook view following, keyboard-only use, text never becoming markup, and axe-core.
import { describe, expect, it } from "vitest";
import { COLORS } from "../../src/core/sheet/format-specs";
import {
  acmeHandoff,
  createHandoffInSidebar,
  isoInDays,
  type OpenApp,
  showGateValues,
  useChromium,
  waitFor,
} from "./app";
import { CHROMIUM_PATH, launchChromium } from "./browser";
import { axeViolations, sidebarFrame } from "./frame";

const ACME = acmeHandoff(/Expansion, renewal or change order/);

const session = useChromium();
let app: OpenApp | null = null;

/** Marks the current item Done with evidence and an approver (enough for every kind) and saves it. */
async function completeCurrentItem(a: OpenApp): Promise<void> {
  const item = a.sidebar.getByTestId("item");
  await item.getByRole("radio", { name: "Done" }).check();
  // A required item counts as Done only with its one accountable owner (issue 18).
  await item.getByLabel("Owner", { exact: true }).fill("Robin Park");
  await item.getByLabel("Evidence").fill("https://example.com/evidence");
  await item.getByLabel("Approved by").fill("Robin Park");
  await item.getByTestId("save-item").click();
}

describe("browser", () => {
  it("fails with a message naming the fix when no Chromium exists", async () => {
    await expect(launchChromium("/nonexistent/chromium")).rejects.toThrow(
      /No Chromium at \/nonexistent\/chromium: .*apt-get install --no-install-recommends chromium/,
    );
    expect(CHROMIUM_PATH).toBeTruthy();
  });
});

describe("sidebar in Chromium", () => {
  it("creates a handoff from the sidebar: new tab, register row, walkthrough of its first item", async () => {
    app = await session.open();
    const s = app.sidebar;
    await expect(s.getByTestId("no-handoff").textContent()).resolves.toContain("No handoff on this tab");
    await s.getByTestId("start-new").click();
    await createHandoffInSidebar(app, ACME);

    await expect(s.getByTestId("handoff-title").textContent()).resolves.toBe("HO-0001 · Acme Corp");
    await expect(s.getByTestId("verdict").textContent()).resolves.toContain("NOT YET");
    await expect(s.getByTestId("item").getByRole("heading", { level: 2 }).textContent()).resolves.toMatch(
      /^Item 1 of \d+$/,
    );
    // Section, kind and whether it is required, in the words the tab shows.
    await s
      .getByTestId("item")
      .getByText(/^[^·]+ · (Task|Attachment|Approval|Acknowledgement|Review) · (Required|Optional)$/)
      .waitFor();
    expect(app.calls("startHandoff")).toBe(1);

    const { model } = app.server.emulator;
    expect(model.sheets.map((sh) => sh.name)).toContain("Handoffs");
    expect(model.activeSheet().name).toMatch(/^HO-0001/);
    // The page shows the new tab as the active one.
    await app.page.locator(`#tabs button[aria-selected="true"]`, { hasText: "HO-0001" }).waitFor();
  });

  it("walks a handoff to GO with one google.script.run call per step; the workbook's gate and colours follow", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const s = app.sidebar;
    const total = Number(
      /of (\d+)/.exec(
        (await s.getByTestId("item").getByRole("heading", { level: 2 }).textContent()) ?? "",
      )?.[1],
    );
    expect(total).toBeGreaterThan(3);
    const tab = app.server.emulator.model.activeSheet().name;

    for (let step = 0; step < total; step++) {
      const callsBefore = app.server.bridgeCalls.length;
      const heading = await s.getByTestId("item-text").textContent();
      await completeCurrentItem(app);
      if (step < total - 1) {
        await waitFor(async () => (await s.getByTestId("item-text").textContent()) !== heading, "next item");
      } else {
        await s.getByTestId("verdict").filter({ hasText: "GO" }).filter({ hasNotText: "NOT" }).waitFor();
      }
      const stepCalls = app.server.bridgeCalls.slice(callsBefore);
      expect(stepCalls.map((c) => `${c.name}:${c.ok}`)).toEqual(["saveItem:true"]);
    }
    await expect(s.getByTestId("verdict").textContent()).resolves.toBe("✓Gate: GO");
    await expect(s.locator("progress").getAttribute("value")).resolves.toBe(
      await s.locator("progress").getAttribute("max"),
    );

    // The workbook view: the tab's HANDOFF_GATE cells now say GO on the GO colours of the conditional rule.
    await showGateValues(app);
    const gateItem = app.page.locator(`#gates li[data-gate^="${tab}!"]`).first();
    await gateItem.filter({ hasText: /: GO$/ }).waitFor();
    await app.page.locator(`#tabs button[data-sheet="${tab}"]`).waitFor();
    const gateCell = app.page.locator("#grid td", { hasText: /^GO$/ }).first();
    await gateCell.waitFor();
    const colours = await gateCell.evaluate((td) => ({
      bg: getComputedStyle(td).backgroundColor,
      fg: getComputedStyle(td).color,
    }));
    expect(colours).toEqual({ bg: rgb(COLORS.goBg), fg: rgb(COLORS.goText) });
    // Status cells of done items carry the Done rule's colours.
    const doneCell = app.page.locator("#grid td", { hasText: /^Done$/ }).first();
    await expect(doneCell.evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(
      rgb(COLORS.goBg),
    );

    // Decision: Go with the receiving team's acknowledgement.
    const decision = s.getByTestId("decision");
    await decision.getByRole("radio", { name: "Go", exact: true }).check();
    await expect(decision.getByTestId("override-note").isVisible()).resolves.toBe(false);
    await decision.getByLabel("Acknowledged by").fill("Sam Ortiz");
    // A name with no date yet is acknowledged today where the spreadsheet is.
    await expect(decision.getByLabel("Acknowledged on").inputValue()).resolves.toBe(isoInDays(0));
    await decision.getByTestId("save-decision").click();
    await s.getByTestId("decision-recorded").filter({ hasText: "Recorded: Go." }).waitFor();
    // The name typed, the signed-in email that recorded it (from the log entry), and the date.
    await expect(s.getByTestId("decision-recorded").textContent()).resolves.toMatch(
      new RegExp(
        `Acknowledged by Sam Ortiz \\(signed in as user@example\\.com on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\) on ${isoInDays(0)}\\.`,
      ),
    );
    expect(app.calls("recordDecision")).toBe(1);
  });

  it("shows what to fix for a shared owner or a bad due date before any server call", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const item = app.sidebar.getByTestId("item");
    await item.getByRole("radio", { name: "In progress" }).check();
    await item.getByLabel("Owner").fill("Sales/Ops");
    // A date typed half-way in the date picker (month only).
    await item.getByLabel("Due").click();
    await app.page.keyboard.type("12");

    const owner = item.getByLabel("Owner");
    await expect(owner.getAttribute("aria-invalid")).resolves.toBe("true");
    const ownerHelp = await describedText(owner);
    expect(ownerHelp).toContain('"Sales/Ops" names more than one person');
    expect(await describedText(item.getByLabel("Due"))).toContain("Due is not a complete date");

    await item.getByTestId("save-item").click();
    await expect(item.getByTestId("item-alert").textContent()).resolves.toMatch(
      /^Not saved: .*more than one person/,
    );
    expect(app.calls("saveItem")).toBe(0);

    await owner.fill("Ana Diaz");
    await item.getByLabel("Due").fill(isoInDays(14));
    await expect(owner.getAttribute("aria-invalid")).resolves.toBeNull();
    await expect(item.getByTestId("item-summary").textContent()).resolves.toBe("Ready to save.");
    expect(app.calls("saveItem")).toBe(0);
    await item.getByTestId("save-item").dblclick();
    await waitFor(() => app?.calls("saveItem") === 1, "one saveItem");
    await new Promise((r) => setTimeout(r, 300));
    expect(app.calls("saveItem")).toBe(1);
  });

  it("asks for an override reason and approver before recording Go against NOT YET", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    await app.sidebar.getByTestId("decision-tab").click();
    const decision = app.sidebar.getByTestId("decision");
    await expect(decision.getByTestId("override-note").isVisible()).resolves.toBe(false);
    await decision.getByRole("radio", { name: "Go", exact: true }).check();
    await decision.getByTestId("override-note").waitFor();
    await decision.getByTestId("save-decision").click();
    await expect(decision.getByTestId("decision-alert").textContent()).resolves.toMatch(
      /^Not saved: Go while the gate says NOT YET is an override: write the reason/,
    );
    expect(await describedText(decision.getByLabel("Override approved by"))).toContain(
      "name who approved it",
    );
    expect(app.calls("recordDecision")).toBe(0);

    await decision.getByLabel("Override reason").fill("Client kickoff is fixed by contract");
    await decision.getByLabel("Override approved by").fill("Morgan Chen");
    await decision.getByTestId("save-decision").click();
    await app.sidebar
      .getByTestId("decision-recorded")
      .filter({ hasText: "Recorded: Go (override of NOT YET)." })
      .waitFor();
    expect(app.calls("recordDecision")).toBe(1);
    await app.page.locator("#grid td", { hasText: /^Client kickoff is fixed by contract$/ }).waitFor();
  });

  it("shows a server failure's message and keeps the form as typed", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const item = app.sidebar.getByTestId("item");
    const text = (await item.getByTestId("item-text").textContent()) ?? "";
    await item.getByRole("radio", { name: "Blocked" }).check();
    await item.getByLabel("Owner").fill("Ana Diaz");
    await item.getByLabel("Due").fill(isoInDays(7));
    await item.getByLabel("Notes").fill("Waiting on the signed order form");

    // A colleague edits the item's text in the sheet while the sidebar shows it.
    const { emulator } = app.server;
    const sheet = emulator.model.activeSheet();
    const at = findCell(sheet.cells, text);
    emulator.model.setValues(sheet.name, at.row, at.col, [["Reworded by a colleague"]]);

    await item.getByTestId("save-item").click();
    const alert = item.getByTestId("item-alert");
    await alert.filter({ hasText: "changed since the sidebar loaded it" }).waitFor();
    await expect(alert.textContent()).resolves.toContain("Press Refresh and save again.");
    expect(app.server.bridgeCalls.filter((c) => c.name === "saveItem")).toEqual([
      { name: "saveItem", ok: false },
    ]);
    await expect(item.getByRole("radio", { name: "Blocked" }).isChecked()).resolves.toBe(true);
    await expect(item.getByLabel("Owner").inputValue()).resolves.toBe("Ana Diaz");
    await expect(item.getByLabel("Due").inputValue()).resolves.toBe(isoInDays(7));
    await expect(item.getByLabel("Notes").inputValue()).resolves.toBe("Waiting on the signed order form");
  });

  it("signed into several Google accounts, tells the person to use one account and keeps the typed form", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const item = app.sidebar.getByTestId("item");
    await item.getByLabel("Notes").fill("Call on Monday");
    // Every google.script.run call now fails with PERMISSION_DENIED (emulator/script-run.ts).
    app.server.emulator.setMultipleAccounts(true);
    await app.sidebar.getByTestId("refresh").click();
    const alert = app.sidebar.getByTestId("page-alert");
    await alert.filter({ hasText: "private (incognito) window" }).waitFor({ timeout: 5000 });
    await expect(alert.textContent()).resolves.toMatch(/sign in with one account only/);
    await expect(alert.textContent()).resolves.not.toMatch(/PERMISSION_DENIED/);
    await item.getByRole("radio", { name: "In progress" }).check();
    await item.getByLabel("Owner").fill("Ana Diaz");
    await item.getByLabel("Due").fill(isoInDays(7));
    await item.getByTestId("save-item").click();
    await item.getByTestId("item-alert").filter({ hasText: "one account only" }).waitFor({ timeout: 5000 });
    await expect(item.getByLabel("Notes").inputValue()).resolves.toBe("Call on Monday");
    app.server.emulator.setMultipleAccounts(false);
    await app.sidebar.getByTestId("refresh").click();
    await waitFor(async () => (await alert.textContent()) === "", "the alert to clear");
  });

  it("follows the active tab on Refresh, and the menu opens the sidebar on the new-handoff form", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    await createHandoffInSidebar(app, { ...ACME, client: "Globex" });
    const s = app.sidebar;
    await expect(s.getByTestId("handoff-title").textContent()).resolves.toBe("HO-0002 · Globex");

    const firstTab = app.page.locator("#tabs button", { hasText: "HO-0001" });
    await firstTab.click();
    await firstTab.and(app.page.locator('[aria-selected="true"]')).waitFor();
    await s.getByTestId("refresh").click();
    await s.getByTestId("handoff-title").filter({ hasText: "HO-0001 · Acme Corp" }).waitFor();

    // Back in the sheet, pick the second handoff's tab; focusing the sidebar again refreshes it.
    await app.page.locator("#tabs button", { hasText: "HO-0002" }).click();
    await s.getByTestId("verdict").click();
    await s.getByTestId("handoff-title").filter({ hasText: "HO-0002 · Globex" }).waitFor();

    await app.page.locator('#tabs button[data-sheet="Handoffs"]').click();
    await s.getByTestId("refresh").click();
    await s.getByTestId("no-handoff").waitFor();

    await app.page.locator('#menu button[data-menu="newHandoff"]').click();
    await s.getByTestId("new-handoff").waitFor();
    await expect(
      s.getByLabel("Client (required)", { exact: true }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
  });

  it("npm start --demo: the demo workbook with its gates, and menu dialogs answered on the page", async () => {
    app = await session.open({ demo: true });
    await expect(app.page.locator("#gates").isVisible()).resolves.toBe(false);
    await showGateValues(app);
    const gates = app.page.locator("#gates li");
    await gates.first().waitFor();
    const values = await gates.allTextContents();
    expect(values.some((v) => v.endsWith(": GO"))).toBe(true);
    expect(values.some((v) => /: NOT YET: .*required open/.test(v))).toBe(true);

    const goGate = app.page.locator("#gates li", { hasText: /B1: GO$/ }).first();
    const tab = ((await goGate.getAttribute("data-gate")) ?? "").replace(/!B1$/, "");
    await app.page.locator(`#tabs button[data-sheet="${tab}"]`).click();
    await app.sidebar.getByTestId("refresh").click();
    await app.sidebar
      .getByTestId("handoff-title")
      .filter({ hasText: tab.split(" ")[0] ?? tab })
      .waitFor();
    await expect(app.sidebar.getByTestId("verdict").textContent()).resolves.toBe("✓Gate: GO");

    const sheetsBefore = app.server.emulator.model.sheets.length;
    await app.page.locator('#menu button[data-menu="buildQuarterlyAudit"]').click();
    const dialog = app.page.locator("dialog[open]");
    await dialog.filter({ hasText: "Quarter to audit" }).waitFor();
    await dialog.getByRole("button", { name: "CANCEL" }).click();
    await app.page.locator("#message", { hasText: "done" }).waitFor();
    expect(app.server.emulator.model.sheets.length).toBe(sheetsBefore);
  });

  it("builds the quarterly audit from the sidebar, checking the form before the call", async () => {
    app = await session.open({ demo: true });
    await app.sidebar.getByTestId("audit-button").click();
    const form = app.sidebar.getByTestId("audit");
    await form.getByLabel("Quarter", { exact: true }).fill("summer");
    await form.getByTestId("build-audit").click();
    await expect(form.getByTestId("audit-alert").textContent()).resolves.toMatch(
      /"summer" is not a quarter: write it like 2026-Q3\./,
    );
    expect(app.calls("buildAudit")).toBe(0);
    expect(await axeViolations(sidebarFrame(app))).toEqual([]);
    await form.getByLabel("Quarter", { exact: true }).fill("2026-Q3");
    await form.getByLabel("Seed (optional)").fill("SIDEBAR-1");
    await form.getByRole("radio", { name: "Draw a new sample" }).check();
    await form.getByTestId("build-audit").click();
    await form.getByTestId("audit-outcome").filter({ hasText: "sampled" }).waitFor();
    await expect(form.getByTestId("audit-outcome").textContent()).resolves.toMatch(
      /^Audit 2026-Q3 \(seed SIDEBAR-1\): draw \d+ for 2026-Q3, \d+ of \d+ handoffs sampled \(seed SIDEBAR-1\)\./,
    );
    expect(app.calls("buildAudit")).toBe(1);
    expect(app.server.emulator.model.sheetByName("Audit 2026-Q3 (seed SIDEBAR-1)")).toBeDefined();
    await form.getByRole("radio", { name: "Keep it" }).check();
    await form.getByTestId("build-audit").click();
    await form.getByTestId("audit-outcome").filter({ hasText: "kept as it is" }).waitFor();
  });

  it("asks to confirm a quarter that is not over before drawing it", async () => {
    app = await session.open({ demo: true });
    await app.sidebar.getByTestId("audit-button").click();
    const form = app.sidebar.getByTestId("audit");
    await form.getByLabel("Quarter", { exact: true }).fill("2099-Q1");
    await expect(form.getByTestId("open-quarter").textContent()).resolves.toMatch(
      /2099-Q1 is not over yet \(it ends 2099-03-31\)/,
    );
    await form.getByTestId("build-audit").click();
    await expect(form.getByTestId("audit-alert").textContent()).resolves.toMatch(
      /Tick "Draw anyway" to go ahead/,
    );
    expect(app.calls("buildAudit")).toBe(0);
    await form.getByLabel(/Draw anyway/).check();
    await form.getByTestId("build-audit").click();
    await form.getByTestId("audit-outcome").filter({ hasText: "Recorded as draw 1 for 2099-Q1" }).waitFor();
    expect(app.calls("buildAudit")).toBe(1);
  });

  it("completes one step with the keyboard only", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const frame = sidebarFrame(app);
    const heading = (await app.sidebar.getByTestId("item-text").textContent()) ?? "";
    await app.page.locator("body").focus();
    const active = () =>
      frame.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return {
          tag: el?.tagName ?? "",
          name: el?.getAttribute("name") ?? "",
          type: el?.type ?? "",
          testid: el?.dataset.testid ?? "",
        };
      });
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await app.page.keyboard.press("Tab");
      const a = await active();
      reached = a.type === "radio" && a.name.startsWith("status");
    }
    expect(reached).toBe(true);
    for (
      let i = 0;
      i < 4 && !(await frame.evaluate(() => (document.activeElement as HTMLInputElement).value === "Done"));
      i++
    ) {
      await app.page.keyboard.press("ArrowRight");
    }
    await expect(frame.evaluate(() => (document.activeElement as HTMLInputElement).checked)).resolves.toBe(
      true,
    );
    let saved = false;
    for (let i = 0; i < 30 && !saved; i++) {
      await app.page.keyboard.press("Tab");
      const a = await active();
      if (a.name.startsWith("owner")) await app.page.keyboard.type("Robin Park");
      if (a.name.startsWith("evidence")) await app.page.keyboard.type("https://example.com/proof");
      if (a.name.startsWith("approvedBy")) await app.page.keyboard.type("Robin Park");
      if (a.testid === "save-item") {
        await app.page.keyboard.press("Enter");
        saved = true;
      }
    }
    expect(saved).toBe(true);
    await waitFor(
      async () => (await app?.sidebar.getByTestId("item-text").textContent()) !== heading,
      "next item",
    );
    expect(app.server.bridgeCalls.filter((c) => c.name === "saveItem")).toEqual([
      { name: "saveItem", ok: true },
    ]);
    // Focus lands on the next item's heading, so the keyboard user carries on from there.
    await expect(frame.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe(
      "item-text",
    );
  });

  it("shows a client named like markup as text and runs nothing", async () => {
    app = await session.open();
    const client = "<img src=x onerror=alert(1)>";
    await createHandoffInSidebar(app, { ...ACME, client });
    const s = app.sidebar;
    await expect(s.getByTestId("handoff-title").textContent()).resolves.toBe(`HO-0001 · ${client}`);
    await expect(s.locator("img").count()).resolves.toBe(0);
    await app.page.locator("#grid td", { hasText: client }).first().waitFor();
    await expect(app.page.locator("#grid img, #tabs img, #gates img").count()).resolves.toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(app.dialogs).toEqual([]);
  });

  it("has no serious or critical axe-core violations (walkthrough, messages, new-handoff form)", async () => {
    app = await session.open();
    await createHandoffInSidebar(app, ACME);
    const item = app.sidebar.getByTestId("item");
    await item.getByRole("radio", { name: "In progress" }).check();
    await item.getByLabel("Owner").fill("Sales team");
    const frame = sidebarFrame(app);
    const walkthrough = await axeViolations(frame);
    await app.sidebar.getByTestId("new-handoff-button").click();
    await app.sidebar.getByTestId("start-handoff").click();
    const form = await axeViolations(frame);
    expect([...walkthrough, ...form]).toEqual([]);
  });
});

async function describedText(control: import("playwright-core").Locator): Promise<string> {
  return control.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

function findCell(
  cells: ReadonlyMap<string, { value: unknown }>,
  text: string,
): { row: number; col: number } {
  for (const [key, cell] of cells) {
    if (cell.value !== text) continue;
    const [row, col] = key.split(":").map(Number) as [number, number];
    return { row, col };
  }
  throw new Error(`no cell holds ${text}`);
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
