import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bytesToHex, populationDigestInput } from "../../../src/core/audit/population-digest";

// What Utilities.computeDigest returns: Java's signed bytes.
const javaSignedBytes = (buf: Buffer): number[] => [...buf].map((b) => (b > 127 ? b - 256 : b));

describe("population digest", () => {
  it("feeds the digest sorted IDs, one per line, so row order does not change it", () => {
    expect(populationDigestInput(["HO-0010", "HO-0002", "HO-0100"])).toBe("HO-0002\nHO-0010\nHO-0100");
    expect(populationDigestInput(["b", "a"])).toBe(populationDigestInput(["a", "b"]));
    expect(populationDigestInput([])).toBe("");
  });

  it("does not change the caller's array", () => {
    const ids = ["b", "a"];
    populationDigestInput(ids);
    expect(ids).toEqual(["b", "a"]);
  });

  it("turns computeDigest's signed bytes into the same hex as sha256sum", () => {
    const input = populationDigestInput(["HO-0003", "HO-0001", "HO-0002", "HO-0010"]);
    const digest = createHash("sha256").update(input, "utf8").digest();
    expect(bytesToHex(javaSignedBytes(digest))).toBe(digest.toString("hex"));
    expect(bytesToHex([0, 1, -1, -128, 127, 15])).toBe("0001ff807f0f");
  });

  it("detects a changed population", () => {
    const hex = (ids: string[]) =>
      bytesToHex(javaSignedBytes(createHash("sha256").update(populationDigestInput(ids), "utf8").digest()));
    expect(hex(["HO-0001", "HO-0002"])).not.toBe(hex(["HO-0001", "HO-0002", "HO-0003"]));
    expect(hex(["HO-0002", "HO-0001"])).toBe(hex(["HO-0001", "HO-0002"]));
  });

  it("rejects values that are not bytes", () => {
    expect(() => bytesToHex([256])).toThrow(RangeError);
    expect(() => bytesToHex([-129])).toThrow(RangeError);
    expect(() => bytesToHex([1.5])).toThrow(RangeError);
  });
});
