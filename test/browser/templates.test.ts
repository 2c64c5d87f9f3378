// The sidebar's scenario picker follows the "Checklist templates" sheet, and an older handoff offers its
// upgrade, in real Chromium.
import { describe, expect, it } from "vitest";
import { createHandoffInSidebar, isoInDays, type OpenApp, useChromium, waitFor } from "./app";

const session = useChromium();
const PEOPLE = { handoffOwner: "Dana Lee", receivingOwner: "Sam Ortiz", targetKickoff: isoInDays(30) };
const SHEET = "Checklist templates";

/** The 1-based row of the templates sheet whose column `column` holds `text`. */
function rowWith(app: OpenApp, column: number, text: string): number {
  const sheet = app.server.emulator.model.sheetByName(SHEET);
  if (!sheet) throw new Error("no templates sheet");
  for (const [key, cell] of sheet.cells) {
    const [row, col] = key.split(":").map(Number) as [number, number];
    if (col === column && cell.value === text) return row;
  }
  throw new Error(`no row with ${text}`);
}

async function refresh(app: OpenApp): Promise<void> {
  const before = app.calls("getSidebarState");
  await app.sidebar.getByTestId("refresh").click();
  await waitFor(() => app.calls("getSidebarState") > before, "a refresh");
}

describe("checklist templates in the sidebar", () => {
  it("the picker shows a scenario added on the sheet, with its description, and starts a handoff from it", async () => {
    const app = await session.open();
    const { emulator } = app.server;
    expect(emulator.run("editChecklistTemplates").ok).toBe(true);
    const model = emulator.model;
    const sheet = model.sheetByName(SHEET);
    if (!sheet) throw new Error("no templates sheet");
    const after = rowWith(app, 1, "owner-transfer");
    model.insertRows(sheet, after + 1, 1);
    model.setValues(SHEET, after + 1, 1, [
      ["managed-it", "Managed IT service", "A client buys the new managed IT line.", "scenario", true, ""],
    ]);
    const dc = rowWith(app, 2, "dc-01");
    model.insertRows(sheet, dc, 1);
    model.setValues(SHEET, dc, 1, [
      ["managed-it", "", "Setup", "Inventory the client's devices.", "task", true, ""],
    ]);

    await refresh(app);
    await app.sidebar.getByTestId("new-handoff-button").click();
    const form = app.sidebar.getByTestId("new-handoff");
    await expect(form.getByText("A client buys the new managed IT line.").isVisible()).resolves.toBe(true);
    await createHandoffInSidebar(app, {
      client: "Globex",
      scenario: /Managed IT service/,
      ...PEOPLE,
    });
    await expect(app.sidebar.getByTestId("handoff-title").textContent()).resolves.toMatch(/Globex/);
    await expect(app.sidebar.getByText("Managed IT service · tab").isVisible()).resolves.toBe(true);
  });

  it("a handoff built from an older version offers the upgrade, and applies it", async () => {
    const app = await session.open();
    await createHandoffInSidebar(app, {
      client: "Acme Corp",
      scenario: /Standard new client/,
      ...PEOPLE,
    });
    const { emulator } = app.server;
    const active = emulator.model.activeSheetId;
    expect(emulator.run("editChecklistTemplates").ok).toBe(true);
    emulator.model.setValues(SHEET, rowWith(app, 2, "std-03"), 4, [
      ["Attach the signed SOW and order form."],
    ]);
    expect(emulator.run("editChecklistTemplates").ok).toBe(true);
    emulator.model.activeSheetId = active;
    await refresh(app);
    const notice = app.sidebar.getByTestId("upgrade-notice");
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(/Template updated \(v1 → v2\): 1 item reworded/);
    await notice.getByTestId("upgrade-handoff").click();
    await waitFor(() => app.calls("upgradeHandoff") > 0, "the upgrade");
    await notice.waitFor({ state: "detached" });
  });

  it("a broken templates sheet is named in the new-handoff form, whose picker keeps the last valid scenarios", async () => {
    const app = await session.open();
    const { emulator } = app.server;
    expect(emulator.run("editChecklistTemplates").ok).toBe(true);
    const row = rowWith(app, 2, "std-04");
    emulator.model.setValues(SHEET, row, 5, [["checklist"]]);
    await refresh(app);
    await app.sidebar.getByTestId("new-handoff-button").click();
    const notice = app.sidebar.getByTestId("templates-notice");
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(`row ${row}, Kind: Kind "checklist" is not one of`);
    await expect(
      app.sidebar
        .getByTestId("new-handoff")
        .getByRole("radio", { name: /Standard new client/ })
        .count(),
    ).resolves.toBe(1);
  });
});
