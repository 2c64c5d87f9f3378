// The capacity guard as the person sees it in the sidebar (real Chromium, `npm start`'s server): past
// 80 % of the workbook's cells the new handoff opens with a warning that says how many more fit and
// names "Archive finished handoffs…"; at the limit the form says why nothing was started.
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index";
import { acmeHandoff, createHandoffInSidebar, useChromium } from "./app";

const session = useChromium();

/** A person's own empty sheet whose grid brings the workbook to `total` cells (grids are sparse). */
function fillTo(emulator: Emulator, total: number, name: string): void {
  const need = total - emulator.model.cellCount();
  const sheet = emulator.model.addSheet(name);
  sheet.maxCols = 1;
  sheet.maxRows = need;
}

const REQUEST = acmeHandoff(/Expansion, renewal or change order/);

describe("capacity in the sidebar", () => {
  it("shows the warning with the new handoff past 80 %, and the refusal in the form at the limit", async () => {
    const app = await session.open();
    const s = app.sidebar;
    fillTo(app.server.emulator, 9_000_000, "Imported data");
    await s.getByTestId("start-new").click();
    await createHandoffInSidebar(app, REQUEST);
    const warning = await s.getByTestId("capacity-warning").textContent();
    expect(warning).toMatch(
      /^This workbook is filling up: it holds 9,\d{3},\d{3} of Google Sheets' 10,000,000 cells \(90 %\)/,
    );
    expect(warning).toContain("Archive finished handoffs…");
    await s.getByTestId("capacity-archive").click();
    await s.getByTestId("archive").waitFor();
    await s.getByTestId("cancel-archive").click();

    fillTo(app.server.emulator, 10_000_000, "More data");
    const tabs = app.server.emulator.model.sheets.length;
    await s.getByTestId("new-handoff-button").click();
    const form = s.getByTestId("new-handoff");
    await form.getByLabel("Client (required)", { exact: true }).fill("Beta Ltd");
    await form.getByRole("radio", { name: REQUEST.scenario }).check();
    await form.getByLabel("Handoff owner (required)", { exact: true }).fill("Dana Lee");
    await form.getByLabel("Receiving owner (required)", { exact: true }).fill("Sam Ortiz");
    await form.getByTestId("start-handoff").click();
    await expect(form.getByText(/Not started: This workbook is full/).textContent()).resolves.toContain(
      "Archive finished handoffs…",
    );
    expect(app.server.emulator.model.sheets).toHaveLength(tabs);
  });
});
