// dist/Sidebar.html opened as a plain file (its <meta name="start-view"> still the raw scriptlet) starts
// on the walkthrough, and as the server renders it with "new" on the new-handoff form; either way the page
// loads nothing from the network.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LaunchedBrowser, launchChromium } from "./browser";

const SIDEBAR = readFileSync("dist/Sidebar.html", "utf8");

/** A google.script.run stand-in answering getSidebarState with an empty tab (no handoff). */
const FAKE_RUN = `
  window.google = { script: { run: (function make(h) {
    return new Proxy({}, { get: function (_, name) {
      if (name === "withSuccessHandler") return function (f) { return make({ ok: f, fail: h.fail }); };
      if (name === "withFailureHandler") return function (f) { return make({ ok: h.ok, fail: f }); };
      if (name === "withUserObject") return function () { return make(h); };
      return function () { setTimeout(function () { h.ok({ scenarios: [
        { id: "standard-new-client", name: "Standard new client", when: "A new client signed.", itemCount: 10 }
      ], handoff: null, activeSheetName: "Sheet1", notice: "Sheet1 is not a handoff tab.", today: "2026-09-14" }); }, 0); };
    } });
  })({}) } };
`;

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(html: string) {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(FAKE_RUN);
  await page.route("http://sidebar.test/", (route) =>
    route.fulfill({ contentType: "text/html", body: html }),
  );
  await page.goto("http://sidebar.test/");
  return { page, requests };
}

describe("sidebar start view", () => {
  it("the raw template (scriptlet not run) opens on the walkthrough", async () => {
    expect(SIDEBAR).toContain('<meta name="start-view" content="<?= startView ?>"');
    const { page, requests } = await open(SIDEBAR);
    await page.getByTestId("no-handoff").waitFor();
    await expect(page.getByTestId("no-handoff").textContent()).resolves.toContain(
      "Sheet1 is not a handoff tab.",
    );
    await expect(page.getByTestId("new-handoff").count()).resolves.toBe(0);
    expect(requests).toEqual(["http://sidebar.test/"]);
    await page.close();
  });

  it('the template rendered with startView "new" opens on the new-handoff form', async () => {
    const { page, requests } = await open(SIDEBAR.replace("<?= startView ?>", "new"));
    await page.getByTestId("new-handoff").waitFor();
    await expect(page.getByText("A new client signed.").isVisible()).resolves.toBe(true);
    expect(requests).toEqual(["http://sidebar.test/"]);
    await page.close();
  });
});
