// Clicks and keystrokes to take an 18-item standard handoff from New to GO in the sidebar (headless
// Chromium on `npm start`'s page), two ways to the same end state: every item owned by one person with a
// due date and Done, the attachment's evidence given, Go recorded with the receiving team's acknowledgement.
// "Item by item" is the walkthrough alone (all the sidebar offered before the bulk actions); "with bulk
// actions" uses "Several items at once". A click is a pointer click (focusing a field to type in it
// counts as one); a keystroke is one key pressed. Goal: ≤ 40 clicks.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FrameLocator, Locator, Page } from "playwright-core";
import { startServer } from "../scripts/serve";
import { launchChromium } from "../test/browser/browser";

const KICKOFF = new Date(Date.now() + 40 * 86_400_000);
const iso = (d: Date) => d.toISOString().slice(0, 10);
/** What a person types into Chromium's en-US date field: mm dd yyyy, the field moves on by itself. */
const dateKeys = (value: string) => `${value.slice(5, 7)}${value.slice(8, 10)}${value.slice(0, 4)}`;

class Person {
  clicks = 0;
  keys = 0;
  constructor(private readonly page: Page) {}
  async click(target: Locator): Promise<void> {
    this.clicks++;
    await target.click();
  }
  async type(target: Locator, text: string): Promise<void> {
    await this.click(target);
    this.keys += text.length;
    await this.page.keyboard.type(text);
  }
  async typeDate(target: Locator, value: string): Promise<void> {
    await this.type(target, dateKeys(value));
  }
}

async function newHandoff(p: Person, s: FrameLocator): Promise<void> {
  const form = s.getByTestId("new-handoff");
  if (!(await form.isVisible())) await p.click(s.getByTestId("new-handoff-button"));
  await p.type(form.getByLabel("Client (required)", { exact: true }), "Acme Corp");
  await p.click(form.getByRole("radio", { name: /Standard new client/ }));
  await p.type(form.getByLabel("Handoff owner (required)", { exact: true }), "Dana Lee");
  await p.type(form.getByLabel("Receiving owner (required)", { exact: true }), "Sam Ortiz");
  await p.typeDate(form.getByLabel("Target kickoff"), iso(KICKOFF));
  await p.click(form.getByTestId("start-handoff"));
  await s.getByTestId("handoff-title").waitFor();
}

/** The current step: owner, due and evidence where still empty, Done, Save. */
async function finishStep(p: Person, s: FrameLocator): Promise<void> {
  const item = s.getByTestId("item");
  const heading = await item.getByTestId("item-text").textContent();
  const meta = (await item.locator(".muted.small").first().textContent()) ?? "";
  const owner = item.getByLabel("Owner", { exact: true });
  if (!(await owner.inputValue())) await p.type(owner, "Dana Lee");
  const due = item.getByLabel("Due", { exact: true });
  if (!(await due.inputValue())) await p.typeDate(due, iso(new Date(KICKOFF.getTime() - 7 * 86_400_000)));
  if (/attachment|approval/i.test(meta) && !(await item.getByLabel("Evidence").inputValue())) {
    await p.type(item.getByLabel("Evidence"), "https://drive.example.com/acme-sow");
  }
  if (/approval/i.test(meta)) await p.type(item.getByLabel("Approved by"), "Robin Park");
  await p.click(item.getByRole("radio", { name: "Done" }));
  await p.click(item.getByTestId("save-item"));
  await s
    .locator('[data-testid="item-text"], [data-testid="decision"]:visible')
    .filter({ hasNotText: heading ?? "" })
    .first()
    .waitFor();
}

async function decideGo(p: Person, s: FrameLocator): Promise<string> {
  const decision = s.getByTestId("decision");
  if (!(await decision.isVisible())) await p.click(s.getByTestId("decision-tab"));
  await p.click(decision.getByRole("radio", { name: "Go", exact: true }));
  await p.type(decision.getByLabel("Acknowledged by"), "Sam Ortiz");
  await p.typeDate(decision.getByLabel("Acknowledged on"), iso(new Date()));
  await p.click(decision.getByTestId("save-decision"));
  await s.getByTestId("decision-recorded").filter({ hasText: "Recorded: Go." }).waitFor();
  return (await s.getByTestId("verdict").textContent()) ?? "";
}

const itemsLeft = async (s: FrameLocator) =>
  !/all done/.test((await s.getByTestId("items-tab").textContent()) ?? "");

async function itemByItem(p: Person, s: FrameLocator): Promise<void> {
  for (let step = 0; step < 40 && (await itemsLeft(s)); step++) await finishStep(p, s);
}

async function withBulkActions(p: Person, s: FrameLocator): Promise<void> {
  const bulk = s.getByTestId("bulk");
  const outcome = bulk.getByTestId("bulk-outcome");
  await p.click(s.getByTestId("bulk-summary"));
  // The owner field starts with the handoff owner (Dana Lee, from the form): typed only if it does not.
  const owner = bulk.getByLabel("Owner", { exact: true });
  if ((await owner.inputValue()) !== "Dana Lee") await p.type(owner, "Dana Lee");
  await p.click(bulk.getByTestId("bulk-assign"));
  await outcome.filter({ hasText: "now owns" }).waitFor();
  await p.click(bulk.getByTestId("bulk-due-from-kickoff"));
  await outcome.filter({ hasText: "Due dates set" }).waitFor();
  await p.click(bulk.getByTestId("bulk-select-all"));
  await p.click(bulk.getByTestId("bulk-done"));
  await outcome.filter({ hasText: "marked Done" }).waitFor();
  // What could not be Done in bulk (the attachment needs its evidence) is the step now shown.
  await itemByItem(p, s);
}

/** Whether the built sidebar has the bulk actions (a build from before them has only the walkthrough). */
const HAS_BULK = readFileSync(join(import.meta.dirname, "..", "dist", "Sidebar.html"), "utf8").includes(
  "bulk-summary",
);

const browser = await launchChromium();
try {
  const ways: [string, typeof itemByItem][] = [
    ["item by item (walkthrough only)", itemByItem],
    ["with bulk actions", withBulkActions],
  ];
  for (const [name, way] of ways) {
    const server = await startServer({ port: 0, log: () => {} });
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url);
      const s = page.frameLocator("#sidebar");
      await s.locator("#content").waitFor();
      if (name === "with bulk actions" && !HAS_BULK) {
        console.log(`${name}: not in this build`);
        continue;
      }
      const p = new Person(page);
      await newHandoff(p, s);
      const form = { clicks: p.clicks, keys: p.keys };
      await way(p, s);
      const verdict = await decideGo(p, s);
      const calls = server.bridgeCalls.filter((c) => c.name !== "getSidebarState").length;
      console.log(
        `${name}: ${p.clicks} clicks, ${p.keys} keystrokes to ${verdict.replace(/\W*Gate:\s*/, "")} ` +
          `(new-handoff form ${form.clicks} clicks, ${form.keys} keystrokes; ${calls} server calls besides reads; goal ≤ 40 clicks)`,
      );
    } finally {
      await page.close();
      await server.close();
    }
  }
} finally {
  await browser.close();
}
