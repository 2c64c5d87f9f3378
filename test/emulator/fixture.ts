// Fixture bundles for the emulator's contract tests: plain JS written to a temp dir with a manifest.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Emulator, type LoadOptions } from "../../emulator";

/**
 * Loads an emulator over `code` (a Code.js text), with optional HTML files and manifest fields. The
 * spreadsheet is in New York, like the script, unless `timeZone` says otherwise: the contract tests'
 * expected values are written for that zone (zones that differ have their own tests in time-zones.test.ts).
 */
export async function loadFixture(
  code: string,
  opts: LoadOptions & { html?: Record<string, string>; manifest?: Record<string, unknown> } = {},
): Promise<Emulator> {
  const dir = await mkdtemp(join(tmpdir(), "emu-fixture-"));
  const manifest = {
    timeZone: "America/New_York",
    runtimeVersion: "V8",
    oauthScopes: [
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/userinfo.email",
    ],
    ...opts.manifest,
  };
  await writeFile(join(dir, "Code.js"), code);
  await writeFile(join(dir, "appsscript.json"), JSON.stringify(manifest));
  for (const [name, html] of Object.entries(opts.html ?? {}))
    await writeFile(join(dir, `${name}.html`), html);
  return Emulator.load({ timeZone: "America/New_York", ...opts, codePath: join(dir, "Code.js") });
}
