// The local page as a spreadsheet a person types into (`npm start --demo`): typed text is parsed as Sheets
// parses typed input, dropdowns and checkboxes work, rows and columns are inserted from the context menu,
// and the live gate, its colours and Validate follow what was typed.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { COLORS } from "../../src/core/sheet/format-specs";
import { useChromium, waitFor } from "./app";

const TAB = "HO-0001 Northwind Traders";

const session = useChromium();

const cell = (page: Page, a1: string) => page.locator(`#grid td[data-cell="${a1}"]`);

async function showTab(page: Page, name: string): Promise<void> {
  await page.locator(`#tabs button[data-sheet="${name}"]`).click();
  await page.locator(`#tabs button[aria-selected="true"][data-sheet="${name}"]`).waitFor();
}

/** Selects a cell, types `text` as a person would and presses Enter. */
async function type(page: Page, a1: string, text: string): Promise<void> {
  await cell(page, a1).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** Opens a cell's dropdown from its arrow. */
async function openDropdown(page: Page, a1: string): Promise<void> {
  // Typing in column J scrolled the grid right, and the frozen rows stay on top while it scrolls down:
  // scroll back to the top left so the cell is in view and not under them.
  await page.evaluate(() => {
    for (let el = document.querySelector("#grid")?.parentElement ?? null; el; el = el.parentElement) {
      el.scrollTop = 0;
      el.scrollLeft = 0;
    }
  });
  const box = await cell(page, a1).boundingBox();
  if (!box) throw new Error(`${a1} is not shown`);
  await page.mouse.click(box.x + box.width - 8, box.y + box.height / 2);
  const list = page.getByLabel(`Choose a value for ${a1}`);
  // A re-render from the page's change feed may land between the box read and the click: click once more.
  if (
    !(await list.waitFor({ timeout: 2000 }).then(
      () => true,
      () => false,
    ))
  ) {
    await page.mouse.click(box.x + box.width - 8, box.y + box.height / 2);
  }
}

async function textOf(page: Page, a1: string, want: string | RegExp): Promise<void> {
  await cell(page, a1).filter({ hasText: want }).waitFor();
}

const background = (page: Page, a1: string) =>
  cell(page, a1)
    .evaluate((td) => getComputedStyle(td).backgroundColor)
    .catch(() => "");

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe("typing into the emulated sheet", () => {
  it("parses typed text like Sheets, and the gate and its colours follow a dropdown and a checkbox", {
    timeout: 90_000,
  }, async () => {
    const app = await session.open({ demo: true });
    const { page } = app;
    await showTab(page, TAB);
    await textOf(page, "B1", /^GO$/);
    const sheet = () => app.server.emulator.model.sheetByName(TAB);

    await type(page, "J10", "42");
    await type(page, "J11", "'42");
    await type(page, "J12", "=B3");
    await type(page, "G10", "2026-08-03");
    await textOf(page, "J12", /^Northwind Traders$/);
    const model = app.server.emulator.model;
    const s = sheet();
    if (!s) throw new Error("no tab");
    expect(model.cell(s, 10, 10)?.value).toBe(42);
    expect(model.cell(s, 11, 10)?.value).toBe("42");
    expect(model.cell(s, 12, 10)?.formula).toBe("=B3");
    expect(model.cell(s, 10, 7)?.value).toBeInstanceOf(Date);
    await textOf(page, "G10", /^2026-08-03$/);
    const align = (a1: string) =>
      cell(page, a1)
        .evaluate((td) => td.style.textAlign)
        .catch(() => "");
    await expect.poll(() => align("J10")).toBe("right");
    await expect.poll(() => align("J11")).toBe("left");
    // The formula bar shows what the cell holds: the formula, and text kept as text with its apostrophe.
    await cell(page, "J12").click();
    await expect(page.locator("#formula-bar").inputValue()).resolves.toBe("=B3");
    await cell(page, "J11").click();
    await expect(page.locator("#formula-bar").inputValue()).resolves.toBe("'42");

    // The Status dropdown: choosing Blocked turns the gate NOT YET, in its colours.
    await openDropdown(page, "E10");
    await page.getByLabel("Choose a value for E10").selectOption("Blocked");
    await textOf(page, "B1", /^NOT YET$/);
    // The page re-renders on every change it hears of: read the colour once the grid has settled.
    await expect.poll(() => background(page, "B1")).toBe(rgb(COLORS.notYetBg));
    await page.getByLabel("Choose a value for E10", { exact: true }).waitFor({ state: "detached" });
    await openDropdown(page, "E10");
    await page.getByLabel("Choose a value for E10").selectOption("Done");
    await textOf(page, "B1", /^GO$/);
    await expect.poll(() => background(page, "B1")).toBe(rgb(COLORS.goBg));

    // A checkbox: un-ticking Required stores FALSE.
    await page.getByLabel("Checkbox D10").click();
    await waitFor(() => model.cell(s, 10, 4)?.value === false, "D10 unticked");
  });

  it("Validate marks what a person typed into the sheet", async () => {
    const app = await session.open({ demo: true });
    const { page } = app;
    await showTab(page, TAB);
    // "Need clarification" is not a status (the dropdown warns but accepts it, as Sheets does).
    await type(page, "E11", "need clarification");
    await type(page, "F12", "Dana Lee / Sam Ortiz");
    await type(page, "E12", "In progress");
    await textOf(page, "B1", /^NOT YET$/);
    await page.locator('#menu button[data-menu="validateHandoff"]').click();
    await page.locator('#grid td.has-note[data-cell="F12"]').waitFor();
    await expect(cell(page, "F12").getAttribute("title")).resolves.toMatch(/more than one person/);
    await expect(cell(page, "E11").getAttribute("title")).resolves.toMatch(/status/i);
  });

  it("inserting a row and a column from the context menu: gate formulas and references follow", async () => {
    const app = await session.open({ demo: true });
    const { page } = app;
    await showTab(page, TAB);
    const model = app.server.emulator.model;
    const s = model.sheetByName(TAB);
    if (!s) throw new Error("no tab");
    expect(model.cell(s, 1, 2)?.formula).toBe("=HANDOFF_GATE(A9:J27,FALSE,B7)");

    await page.locator('#grid tbody th[data-row="13"]').click({ button: "right" });
    await page.getByRole("menuitem", { name: "Insert 1 row above" }).click();
    await waitFor(() => model.cell(s, 1, 2)?.formula === "=HANDOFF_GATE(A9:J28,FALSE,B7)", "gate range grew");
    await textOf(page, "B14", /^Summarize what was sold/);
    await textOf(page, "B1", /^GO$/);
    // Typing an open item into the new row: the gate counts it.
    await type(page, "B13", "Confirm the parking permit");
    await type(page, "D13", "TRUE");
    await textOf(page, "B1", /^NOT YET$/);
    await page.locator('#grid tbody th[data-row="13"]').click({ button: "right" });
    await page.getByRole("menuitem", { name: "Delete row 13" }).click();
    await textOf(page, "B1", /^GO$/);

    await showTab(page, "Sheet1");
    await type(page, "A1", "5");
    await type(page, "B1", "=A1");
    await cell(page, "A1").click({ button: "right" });
    await page.getByRole("menuitem", { name: "Insert 1 column left" }).click();
    await textOf(page, "C1", /^5$/);
    const sheet1 = model.sheetByName("Sheet1");
    if (!sheet1) throw new Error("no Sheet1");
    expect(model.cell(sheet1, 1, 3)?.formula).toBe("=B1");
    await page.locator('#grid thead th[data-col="2"]').click({ button: "right" });
    await page.getByRole("menuitem", { name: "Delete column B" }).click();
    await textOf(page, "B1", /^#REF!$/);
  });
});
