// Contract: other services. Sources: guides/properties + PLATFORM §3 (strings only, null when missing);
// reference/lock (tryLock boolean, waitLock throws; timeout text observed/widely reported);
// guides/html/templates (scriptlets); Utilities reference (SimpleDateFormat patterns, Byte[] digests);
// Session reference (script time zone from the manifest).
import { describe, expect, it } from "vitest";
import { loadFixture } from "./fixture";

describe("PropertiesService (guides/properties; PLATFORM §3)", () => {
  it("stores strings only and returns null for a missing key", async () => {
    const emu = await loadFixture(`
      function props() {
        var p = PropertiesService.getDocumentProperties();
        p.setProperty("n", 5); p.setProperty("b", true); p.setProperties({ o: { a: 1 } });
        var all = p.getProperties();
        return [p.getProperty("n"), typeof p.getProperty("n"), p.getProperty("b"), p.getProperty("missing"), all.o, p.getKeys().sort()];
      }
      function del() { var p = PropertiesService.getDocumentProperties(); p.deleteProperty("n"); return p.getProperty("n"); }
      function mine() { return PropertiesService.getUserProperties().getProperty("k"); }
      function setMine() { PropertiesService.getUserProperties().setProperty("k", Session.getActiveUser().getEmail()); }
    `);
    expect(emu.run("props").value).toEqual(["5", "string", "true", null, "[object Object]", ["b", "n", "o"]]);
    expect(emu.run("del").value).toBeNull();
    emu.run("setMine", [], { user: "ana@example.com" });
    expect(emu.run("mine", [], { user: "ana@example.com" }).value).toBe("ana@example.com");
    expect(emu.run("mine", [], { user: "bo@example.com" }).value).toBeNull();
  });
});

const LOCK_CODE = `
function tryIt(ms) { return LockService.getDocumentLock().tryLock(ms); }
function waitIt(ms) { var l = LockService.getDocumentLock(); l.waitLock(ms); var had = l.hasLock(); l.releaseLock(); return [had, l.hasLock()]; }
function nextId() {
  var lock = LockService.getDocumentLock();
  lock.waitLock(5000);
  var cell = SpreadsheetApp.getActiveSheet().getRange("A1");
  var id = Number(cell.getValue() || 0) + 1;
  cell.setValue(id);
  SpreadsheetApp.flush();
  lock.releaseLock();
  return id;
}
function nextIdUnlocked() {
  var cell = SpreadsheetApp.getActiveSheet().getRange("A1");
  var id = Number(cell.getValue() || 0) + 1;
  cell.setValue(id);
  return id;
}
`;

describe("LockService.getDocumentLock (reference/lock; PLATFORM §3)", () => {
  it("tryLock returns true when free; the lock is released when the execution ends", async () => {
    const emu = await loadFixture(LOCK_CODE);
    expect(emu.run("tryIt", [0]).value).toBe(true);
    expect(emu.run("tryIt", [0]).value).toBe(true);
    expect(emu.run("waitIt", [10]).value).toEqual([true, false]);
  });

  it('waitLock throws "Lock timeout: another process was holding the lock for too long." (observed)', async () => {
    const emu = await loadFixture(LOCK_CODE, { now: () => new Date(0) });
    emu.stageLockHolder({ holdMs: 5000 });
    const r = emu.run("waitIt", [1000]);
    expect(r.error).toEqual({
      name: "Exception",
      message: "Lock timeout: another process was holding the lock for too long.",
    });
    expect(emu.now()).toBe(1000);
  });

  it("a staged holder is waited out when the timeout is long enough (virtual time advances)", async () => {
    const emu = await loadFixture(LOCK_CODE, { now: () => new Date(0) });
    emu.stageLockHolder({ holdMs: 300 });
    expect(emu.run("tryIt", [100]).value).toBe(false);
    emu.stageLockHolder({ holdMs: 300 });
    expect(emu.run("waitIt", [1000]).value).toEqual([true, false]);
    expect(emu.now()).toBe(100 + 300);
  });

  it("whileLockHeld: a second execution arriving while the first holds the lock cannot take it", async () => {
    const emu = await loadFixture(LOCK_CODE);
    let second: ReturnType<typeof emu.run> | undefined;
    const first = emu.run("nextId", [], { whileLockHeld: () => (second = emu.run("nextId")) });
    expect(first.value).toBe(1);
    expect(second?.error?.message).toBe("Lock timeout: another process was holding the lock for too long.");
    expect(emu.run("nextId").value).toBe(2);
  });

  it("interleave: without the lock, a second execution between read and write duplicates the id", async () => {
    const emu = await loadFixture(LOCK_CODE);
    let second: unknown;
    const first = emu.run("nextIdUnlocked", [], {
      interleave: { after: "Range.getValue", run: () => (second = emu.run("nextIdUnlocked").value) },
    });
    expect([first.value, second]).toEqual([1, 1]);
    let lockedSecond: unknown;
    emu.run("nextId", [], {
      interleave: { after: "Range.getValue", run: () => (lockedSecond = emu.run("nextId").error?.message) },
    });
    expect(lockedSecond).toMatch(/^Lock timeout/);
  });
});

describe("HtmlService (guides/html/templates; PLATFORM §2)", () => {
  it("createHtmlOutputFromFile reads <dist>/<name>.html; title and content round-trip", async () => {
    const emu = await loadFixture(
      'function page() { var o = HtmlService.createHtmlOutputFromFile("Page").setTitle("Handoff Gate").setWidth(500); return [o.getTitle(), o.getContent(), o.getWidth()]; }\nfunction missing() { HtmlService.createHtmlOutputFromFile("Nope"); }',
      { html: { Page: "<h1>Hello</h1>" } },
    );
    expect(emu.run("page").value).toEqual(["Handoff Gate", "<h1>Hello</h1>", 500]);
    expect(emu.run("missing").error?.message).toBe("No HTML file named Nope was found.");
  });

  it("templates run <? ?>, escape <?= ?> and print <?!= ?> raw; properties set on the template are in scope", async () => {
    const emu = await loadFixture(
      `
      function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
      function render(name) {
        var t = HtmlService.createTemplateFromFile("T");
        t.client = name;
        return t.evaluate().getContent();
      }
    `,
      {
        html: {
          T: "<? for (var i = 0; i < 2; i++) { ?><i><?= i ?></i><? } ?><b><?= client ?></b><?!= include('Part') ?>",
          Part: "<em>raw</em>",
        },
      },
    );
    expect(emu.run("render", ['<img src=x onerror="alert(1)">']).value).toBe(
      "<i>0</i><i>1</i><b>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</b><em>raw</em>",
    );
  });
});

const USERINFO_EMAIL = "https://www.googleapis.com/auth/userinfo.email";

describe("Utilities and Session (Utilities / Session references)", () => {
  it("formatDate uses Java SimpleDateFormat patterns in the given time zone", async () => {
    const emu = await loadFixture(
      "function f(p, tz) { return Utilities.formatDate(new Date(Date.UTC(2025, 0, 15, 15, 4, 5)), tz, p); }",
    );
    const f = (p: string, tz = "America/New_York") => emu.run("f", [p, tz]).value;
    expect(f("yyyy-MM-dd HH:mm:ss")).toBe("2025-01-15 10:04:05");
    expect(f("EEE, d MMM yyyy h:mm a")).toBe("Wed, 15 Jan 2025 10:04 AM");
    expect(f("EEEE MMMM")).toBe("Wednesday January");
    expect(f("Z|XXX|z")).toBe("-0500|-05:00|EST");
    expect(f("yyyy-MM-dd'T'HH:mm:ssXXX", "UTC")).toBe("2025-01-15T15:04:05Z");
    expect(f("''yy''")).toBe("'25'");
  });

  it("computeDigest returns Java's signed bytes (-128..127)", async () => {
    const emu = await loadFixture(
      'function d() { return [Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, "abc", Utilities.Charset.UTF_8).slice(0, 4), Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, "abc").length]; }',
    );
    // SHA-256("abc") starts ba 78 16 bf.
    expect(emu.run("d").value).toEqual([[-70, 120, 22, -65], 16]);
  });

  it("getUuid gives distinct v4 UUIDs; base64Encode encodes UTF-8", async () => {
    const emu = await loadFixture(
      'function u() { return [Utilities.getUuid(), Utilities.getUuid(), Utilities.base64Encode("é")]; }',
    );
    const [a, b, enc] = emu.run("u").value as string[];
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
    expect(enc).toBe("w6k=");
  });

  it("Session: script time zone from the manifest, configurable active user (empty in CUSTOM_FUNCTION, [LC])", async () => {
    const emu = await loadFixture(
      "function s() { return [Session.getScriptTimeZone(), Session.getActiveUser().getEmail()]; }",
      {
        manifest: { timeZone: "Europe/Paris", oauthScopes: [USERINFO_EMAIL] },
        user: "lead@example.com",
      },
    );
    expect(emu.run("s").value).toEqual(["Europe/Paris", "lead@example.com"]);
    expect(emu.run("s", [], { authMode: "CUSTOM_FUNCTION" }).value).toEqual(["Europe/Paris", ""]);
  });

  it("Session: a person per execution, per client call or from now on; blank when Google withholds it (User reference)", async () => {
    const emu = await loadFixture("function who() { return Session.getActiveUser().getEmail(); }", {
      manifest: { oauthScopes: [USERINFO_EMAIL] },
      user: "ann@acme.com",
    });
    expect(emu.run("who", [], { user: "bob@acme.com" }).value).toBe("bob@acme.com");
    expect(await emu.callFromClient("who", [], { user: "cy@acme.com" })).toBe("cy@acme.com");
    expect(emu.run("who", [], { user: "" }).value).toBe("");
    expect(emu.run("who").value).toBe("ann@acme.com");
    emu.setUser("dee@acme.com");
    expect(await emu.callFromClient("who")).toBe("dee@acme.com");
  });

  it("Session.getActiveUser needs the userinfo.email scope when the manifest lists its scopes (Session reference, Authorization)", async () => {
    const emu = await loadFixture("function who() { return Session.getActiveUser().getEmail(); }", {
      manifest: { oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly"] },
    });
    const r = emu.run("who");
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain(USERINFO_EMAIL);
  });
});

describe("Ui alert/prompt (answered by the test)", () => {
  it("returns the queued button / text and records what was shown; fails when nothing is queued", async () => {
    const emu = await loadFixture(`
      function ask() {
        var ui = SpreadsheetApp.getUi();
        var a = ui.alert("Archive?", "Archive HO-0001?", ui.ButtonSet.YES_NO);
        var p = ui.prompt("Reason?");
        return [a === ui.Button.YES, String(p.getSelectedButton()), p.getResponseText()];
      }
    `);
    emu.ui.queueAlert("YES");
    emu.ui.queuePrompt({ button: "OK", text: "done" });
    expect(emu.run("ask").value).toEqual([true, "OK", "done"]);
    expect(emu.ui.alerts).toEqual(["Archive?: Archive HO-0001?", "Reason?"]);
    expect(emu.run("ask").error?.message).toBe(
      'Ui.alert("Archive HO-0001?") was shown but the test queued no answer.',
    );
  });
});
