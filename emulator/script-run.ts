// google.script.run semantics on the server side of the bridge. Source: guides/html/communication
// (PLATFORM §2): legal values are numbers, booleans, strings, null, and arrays/objects of them;
// a Date, function or DOM node makes the request fail, also nested; circular references fail;
// undefined inside arrays becomes null; objects are copied; only top-level functions not ending in
// "_" are callable. A Date anywhere in the return value makes the page receive null: widely reported,
// undocumented (tanaikech.github.io 2023-08-28 report). A top-level `undefined` return arrives as
// null here (UNCONFIRMED).

import { isDate } from "./cell-input";
import { type ErrorLanguage, localizeError } from "./error-language";
import type { ErrorInfo } from "./realm";

/** What the runner needs from the emulator to make a call. */
export interface ScriptRunHost {
  /** Runs one FULL execution of a top-level function; host values in and out. */
  runForClient(
    name: string,
    args: unknown[],
    user?: string,
  ): { ok: boolean; value?: unknown; error?: ErrorInfo };
  /** The person is signed into several Google accounts and the default one is not using the add-on. */
  readonly multipleAccounts?: boolean;
  /** The language of Apps Script's error texts (error-language.ts). */
  readonly errorLanguage?: ErrorLanguage;
}

/**
 * What every google.script.run call gets while the person is signed into several Google accounts and
 * the default account is not the one using the add-on: a ScriptError with this text, whatever the
 * function (widely reported: issuetracker.google.com/issues/69270374; github.com/enuchi/React-Google-Apps-Script
 * issue 46 and mootoday/google-docs-addon-svelte-template PR 3 quote it; PLATFORM §9 "Several
 * signed-in Google accounts"). It works in a private window signed into one account.
 */
export const MULTIPLE_ACCOUNTS_ERROR =
  "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.";

/** The client's failure for an illegal argument (widely reported wording). */
export function illegalArgument(args: readonly unknown[]): string | null {
  const seen = new Set<object>();
  const walk = (v: unknown, path: string): string | null => {
    if (typeof v === "function" || isDate(v) || isDomNode(v)) return path;
    if (v === null || typeof v !== "object") return null;
    if (seen.has(v)) return path;
    seen.add(v);
    const entries: [string, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [String(i), x])
      : Object.entries(v);
    for (const [k, x] of entries) {
      const bad = walk(x, k);
      if (bad !== null) return bad;
    }
    seen.delete(v);
    return null;
  };
  for (let i = 0; i < args.length; i++) {
    const bad = walk(args[i], String(i));
    if (bad !== null) return `Failed due to illegal value in property: ${bad}`;
  }
  return null;
}

function isDomNode(v: unknown): boolean {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as { nodeType?: unknown }).nodeType === "number" &&
    typeof (v as { nodeName?: unknown }).nodeName === "string"
  );
}

function containsDate(v: unknown, seen = new Set<object>()): boolean {
  if (isDate(v)) return true;
  if (v === null || typeof v !== "object" || seen.has(v)) return false;
  seen.add(v);
  return (Array.isArray(v) ? v : Object.values(v)).some((x) => containsDate(x, seen));
}

/** The JSON-like copy the other side receives (undefined in arrays → null, undefined props dropped). */
export function wireCopy(v: unknown): unknown {
  if (v === undefined) return null;
  return JSON.parse(JSON.stringify(v) ?? "null") as unknown;
}

/** What a server return value becomes on the page. */
export function returnToClient(v: unknown): unknown {
  return containsDate(v) ? null : wireCopy(v);
}

/** Whether `name` may be called from the page (top-level, public). */
export function isCallableName(name: unknown): name is string {
  return typeof name === "string" && /^[A-Za-z_$][\w$]*$/.test(name) && !name.endsWith("_");
}

/** One google.script.run call, resolved as the page would see it. */
export async function callFromClient(
  host: ScriptRunHost,
  name: string,
  args: readonly unknown[],
  user?: string,
): Promise<unknown> {
  const out = await handleClientCall(host, { name, args }, user);
  if (out.ok) return out.value;
  const err = new Error(out.error.message);
  err.name = out.error.name;
  throw err;
}

/** The result posted back to the page. */
export type ClientCallResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: { readonly name: string; readonly message: string } };

/** Runs a call described by a request body ({ name, args } or its JSON text), asynchronously. */
export async function handleClientCall(
  host: ScriptRunHost,
  body: unknown,
  user?: string,
): Promise<ClientCallResult> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  let request: unknown = body;
  if (typeof body === "string") {
    try {
      request = JSON.parse(body);
    } catch {
      return { ok: false, error: { name: "Error", message: "Malformed request body." } };
    }
  }
  const { name, args } = (request ?? {}) as { name?: unknown; args?: unknown };
  const list = args === undefined ? [] : args;
  if (!Array.isArray(list)) return { ok: false, error: { name: "Error", message: "args must be an array." } };
  const illegal = illegalArgument(list);
  if (illegal) return { ok: false, error: { name: "TypeError", message: illegal } };
  if (!isCallableName(name)) {
    return {
      ok: false,
      error: { name: "ScriptError", message: `Script function not found: ${String(name)}` },
    };
  }
  if (host.multipleAccounts) {
    return {
      ok: false,
      error: {
        name: "ScriptError",
        message: localizeError(MULTIPLE_ACCOUNTS_ERROR, host.errorLanguage ?? "en"),
      },
    };
  }
  const result = host.runForClient(name, wireCopy(list) as unknown[], user);
  if (!result.ok) return { ok: false, error: result.error ?? { name: "Error", message: "unknown failure" } };
  return { ok: true, value: returnToClient(result.value) };
}
