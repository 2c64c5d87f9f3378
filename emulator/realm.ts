// One vm context per execution, with no Node globals, and conversion of values across its boundary.
// Source: PLATFORM.md §8 "Realm" (observed): a Date made outside the context fails `instanceof Date`
// inside it, so everything handed to the bundle is built from the context's own constructors.

import vm from "node:vm";
import { isDate } from "./cell-input";

interface Intrinsics {
  readonly Date: DateConstructor;
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
  readonly Error: ErrorConstructor;
  readonly Promise: PromiseConstructor;
}

/** A caught error, as plain host data. */
export interface ErrorInfo {
  readonly message: string;
  readonly name: string;
}

/** The outcome of calling a function inside the realm. */
export type CallOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: ErrorInfo };

// Replaces the context's Date so `new Date()` and `Date.now()` read the emulation's virtual clock.
const VIRTUAL_DATE = `(function (now) {
  var RealDate = Date;
  var VirtualDate = function Date() {
    if (!new.target) return new RealDate(now()).toString();
    var args = Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args.length ? args : [now()], new.target);
  };
  VirtualDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, "constructor", { value: VirtualDate, writable: true, configurable: true });
  VirtualDate.now = function now_() { return now(); };
  VirtualDate.UTC = RealDate.UTC;
  VirtualDate.parse = RealDate.parse;
  Object.defineProperty(globalThis, "Date", { value: VirtualDate, writable: true, configurable: true });
  return { Date: RealDate, Array: Array, Object: Object, Error: Error, Promise: Promise };
})`;

/** A fresh global scope for one execution: JavaScript built-ins plus the given service globals. */
export class Realm {
  readonly context: vm.Context;
  private readonly intrinsics: Intrinsics;

  constructor(now: () => number) {
    this.context = vm.createContext({}, { microtaskMode: "afterEvaluate", name: "Apps Script execution" });
    const install = vm.runInContext(VIRTUAL_DATE, this.context) as (now: () => number) => Intrinsics;
    this.intrinsics = install(now);
  }

  /** Defines the service globals (SpreadsheetApp, Logger…) the bundle sees. */
  install(globals: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(globals)) {
      Object.defineProperty(this.context, name, {
        value,
        writable: true,
        configurable: true,
        enumerable: false,
      });
    }
  }

  /** Whether an object was built by this realm (kept as is when handed back in). */
  private owns(value: object): boolean {
    const proto = Object.getPrototypeOf(value) as unknown;
    return (
      proto === this.intrinsics.Object.prototype ||
      proto === this.intrinsics.Array.prototype ||
      proto === this.intrinsics.Date.prototype
    );
  }

  /** Evaluates a classic script (Code.js) in the realm; throws the realm's own error on failure. */
  evaluate(code: string, filename: string): void {
    new vm.Script(code, { filename }).runInContext(this.context);
  }

  /** Evaluates an expression in the realm and returns its value (e.g. a compiled template function). */
  evaluateFunction(source: string): unknown {
    return vm.runInContext(source, this.context);
  }

  /** The realm's global named `name`, if it is a function. */
  globalFunction(name: string): ((...args: unknown[]) => unknown) | undefined {
    const desc = Object.getOwnPropertyDescriptor(this.context, name);
    return typeof desc?.value === "function" ? (desc.value as (...args: unknown[]) => unknown) : undefined;
  }

  /** Calls a realm function with realm-built arguments; awaits a returned promise by draining microtasks. */
  call(fn: (...args: unknown[]) => unknown, args: readonly unknown[]): CallOutcome {
    let value: unknown;
    try {
      value = fn(...args.map((a) => this.toRealm(a)));
    } catch (e) {
      return { ok: false, error: errorInfo(e) };
    }
    if (!isThenable(value)) {
      this.drainMicrotasks();
      return { ok: true, value };
    }
    // Reaction jobs run on the queue of the handler's realm, so the handlers are made inside it.
    const settle = this.evaluateFunction(
      "(function (p, box) { Promise.resolve(p).then(function (v) { box.state = 1; box.value = v; }, function (e) { box.state = 2; box.value = e; }); })",
    ) as (p: unknown, box: { state?: number; value?: unknown }) => void;
    const box = this.object({}) as { state?: number; value?: unknown };
    settle(value, box);
    this.drainMicrotasks();
    if (box.state === 1) return { ok: true, value: box.value };
    if (box.state === 2) return { ok: false, error: errorInfo(box.value) };
    return { ok: false, error: { name: "Error", message: "The returned promise never settled." } };
  }

  /** Runs queued promise jobs, as Apps Script does once the call stack empties (PLATFORM §7). */
  drainMicrotasks(): void {
    vm.runInContext("undefined", this.context);
  }

  /** An Error of the realm, named like Apps Script's service exceptions ("Exception"). */
  error(message: string, name = "Exception"): Error {
    const e = new this.intrinsics.Error(message);
    e.name = name;
    return e;
  }

  /** A realm array of the given items (converted). */
  array(items: readonly unknown[]): unknown[] {
    const out = new this.intrinsics.Array<unknown>();
    for (const item of items) out.push(this.toRealm(item));
    return out;
  }

  /** A realm Date for the instant. */
  date(time: number): Date {
    return new this.intrinsics.Date(time);
  }

  /** A realm plain object with these (converted) entries. */
  object(entries: Record<string, unknown>): Record<string, unknown> {
    const out = new this.intrinsics.Object() as Record<string, unknown>;
    for (const [k, v] of Object.entries(entries)) out[k] = this.toRealm(v);
    return out;
  }

  /** Copies host data into the realm: Dates, arrays and plain objects rebuilt; service objects kept. */
  toRealm(value: unknown, seen = new Map<object, unknown>()): unknown {
    if (value === null || typeof value !== "object") return value;
    if (this.owns(value)) return value;
    if (isDate(value)) return this.date(value.getTime());
    const done = seen.get(value);
    if (done !== undefined) return done;
    if (Array.isArray(value)) {
      const out = new this.intrinsics.Array<unknown>();
      seen.set(value, out);
      for (const item of value) out.push(this.toRealm(item, seen));
      return out;
    }
    if (isPlainObject(value)) {
      const out = new this.intrinsics.Object() as Record<string, unknown>;
      seen.set(value, out);
      for (const [k, v] of Object.entries(value)) out[k] = this.toRealm(v, seen);
      return out;
    }
    return value;
  }

  /** Copies realm data out to the host: realm Dates become host Dates (duck-typed), arrays host arrays. */
  toHost(value: unknown, seen = new Map<object, unknown>()): unknown {
    if (value === null || typeof value !== "object") return value;
    if (isDate(value)) return new Date(value.getTime());
    const done = seen.get(value);
    if (done !== undefined) return done;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      for (const item of value) out.push(this.toHost(item, seen));
      return out;
    }
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      seen.set(value, out);
      for (const [k, v] of Object.entries(value)) out[k] = this.toHost(v, seen);
      return out;
    }
    return value;
  }
}

/** An object whose prototype is some realm's Object.prototype (or null). */
export function isPlainObject(v: object): v is Record<string, unknown> {
  const proto = Object.getPrototypeOf(v) as object | null;
  if (proto === null) return true;
  const ctor = Object.getOwnPropertyDescriptor(proto, "constructor")?.value as unknown;
  return typeof ctor === "function" && ctor.name === "Object" && Object.getPrototypeOf(proto) === null;
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (
    v !== null &&
    (typeof v === "object" || typeof v === "function") &&
    typeof (v as { then?: unknown }).then === "function"
  );
}

/** Message and name of anything thrown (realm errors included). */
export function errorInfo(e: unknown): ErrorInfo {
  if (e !== null && typeof e === "object" && "message" in e) {
    const err = e as { message: unknown; name?: unknown };
    return { message: String(err.message), name: typeof err.name === "string" ? err.name : "Error" };
  }
  return { message: String(e), name: "Error" };
}
