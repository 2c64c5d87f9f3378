// The real dist/Code.js (built by `npm run build`) in the emulation: onOpen in AuthMode.NONE builds the
// add-on menu without touching the document ([LC]: only published add-ons see NONE and may only add
// menu items); openSidebar shows dist/Sidebar.html titled "Handoff Gate".
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { Emulator } from "../../emulator";

beforeAll(async () => {
  if (!existsSync("dist/Code.js")) {
    const { build } = await import("../../scripts/build");
    await build();
  }
});

describe("dist/Code.js in the emulation", () => {
  it("onOpen in AuthMode.NONE builds the Extensions add-on menu and makes no document call", async () => {
    const emu = await Emulator.load();
    const r = emu.runTrigger("onOpen", { authMode: "NONE" });
    expect(r.error).toBeUndefined();
    expect(r.calls.byMethod).toEqual({ "SpreadsheetApp.getUi": 1 });
    const [menu] = emu.ui.menus;
    expect(emu.ui.menus).toHaveLength(1);
    expect(menu?.addon).toBe(true);
    expect(menu?.items).toContainEqual({ caption: "Open sidebar", functionName: "openSidebar" });
    const code = await readFile("dist/Code.js", "utf8");
    for (const item of menu?.items ?? []) {
      if ("functionName" in item) expect(code).toMatch(new RegExp(`^function ${item.functionName}\\(`, "m"));
    }
  });

  it("openSidebar (FULL, as a menu click) shows dist/Sidebar.html titled Handoff Gate", async () => {
    const emu = await Emulator.load();
    emu.runTrigger("onOpen", { authMode: "NONE" });
    const r = emu.clickMenuItem("Open sidebar");
    expect(r.error).toBeUndefined();
    expect(emu.ui.sidebar?.title).toBe("Handoff Gate");
    const html = emu.ui.sidebar?.html ?? "";
    const file = await readFile("dist/Sidebar.html", "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<h1 class="title">Handoff Gate</h1>');
    // Scriptlets, if the page is a template, were evaluated once on the server (guides/html/templates).
    expect(html).not.toMatch(/<\?/);
    expect(html.length).toBeGreaterThan(file.length / 2);
  });
});
