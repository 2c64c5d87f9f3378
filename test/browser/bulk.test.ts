// Daily use in real Chromium: a new handoff reads as a to-do list (no error colour anywhere), and the
// bulk actions give owners and due dates and mark items Done in one server call each, by keyboard too.
import { describe, expect, it } from "vitest";
import { acmeHandoff, createHandoffInSidebar, type OpenApp, useChromium, waitFor } from "./app";
import { axeViolations, sidebarFrame } from "./frame";

const STANDARD = acmeHandoff(/Standard new client/, 40);

const session = useChromium();

/** What is drawn in the error colour or flagged invalid in the sidebar, by text. */
async function errorColoured(a: OpenApp): Promise<string[]> {
  return sidebarFrame(a).evaluate(() => {
    const red = getComputedStyle(document.documentElement).getPropertyValue("--notyet-text").trim();
    const probe = document.createElement("span");
    probe.style.color = red;
    document.body.append(probe);
    const redRgb = getComputedStyle(probe).color;
    probe.remove();
    const verdict = document.querySelector('[data-testid="verdict"]');
    return [...document.querySelectorAll<HTMLElement>("#content *")]
      .filter((n) => n.offsetParent !== null && !verdict?.contains(n))
      .filter(
        (n) =>
          n.getAttribute("aria-invalid") === "true" ||
          n.classList.contains("msg-error") ||
          (getComputedStyle(n).color === redRgb && n.children.length === 0),
      )
      .map((n) => n.textContent ?? n.tagName);
  });
}

describe("a new handoff is a to-do list", () => {
  it("shows no error-coloured item: what items still need is said as to do, the gate counts it", async () => {
    const app = await session.open();
    await createHandoffInSidebar(app, STANDARD);
    const s = app.sidebar;
    await expect(errorColoured(app)).resolves.toEqual([]);
    await expect(s.getByTestId("gate-reasons").textContent()).resolves.toContain(
      "18 items without an owner yet",
    );
    const item = s.getByTestId("item");
    await expect(item.locator(".msg-todo").allTextContents()).resolves.toEqual([
      "To do: No owner yet: put the one person who owns this item in Owner.",
      "To do: No due date yet: put the date this item will be resolved in Due, e.g. 2026-12-01.",
    ]);
    await expect(item.getByLabel("Owner", { exact: true }).getAttribute("aria-invalid")).resolves.toBeNull();
    // Nothing to fix: a status change alone can be saved.
    await item.getByRole("radio", { name: "In progress" }).check();
    await expect(s.getByTestId("item-summary").textContent()).resolves.toBe("Ready to save.");
    await expect(axeViolations(sidebarFrame(app))).resolves.toEqual([]);
  });
});

describe("several items at once", () => {
  it("gives one owner and due dates to every item without them in one call each, keeping typed values", async () => {
    const app = await session.open();
    await createHandoffInSidebar(app, STANDARD);
    const s = app.sidebar;
    // One item gets its own owner first, by hand.
    const item = s.getByTestId("item");
    await item.getByLabel("Owner", { exact: true }).fill("Ana Diaz");
    await item.getByTestId("save-item").click();
    await waitFor(() => app.calls("saveItem") === 1, "saveItem");

    const bulk = s.getByTestId("bulk");
    await s.getByTestId("bulk-summary").click();
    // The handoff owner from the form is offered as the owner of what nobody owns yet.
    await expect(bulk.getByLabel("Owner", { exact: true }).inputValue()).resolves.toBe("Dana Lee");
    await bulk.getByLabel("Owner", { exact: true }).fill("Sales/Ops");
    await bulk.getByTestId("bulk-assign").click();
    await expect(bulk.getByTestId("bulk-assign-alert").textContent()).resolves.toBe(
      "Not done: Owner “Sales/Ops” names more than one person: enter one person as owner.",
    );
    expect(app.calls("assignItems")).toBe(0);

    await bulk.getByLabel("Owner", { exact: true }).fill("Dana Lee");
    await bulk.getByTestId("bulk-assign").click();
    await bulk.getByTestId("bulk-outcome").filter({ hasText: "now owns" }).waitFor();
    await expect(bulk.getByTestId("bulk-outcome").textContent()).resolves.toBe(
      "Dana Lee now owns 17 items that had no owner. 1 item kept the Owner already typed.",
    );
    expect(app.calls("assignItems")).toBe(1);
    await app.page.locator("#grid td", { hasText: /^Ana Diaz$/ }).waitFor();

    await bulk.getByTestId("bulk-due-from-kickoff").click();
    await bulk.getByTestId("bulk-outcome").filter({ hasText: "Due dates set for 18 open items" }).waitFor();
    expect(app.calls("dueDatesFromKickoff")).toBe(1);
    await expect(s.getByTestId("gate-reasons").textContent()).resolves.toBe("10 required open8 review open");
    await expect(axeViolations(sidebarFrame(app))).resolves.toEqual([]);
  });

  it("marks every open item Done in one call, by keyboard; the one that needs evidence says why and opens", async () => {
    const app = await session.open();
    await createHandoffInSidebar(app, STANDARD);
    const s = app.sidebar;
    await s.getByTestId("bulk-summary").focus();
    await app.page.keyboard.press("Enter");
    // Done needs the one person accountable: the handoff owner offered by the card takes every item first.
    await s.getByTestId("bulk-assign").focus();
    await app.page.keyboard.press("Enter");
    await s.getByTestId("bulk-outcome").filter({ hasText: "now owns" }).waitFor();
    await s.getByTestId("bulk-select-all").focus();
    await app.page.keyboard.press("Space");
    await expect(s.getByTestId("bulk-done").textContent()).resolves.toBe("Mark 18 Done");
    await s.getByTestId("bulk-done").focus();
    await app.page.keyboard.press("Enter");
    const skipped = s.getByTestId("bulk-skipped");
    await skipped.waitFor();
    expect(app.calls("markItemsDone")).toBe(1);
    await expect(s.getByTestId("bulk-outcome").locator("p").first().textContent()).resolves.toBe(
      "17 items marked Done. 1 item not yet: see why below.",
    );
    await expect(skipped.textContent()).resolves.toMatch(
      /^Fix: Attach the final source documents.* — An attachment counts as Done only with evidence/,
    );
    // The step has moved on to the item still open.
    await expect(s.getByTestId("item-text").textContent()).resolves.toMatch(
      /^Attach the final source documents/,
    );
    await expect(axeViolations(sidebarFrame(app))).resolves.toEqual([]);
    await expect(s.getByTestId("items-tab").textContent()).resolves.toBe("Items · 1 to do");
  });
});
