import { describe, expect, it } from "vitest";
import { defaultSampleSize, parseSampleSizeOverride } from "../../../src/core/audit/sample-size";

describe("defaultSampleSize", () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 3],
    [15, 3],
    [16, 4],
    [20, 4],
    [21, 5],
    [125, 25],
    [126, 25],
    [1000, 25],
  ])("N = %i → %i", (n, size) => {
    expect(defaultSampleSize(n).size).toBe(size);
  });

  it("states the rule with the numbers filled in", () => {
    expect(defaultSampleSize(2).rule).toBe("N = 2 ≤ 3, so every handoff is sampled: size 2.");
    expect(defaultSampleSize(40).rule).toBe("N = 40 > 3, so size = min(25, max(3, ⌈20 % × 40⌉ = 8)) = 8.");
    expect(defaultSampleSize(126).rule).toBe(
      "N = 126 > 3, so size = min(25, max(3, ⌈20 % × 126⌉ = 26)) = 25.",
    );
    expect(defaultSampleSize(0).rule).toContain("nothing to sample");
  });

  it("gives reasoning that cites control-testing practice and random selection", () => {
    const { reasoning } = defaultSampleSize(40);
    expect(reasoning).toContain("quarterly about 2");
    expect(reasoning).toContain("daily 20–40");
    expect(reasoning).toMatch(/no fixed size/);
    expect(reasoning).toMatch(/random/);
    expect(reasoning.split(/(?<=\.) /).length).toBeLessThanOrEqual(2);
  });

  it("never exceeds the population or the cap", () => {
    for (let n = 0; n <= 500; n++) {
      const { size } = defaultSampleSize(n);
      expect(size).toBeLessThanOrEqual(Math.min(n, 25));
      if (n > 3) expect(size).toBeGreaterThanOrEqual(3);
    }
  });

  it("rejects counts that are not whole numbers", () => {
    expect(() => defaultSampleSize(-1)).toThrow(RangeError);
    expect(() => defaultSampleSize(2.5)).toThrow(RangeError);
  });
});

describe("parseSampleSizeOverride", () => {
  it("reads a typed override", () => {
    expect(parseSampleSizeOverride("")).toBeNull();
    expect(parseSampleSizeOverride("  ")).toBeNull();
    expect(parseSampleSizeOverride(" 12 ")).toBe(12);
    expect(parseSampleSizeOverride("0")).toBe("invalid");
    expect(parseSampleSizeOverride("-3")).toBe("invalid");
    expect(parseSampleSizeOverride("2.5")).toBe("invalid");
    expect(parseSampleSizeOverride("ten")).toBe("invalid");
  });
});
