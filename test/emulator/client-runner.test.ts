// Contract: the browser side of google.script.run ([COMM]; PLATFORM §2): immutable builder, dynamic
// methods, at most 10 calls in flight, illegal arguments fail before posting, user object passed back.
// Runs clientRunnerSource in a vm page-like context whose fetch posts to handleClientCall.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { clientRunnerSource, type Emulator, handleClientCall } from "../../emulator";
import { loadFixture } from "./fixture";

interface Page {
  google: { script: { run: Record<string, (...args: unknown[]) => unknown>; host: Record<string, unknown> } };
  posted: { url: string; body: string }[];
  release: () => void;
  inFlight: () => number;
}

function page(emu: Emulator, opts: { hold?: boolean } = {}): Page {
  const posted: { url: string; body: string }[] = [];
  const held: (() => void)[] = [];
  let inFlight = 0;
  const fetch = (url: string, init: { body: string }) => {
    posted.push({ url, body: init.body });
    inFlight++;
    const respond = () =>
      handleClientCall(emu, init.body).then((out) => {
        inFlight--;
        return { json: () => out };
      });
    if (!opts.hold) return respond();
    return new Promise((resolve) => held.push(() => resolve(respond())));
  };
  class Node {}
  const window: Record<string, unknown> = { location: { origin: "http://localhost" } };
  const context = vm.createContext({
    window,
    fetch,
    Node,
    console,
    setTimeout,
    Proxy,
    Promise,
    JSON,
    Object,
    Array,
    Date,
    Error,
    TypeError,
  });
  vm.runInContext(clientRunnerSource("/__script_run"), context);
  return {
    google: window.google as Page["google"],
    posted,
    release: () => {
      for (const f of held.splice(0)) f();
    },
    inFlight: () => inFlight,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe("client runner ([COMM]; PLATFORM §2)", () => {
  it("each with* returns a new runner; handlers get the value and the user object", async () => {
    const emu = await loadFixture("function echo(x) { return x; }");
    const p = page(emu);
    const run = p.google.script.run;
    const got: unknown[] = [];
    const withHandler = run.withSuccessHandler?.((v: unknown, u: unknown) =>
      got.push([v, u]),
    ) as Page["google"]["script"]["run"];
    expect(withHandler).not.toBe(run);
    const withUser = withHandler.withUserObject?.("row-7") as Page["google"]["script"]["run"];
    expect(withUser).not.toBe(withHandler);
    withUser.echo?.({ id: "HO-1" });
    await settle();
    expect(got).toEqual([[{ id: "HO-1" }, "row-7"]]);
    expect(p.posted).toEqual([
      { url: "/__script_run", body: JSON.stringify({ name: "echo", args: [{ id: "HO-1" }] }) },
    ]);
  });

  it("a Date or function argument fails before anything is posted", async () => {
    const emu = await loadFixture("function echo(x) { return x; }");
    const p = page(emu);
    const errors: string[] = [];
    const run = p.google.script.run.withFailureHandler?.((e: Error) =>
      errors.push(e.message),
    ) as Page["google"]["script"]["run"];
    run.echo?.(new Date());
    run.echo?.({ f: () => 1 });
    await settle();
    expect(errors).toEqual([
      "Failed due to illegal value in property: 0",
      "Failed due to illegal value in property: f",
    ]);
    expect(p.posted).toEqual([]);
  });

  it("server failures reach the failure handler as an Error with the server message", async () => {
    const emu = await loadFixture('function fails() { throw new Error("nope"); }\nfunction priv_() {}');
    const p = page(emu);
    const errors: string[] = [];
    const run = p.google.script.run.withFailureHandler?.((e: Error) =>
      errors.push(e.message),
    ) as Page["google"]["script"]["run"];
    run.fails?.();
    run.priv_?.();
    await settle();
    expect(errors.sort()).toEqual(["Script function not found: priv_", "nope"]);
  });

  // Source: widely reported, not documented (issuetracker.google.com/issues/69270374; the text as quoted
  // in github.com/enuchi/React-Google-Apps-Script issue 46; PLATFORM §9 "Several signed-in Google accounts").
  it("signed into several Google accounts, every call fails with PERMISSION_DENIED and nothing runs", async () => {
    const emu = await loadFixture("function echo(x) { return x; }", { multipleAccounts: true });
    const p = page(emu);
    const failures: [string, string][] = [];
    const done: unknown[] = [];
    const withSuccess = p.google.script.run.withSuccessHandler?.((v: unknown) =>
      done.push(v),
    ) as Page["google"]["script"]["run"];
    const run = withSuccess.withFailureHandler?.((e: Error) =>
      failures.push([e.name, e.message]),
    ) as Page["google"]["script"]["run"];
    run.echo?.(1);
    await settle();
    expect(failures).toEqual([
      [
        "ScriptError",
        "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
      ],
    ]);
    expect(emu.history).toEqual([]);
    emu.setMultipleAccounts(false);
    run.echo?.(2);
    await settle();
    expect(done).toEqual([2]);
  });

  it("the PERMISSION_DENIED code stays in the localized text", async () => {
    const emu = await loadFixture("function echo(x) { return x; }", {
      multipleAccounts: true,
      errorLanguage: "de",
    });
    await expect(emu.callFromClient("echo", [1])).rejects.toThrow(
      /^Leider .*Fehlercode PERMISSION_DENIED\.$/,
    );
  });

  it("keeps at most 10 calls in flight; the 11th waits", async () => {
    const emu = await loadFixture("function echo(x) { return x; }");
    const p = page(emu, { hold: true });
    const done: unknown[] = [];
    const run = p.google.script.run.withSuccessHandler?.((v: unknown) =>
      done.push(v),
    ) as Page["google"]["script"]["run"];
    for (let i = 0; i < 11; i++) run.echo?.(i);
    expect(p.posted).toHaveLength(10);
    p.release();
    await settle();
    expect(p.posted).toHaveLength(11);
    p.release();
    await settle();
    expect(done.sort((a, b) => Number(a) - Number(b))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(p.inFlight()).toBe(0);
  });

  it("google.script.host offers close/setHeight/setWidth/editor.focus", async () => {
    const emu = await loadFixture("function x() {}");
    const host = page(emu).google.script.host as {
      close: () => void;
      setHeight: () => void;
      setWidth: () => void;
      editor: { focus: () => void };
    };
    expect([
      typeof host.close,
      typeof host.setHeight,
      typeof host.setWidth,
      typeof host.editor.focus,
    ]).toEqual(["function", "function", "function", "function"]);
  });
});
