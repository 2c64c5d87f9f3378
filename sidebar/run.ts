// The typed promise client over google.script.run: endpoint names and requests are checked at compile
// time against SidebarApi, responses are its JSON types, and one call at a time may be submitted.
import type { SidebarApi } from "../src/core/api/endpoints";
import { explainFailure } from "./server-failure";

export type EndpointName = keyof SidebarApi;
export type RequestOf<K extends EndpointName> = Parameters<SidebarApi[K]>[0];
export type ResponseOf<K extends EndpointName> = ReturnType<SidebarApi[K]>;

type Runner = typeof google.script.run;

/**
 * Calls the endpoint `name` as a method of its runner (`runner[name](request)`): Google documents
 * google.script.run calls made on the runner, not a function detached from it. The contract types the
 * member, which proves every request type is a legal google.script.run parameter (JSON: no Date, no function).
 */
function callOn<K extends EndpointName>(runner: Runner, name: K, request: RequestOf<K>): void {
  const endpoints: { [endpoint: string]: ((request: RequestOf<K>) => void) | undefined } = runner;
  if (typeof endpoints[name] !== "function")
    throw new Error(`The add-on has no server function ${name}: reload the sidebar.`);
  endpoints[name](request);
}

/** Error type names an Apps Script failure's message may start with ("Exception: …", "Error: …"). */
const ERROR_NAMES = new Set(["Error", "Exception"]);

/**
 * A failure's message as a person should read it: without the leading "Exception: " or "Error: " that
 * names the error's type. Only a prefix equal to the error's own name (or those two type names) goes, so a
 * message that itself starts with "Word: " keeps it, whatever the language.
 */
export function failureMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  let message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  for (let i = 0; i < 2; i++) {
    const colon = message.indexOf(": ");
    const prefix = colon > 0 ? message.slice(0, colon) : "";
    if (!prefix || (prefix !== name && !ERROR_NAMES.has(prefix))) break;
    message = message.slice(colon + 2);
  }
  return message.trim();
}

let inFlight = 0;
let submitting = 0;
const busyListeners = new Set<(busy: boolean) => void>();

function setInFlight(delta: number): void {
  const before = inFlight > 0;
  inFlight += delta;
  const after = inFlight > 0;
  if (before !== after) for (const listener of busyListeners) listener(after);
}

/** Calls a server endpoint; resolves with its response, rejects with the server's Error (message names the fix). */
export function call<K extends EndpointName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  setInFlight(1);
  return new Promise<ResponseOf<K>>((resolve, reject) => {
    const runner = google.script.run
      // The server's registry is checked against SidebarApi in src/main.ts, so the value has this type.
      .withSuccessHandler((value: unknown) => resolve(value as ResponseOf<K>))
      .withFailureHandler((error: unknown) => reject(new Error(failureMessage(explainFailure(error)))));
    try {
      callOn(runner, name, request);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  }).finally(() => setInFlight(-1));
}

/**
 * A call that changes the workbook: refused (null) while another submission is in flight, so a double
 * click or a second Enter never sends the same change twice. Reads (call) may run alongside.
 */
export function submit<K extends EndpointName>(
  name: K,
  request: RequestOf<K>,
): Promise<ResponseOf<K>> | null {
  if (submitting > 0) return null;
  submitting += 1;
  return call(name, request).finally(() => {
    submitting -= 1;
  });
}

/** Whether a call is in flight. */
export function isBusy(): boolean {
  return inFlight > 0;
}

/** Subscribes to busy changes (true when the first call starts, false when the last one ends). */
export function onBusyChange(listener: (busy: boolean) => void): () => void {
  busyListeners.add(listener);
  return () => busyListeners.delete(listener);
}
