import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { readRegistry } from "../../scripts/registry-meta";
import type { StubSpec } from "../../scripts/stubs";
import { bundleProblems, manifestProblems, sidebarProblems } from "../support/bundle-contract";

let code: string;
let registry: StubSpec[];

beforeAll(async () => {
  [code, registry] = await Promise.all([readFile("dist/Code.js", "utf8"), readRegistry()]);
});

describe("dist/Code.js keeps its contract with Apps Script", () => {
  it("has one top-level stub per registry entry, documented, loading without Node globals or service calls", () => {
    expect(registry.map((r) => r.name)).toEqual(
      expect.arrayContaining(["onOpen", "onInstall", "openSidebar"]),
    );
    expect(bundleProblems(code, registry)).toEqual([]);
  });

  it("is caught when a registry entry loses its stub", () => {
    const broken = code.replace(
      /^\/\*\*\n \* Menu item handler: openSidebar\.\n \*\/\nfunction openSidebar\(\) \{[^}]*\}/m,
      "",
    );
    expect(broken).not.toBe(code);
    expect(bundleProblems(broken, registry)).toContain(
      "registry entry openSidebar is not a top-level function",
    );
  });

  it("is caught when a stub renames its parameters", () => {
    const broken = code.replace("function onOpen(e) {", "function onOpen(event) {");
    expect(bundleProblems(broken, registry)).toContain("stub onOpen does not declare its parameters (e)");
  });

  it("is caught when a custom function loses its JSDoc", () => {
    const custom = registry.filter((r) => r.kind === "customFunction");
    expect(custom.length).toBeGreaterThan(0);
    for (const fn of custom) {
      const broken = code.replace(/@customfunction/g, "").replace(/@param \{[^}]*\} \w+/g, "");
      const problems = bundleProblems(broken, registry);
      expect(problems).toContain(`custom function ${fn.name} lacks @customfunction`);
      expect(problems).toContain(`custom function ${fn.name} lacks a described @param ${fn.params[0]}`);
    }
  });

  it("is caught when the bundle references a Node global while loading", () => {
    const broken = code.replace("return HandoffGateBundle;", "process.env.X; return HandoffGateBundle;");
    expect(bundleProblems(broken, registry).join("\n")).toMatch(
      /loading the bundle fails without Node globals: process is not defined/,
    );
  });

  it("is caught when top-level code calls a service", () => {
    const broken = `${code}\nvar sheet = SpreadsheetApp.getActive();`;
    expect(bundleProblems(broken, registry)).toContain(
      "evaluating Code.js touches services: SpreadsheetApp.getActive",
    );
  });

  it("is caught when an ES module statement survives", () => {
    expect(bundleProblems(`${code}\nexport {};`, registry)).toContain(
      "an import/export statement survives in Code.js",
    );
  });
});

describe("dist/appsscript.json", () => {
  it("asks for exactly the least-privilege scopes, on V8", async () => {
    const manifest = JSON.parse(await readFile("dist/appsscript.json", "utf8"));
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it("is caught when a scope is added silently", async () => {
    const manifest = JSON.parse(await readFile("dist/appsscript.json", "utf8"));
    manifest.oauthScopes.push("https://www.googleapis.com/auth/spreadsheets");
    expect(manifestProblems(manifest)[0]).toMatch(/oauthScopes must be exactly/);
  });
});

describe("dist/Sidebar.html", () => {
  it("is self-contained: inlined script and styles, nothing fetched", async () => {
    const html = await readFile("dist/Sidebar.html", "utf8");
    expect(sidebarProblems(html)).toEqual([]);
    expect(
      sidebarProblems(
        html.replace("<style>", '<link rel="stylesheet" href="https://cdn.example/x.css"><style>'),
      ),
    ).toContain("Sidebar.html links an external stylesheet");
    expect(
      sidebarProblems(html.replace("<script>", '<script src="https://cdn.example/x.js"></script><script>')),
    ).toContain("Sidebar.html loads an external script");
  });

  it("carries no scenario catalogue: the server sends the scenarios it offers", async () => {
    const html = await readFile("dist/Sidebar.html", "utf8");
    // Item texts of the standard and the custom/high-risk scenarios, as the article words them.
    expect(html).not.toContain("Confirm commercial status");
    expect(html).not.toContain("Document every exception");
  });
});

describe("clasp", () => {
  it("would push exactly the three built files (clasp status, no login needed)", async () => {
    const { stdout } = await promisify(execFile)(
      "npx",
      ["clasp", "--project", ".clasp.dev.json", "status", "--json"],
      {
        env: { ...process.env, npm_config_loglevel: "error" },
      },
    );
    const status = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { filesToPush: string[] };
    expect([...status.filesToPush].sort()).toEqual([
      "dist/Code.js",
      "dist/Sidebar.html",
      "dist/appsscript.json",
    ]);
  });
});
