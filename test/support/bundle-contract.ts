// The contract dist/ must keep with Apps Script: checked on the real build and on broken copies of it.
import vm from "node:vm";
import type { StubSpec } from "../../scripts/stubs";

/** The only OAuth scopes the add-on may ask for (README explains each). */
export const ALLOWED_SCOPES = [
  "https://www.googleapis.com/auth/spreadsheets.currentonly",
  "https://www.googleapis.com/auth/script.container.ui",
  "https://www.googleapis.com/auth/userinfo.email",
];

/** Node globals Apps Script's V8 runtime does not have (PLATFORM.md §7). */
export const NODE_ONLY_GLOBALS = [
  "require",
  "process",
  "Buffer",
  "setTimeout",
  "setInterval",
  "TextEncoder",
  "TextDecoder",
  "URL",
  "URLSearchParams",
  "structuredClone",
  "fetch",
  "module",
  "exports",
  "global",
];

const SERVICES = [
  "SpreadsheetApp",
  "HtmlService",
  "PropertiesService",
  "LockService",
  "Session",
  "Utilities",
  "ScriptApp",
  "CacheService",
];

/** Evaluates Code.js in a fresh context with recording service globals and no Node globals. */
export function evaluateBundle(code: string): { context: vm.Context; serviceTouches: string[] } {
  const serviceTouches: string[] = [];
  const sandbox: Record<string, unknown> = {
    console: { log() {}, warn() {}, error() {}, info() {} },
    Logger: { log() {} },
  };
  const recorder = (path: string): unknown =>
    new Proxy(() => undefined, {
      get(_t, prop) {
        serviceTouches.push(`${path}.${String(prop)}`);
        return recorder(`${path}.${String(prop)}`);
      },
      apply: () => recorder(`${path}()`),
    });
  for (const service of SERVICES) sandbox[service] = recorder(service);
  const context = vm.createContext(sandbox);
  new vm.Script(code, { filename: "Code.js" }).runInContext(context);
  return { context, serviceTouches };
}

function jsDocBefore(code: string, name: string): string | null {
  const at = code.search(new RegExp(`^function ${name}\\(`, "m"));
  if (at < 0) return null;
  const before = code.slice(0, at).trimEnd();
  if (!before.endsWith("*/")) return "";
  return before.slice(before.lastIndexOf("/**"));
}

/** Every way Code.js breaks its contract with Apps Script and the registry; empty when it keeps it. */
export function bundleProblems(code: string, registry: readonly StubSpec[]): string[] {
  const problems: string[] = [];
  if (/^\s*(import|export)\s/m.test(code)) problems.push("an import/export statement survives in Code.js");
  let evaluated: ReturnType<typeof evaluateBundle>;
  try {
    evaluated = evaluateBundle(code);
  } catch (e) {
    return [...problems, `Code.js does not evaluate as a classic script: ${(e as Error).message}`];
  }
  const { context, serviceTouches } = evaluated;
  if (serviceTouches.length)
    problems.push(`evaluating Code.js touches services: ${serviceTouches.join(", ")}`);
  for (const g of NODE_ONLY_GLOBALS) {
    if (vm.runInContext(`typeof ${g}`, context) !== "undefined") problems.push(`the test realm leaks ${g}`);
  }
  for (const spec of registry) {
    const params = spec.params.join(", ");
    if (vm.runInContext(`typeof ${spec.name}`, context) !== "function") {
      problems.push(`registry entry ${spec.name} is not a top-level function`);
      continue;
    }
    if (!new RegExp(`^function ${spec.name}\\(${params.replace(/[$]/g, "\\$")}\\) \\{`, "m").test(code)) {
      problems.push(`stub ${spec.name} does not declare its parameters (${params})`);
    }
    if (spec.kind === "customFunction") {
      const doc = jsDocBefore(code, spec.name) ?? "";
      if (!doc.includes("@customfunction"))
        problems.push(`custom function ${spec.name} lacks @customfunction`);
      for (const p of spec.params) {
        if (!new RegExp(`@param \\{[^}]*\\} ${p} \\S`).test(doc)) {
          problems.push(`custom function ${spec.name} lacks a described @param ${p}`);
        }
      }
    }
  }
  const loadTouches = serviceTouches.length;
  try {
    vm.runInContext("handoffGate_()", context);
  } catch (e) {
    problems.push(`loading the bundle fails without Node globals: ${(e as Error).message}`);
  }
  if (serviceTouches.length > loadTouches) {
    problems.push(`loading the bundle touches services: ${serviceTouches.slice(loadTouches).join(", ")}`);
  }
  return problems;
}

/** Problems with the manifest: scopes must be exactly the allowed list, runtime V8. */
export function manifestProblems(manifest: {
  oauthScopes?: string[];
  runtimeVersion?: string;
  timeZone?: string;
  exceptionLogging?: string;
}): string[] {
  const problems: string[] = [];
  const scopes = [...(manifest.oauthScopes ?? [])].sort();
  if (JSON.stringify(scopes) !== JSON.stringify([...ALLOWED_SCOPES].sort())) {
    problems.push(`oauthScopes must be exactly ${ALLOWED_SCOPES.join(", ")}; got ${scopes.join(", ")}`);
  }
  if (manifest.runtimeVersion !== "V8") problems.push("runtimeVersion must be V8");
  if (!manifest.timeZone) problems.push("timeZone is missing");
  if (manifest.exceptionLogging !== "STACKDRIVER") problems.push("exceptionLogging must be STACKDRIVER");
  return problems;
}

/** Problems with Sidebar.html: it must be self-contained (no external script, stylesheet or font). */
export function sidebarProblems(html: string): string[] {
  const problems: string[] = [];
  if (/<script[^>]*\ssrc\s*=/i.test(html)) problems.push("Sidebar.html loads an external script");
  if (/<link[^>]*rel\s*=\s*["']?stylesheet/i.test(html))
    problems.push("Sidebar.html links an external stylesheet");
  if (/@import\s/i.test(html)) problems.push("Sidebar.html imports a stylesheet");
  if (/url\(\s*["']?(https?:)?\/\//i.test(html))
    problems.push("Sidebar.html fetches a remote resource in CSS");
  if (!/<script>/.test(html) || !/<style>/.test(html))
    problems.push("Sidebar.html must inline its script and styles");
  return problems;
}
