// Contract: google.script.run semantics (guides/html/communication [COMM]; PLATFORM §2, §8).
// A Date in a return value arriving as null is widely reported, undocumented (tanaikech 2023-08-28).
import { describe, expect, it } from "vitest";
import { handleClientCall } from "../../emulator";
import { loadFixture } from "./fixture";

const CODE = `
function echo(x) { return x; }
function kinds(x) { return [Array.isArray(x), x === null ? "null" : typeof x]; }
function withDate() { return { id: "HO-0001", created: new Date(0) }; }
function isoDate() { return { id: "HO-0001", created: new Date(0).toISOString() }; }
function nested() { return { list: [1, undefined, 3], f: function () {}, u: undefined }; }
function fails() { throw new Error("Handoff HO-0009 not found"); }
function secret_() { return "private"; }
var notAFunction = 1;
`;

describe("google.script.run ([COMM]; PLATFORM §2)", () => {
  it("is asynchronous: the result arrives after the current job", async () => {
    const emu = await loadFixture(CODE);
    let done = false;
    const p = emu.callFromClient("echo", [1]).then(() => {
      done = true;
    });
    expect(done).toBe(false);
    await p;
    expect(done).toBe(true);
  });

  it("calls only top-level functions not ending in _", async () => {
    const emu = await loadFixture(CODE);
    await expect(emu.callFromClient("echo", ["x"])).resolves.toBe("x");
    await expect(emu.callFromClient("secret_", [])).rejects.toThrow("Script function not found: secret_");
    await expect(emu.callFromClient("nope", [])).rejects.toThrow("Script function not found: nope");
    await expect(emu.callFromClient("notAFunction", [])).rejects.toThrow(
      "Script function not found: notAFunction",
    );
    expect(emu.history.map((h) => h.name)).not.toContain("secret_");
  });

  it("an argument holding a Date, a function or a DOM node fails the call, also nested; circular too", async () => {
    const emu = await loadFixture(CODE);
    await expect(emu.callFromClient("echo", [new Date()])).rejects.toThrow(
      "Failed due to illegal value in property: 0",
    );
    await expect(emu.callFromClient("echo", [{ a: { when: new Date() } }])).rejects.toThrow(
      "Failed due to illegal value in property: when",
    );
    await expect(emu.callFromClient("echo", [() => 1])).rejects.toThrow("illegal value");
    await expect(emu.callFromClient("echo", [{ nodeType: 1, nodeName: "DIV" }])).rejects.toThrow(
      "illegal value",
    );
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(emu.callFromClient("echo", [circular])).rejects.toThrow("illegal value");
    expect(emu.history).toEqual([]);
  });

  it("undefined inside arrays becomes null; objects are copied; the server sees realm arrays", async () => {
    const emu = await loadFixture(CODE);
    await expect(emu.callFromClient("echo", [[1, undefined, { a: undefined, b: 2 }]])).resolves.toEqual([
      1,
      null,
      { b: 2 },
    ]);
    await expect(emu.callFromClient("kinds", [[1]])).resolves.toEqual([true, "object"]);
    await expect(emu.callFromClient("nested", [])).resolves.toEqual({ list: [1, null, 3] });
  });

  it("a Date anywhere in the return value makes the page receive null (widely reported, undocumented)", async () => {
    const emu = await loadFixture(CODE);
    await expect(emu.callFromClient("withDate", [])).resolves.toBeNull();
    await expect(emu.callFromClient("isoDate", [])).resolves.toEqual({
      id: "HO-0001",
      created: "1970-01-01T00:00:00.000Z",
    });
  });

  it("a server exception rejects with an Error carrying the server's message", async () => {
    const emu = await loadFixture(CODE);
    const err = await emu.callFromClient("fails", []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe("Handoff HO-0009 not found");
  });

  it("runs in AuthMode.FULL, so it may open a sidebar", async () => {
    const emu = await loadFixture(
      'function show() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput("x").setTitle("S")); return "ok"; }',
    );
    await expect(emu.callFromClient("show", [])).resolves.toBe("ok");
    expect(emu.history).toEqual([{ name: "show", authMode: "FULL", ok: true }]);
  });

  it("handleClientCall serves the HTTP bridge from a JSON body", async () => {
    const emu = await loadFixture(CODE);
    await expect(handleClientCall(emu, JSON.stringify({ name: "echo", args: [{ a: 1 }] }))).resolves.toEqual({
      ok: true,
      value: { a: 1 },
    });
    await expect(handleClientCall(emu, { name: "fails", args: [] })).resolves.toEqual({
      ok: false,
      error: { name: "Error", message: "Handoff HO-0009 not found" },
    });
    await expect(handleClientCall(emu, "{not json")).resolves.toMatchObject({ ok: false });
  });
});
