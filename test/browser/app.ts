// Opens the local page (scripts/serve.ts, in-process) in Chromium and drives the sidebar like a person.
import type { FrameLocator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { DEFAULT_SPREADSHEET_TIME_ZONE } from "../../emulator/index";
import { type RunningServer, startServer } from "../../scripts/serve";
import { type LaunchedBrowser, launchChromium } from "./browser";

export interface OpenApp {
  readonly server: RunningServer;
  readonly page: Page;
  readonly sidebar: FrameLocator;
  /** Messages of every alert/confirm/prompt any frame opened. */
  readonly dialogs: string[];
  /** Uncaught errors of the page and the sidebar. */
  readonly pageErrors: string[];
  /** Number of bridged google.script.run calls to `name` so far. */
  calls(name: string): number;
  close(): Promise<void>;
}

/** Starts a fresh emulated workbook and opens the page with its sidebar. */
export async function openApp(browser: LaunchedBrowser, opts: { demo?: boolean } = {}): Promise<OpenApp> {
  const server = await startServer({ port: 0, log: () => {}, ...opts });
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(server.url);
  const sidebar = page.frameLocator("#sidebar");
  await sidebar.locator("#content").waitFor();
  return {
    server,
    page,
    sidebar,
    dialogs,
    pageErrors,
    calls: (name) => server.bridgeCalls.filter((c) => c.name === name).length,
    close: async () => {
      await page.close();
      await server.close();
    },
  };
}

export interface NewHandoff {
  client: string;
  scenario: RegExp | string;
  handoffOwner: string;
  receivingOwner: string;
  targetKickoff?: string;
  exceptions?: string;
}

/** Fills and submits the sidebar's new-handoff form (opening it from the header if needed). */
/** The form's fields for Acme Corp, handed from Dana Lee to Sam Ortiz, kicking off `kickoffInDays` from today. */
export function acmeHandoff(scenario: RegExp, kickoffInDays = 30): NewHandoff {
  return {
    client: "Acme Corp",
    scenario,
    handoffOwner: "Dana Lee",
    receivingOwner: "Sam Ortiz",
    targetKickoff: isoInDays(kickoffInDays),
  };
}

export async function createHandoffInSidebar(app: OpenApp, h: NewHandoff): Promise<void> {
  const s = app.sidebar;
  const form = s.getByTestId("new-handoff");
  if (!(await form.isVisible())) await s.getByTestId("new-handoff-button").click();
  await form.getByLabel("Client (required)", { exact: true }).fill(h.client);
  await form.getByRole("radio", { name: h.scenario }).check();
  await form.getByLabel("Handoff owner (required)", { exact: true }).fill(h.handoffOwner);
  await form.getByLabel("Receiving owner (required)", { exact: true }).fill(h.receivingOwner);
  if (h.targetKickoff) await form.getByLabel("Target kickoff").fill(h.targetKickoff);
  if (h.exceptions) {
    await form.getByLabel("This handoff has exceptions").check();
    await form.getByLabel("Exceptions", { exact: true }).fill(h.exceptions);
  }
  const before = app.calls("startHandoff");
  await form.getByTestId("start-handoff").click();
  await waitFor(() => app.calls("startHandoff") > before, "startHandoff call");
  await s.getByTestId("handoff-title").waitFor();
}

/** Ticks the page's debugging toggle so the list of gate values shows. */
export async function showGateValues(app: OpenApp): Promise<void> {
  await app.page.getByLabel("Show gate values (debugging)").check();
  await app.page.locator("#gates").waitFor();
}

/** Polls until `check` holds (10 s), failing with `what`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 10_000,
): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** An ISO date `days` from today where the emulated spreadsheet is (its zone, not UTC's or the script's). */
export function isoInDays(days: number): string {
  const timeZone = process.env.HANDOFF_EMULATOR_TIME_ZONE || DEFAULT_SPREADSHEET_TIME_ZONE;
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date(Date.now() + days * 86_400_000));
}

/**
 * One Chromium for a test file; `open` starts a fresh app, closed after its test, which fails if the
 * page or the sidebar threw.
 */
export function useChromium(): { open: (opts?: { demo?: boolean }) => Promise<OpenApp> } {
  let browser: LaunchedBrowser | null = null;
  let app: OpenApp | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    if (!app) return;
    const errors = app.pageErrors;
    await app.close();
    app = null;
    expect(errors).toEqual([]);
  });
  return {
    open: async (opts = {}) => {
      if (!browser) throw new Error("Chromium did not start");
      app = await openApp(browser, opts);
      return app;
    },
  };
}
