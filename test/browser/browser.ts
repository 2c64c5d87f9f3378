// Launches Debian's Chromium through playwright-core with a fresh profile; fails loudly when it is missing.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Where the browser is looked for (CHROMIUM_PATH overrides). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh user-data-dir; throws a message naming the fix when there is none. */
export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<LaunchedBrowser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: the browser tests need it. Install Debian's package ` +
        "(sudo apt-get install --no-install-recommends chromium) or set CHROMIUM_PATH to a Chromium binary.",
    );
  }
  const profile = await mkdtemp(join(tmpdir(), "handoff-gate-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ARGS,
      locale: "en-US",
      timezoneId: "UTC",
      viewport: { width: 1280, height: 900 },
    });
    return {
      context,
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new Error(`Chromium at ${executablePath} did not start: ${(error as Error).message}`);
  }
}
