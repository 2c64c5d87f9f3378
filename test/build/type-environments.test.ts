// Each part of the code sees only its own globals: a probe file compiled under each tsconfig must fail
// where it reaches for the wrong environment, and compile where it stays in its own.
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(".");
const dir = join(root, "node_modules", ".cache", "handoff-gate", `env-probe-${process.pid}`);
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

async function compile(config: string, source: string): Promise<string> {
  const name = config.replace(/\W/g, "-");
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${name}.ts`), `${source}\nexport {};\n`);
  await writeFile(
    join(dir, `${name}.json`),
    JSON.stringify({ extends: join(root, config), include: [], files: [join(dir, `${name}.ts`)] }),
  );
  try {
    await promisify(execFile)(process.execPath, [tsc, "-p", join(dir, `${name}.json`)]);
    return "";
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("type environments", () => {
  it("core knows neither Apps Script nor the DOM", async () => {
    expect(await compile("tsconfig.core.json", "const a = SpreadsheetApp.getActive();")).toMatch(
      /Cannot find name 'SpreadsheetApp'/,
    );
    expect(await compile("tsconfig.core.json", "const t = document.title;")).toMatch(
      /Cannot find name 'document'/,
    );
    expect(await compile("tsconfig.core.json", "const n: number = [1, 2].length;")).toBe("");
  });

  it("server knows Apps Script but not the DOM", async () => {
    expect(await compile("tsconfig.server.json", "const t = document.title;")).toMatch(
      /Cannot find name 'document'/,
    );
    expect(await compile("tsconfig.server.json", "const a = () => SpreadsheetApp.getActive();")).toBe("");
  });

  it("the sidebar knows the DOM and google.script, not SpreadsheetApp", async () => {
    expect(await compile("tsconfig.sidebar.json", "const a = SpreadsheetApp.getActive();")).toMatch(
      /Cannot find name 'SpreadsheetApp'/,
    );
    expect(
      await compile("tsconfig.sidebar.json", "const r = () => google.script.run; const t = document.title;"),
    ).toBe("");
  });
});
