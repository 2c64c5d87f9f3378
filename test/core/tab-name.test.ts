import { describe, expect, it } from "vitest";
import { newHandoffRequest } from "../../src/core/api/requests";
import { cutAtCharacter, handoffTabName, hasVisibleText } from "../../src/core/tab/tab-name";

describe("tab names", () => {
  it("cut a long client name between characters, never inside an emoji or an accent", () => {
    const family = "👨‍👩‍👧"; // three people joined by zero-width joiners: one character on screen
    const name = handoffTabName("HO-0001", `${"A".repeat(30)}${family}${family}${family}`, []);
    expect(name).toBe(`HO-0001 ${"A".repeat(30)}…`);
    expect(cutAtCharacter(`ab${family}`, 4)).toBe("ab");
    expect(cutAtCharacter("abc🚀", 4)).toBe("abc");
    expect(cutAtCharacter("e\u0301e\u0301", 3)).toBe("e\u0301");
    expect(cutAtCharacter("🇩🇪🇫🇷", 6)).toBe("🇩🇪");
    const withRocket = handoffTabName("HO-0002", `${"B".repeat(29)}🚀🚀`, []);
    expect(withRocket).toBe(`HO-0002 ${"B".repeat(29)}🚀…`);
    expect([...withRocket].every((ch) => ch.codePointAt(0) !== undefined)).toBe(true);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(withRocket)).toBe(false);
  });

  it("drop right-to-left overrides and other bidi controls from the tab name", () => {
    expect(handoffTabName("HO-0003", "Acme\u202e fdp.exe\u202c", [])).toBe("HO-0003 Acme fdp.exe");
    expect(handoffTabName("HO-0004", "\u2067شركة\u2069", [])).toBe("HO-0004 شركة");
  });

  it("use the ID alone for a client of invisible characters, and the form refuses such a client", () => {
    expect(handoffTabName("HO-0005", "\u200b\u200d\u202e ", [])).toBe("HO-0005");
    expect(hasVisibleText("\u200b\u00a0\u2066\ufe0f")).toBe(false);
    expect(hasVisibleText("Ö")).toBe(true);
    const parsed = newHandoffRequest.safeParse({
      client: "\u200b\u200b",
      scenarioId: "standard-new-client",
      handoffOwner: "Dana Lee",
      receivingOwner: "Sam Ortiz",
      targetKickoff: "",
      hasExceptions: false,
      exceptions: "",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      "Enter the client's name with letters or digits: this one has only spaces or invisible characters.",
    );
  });
});
