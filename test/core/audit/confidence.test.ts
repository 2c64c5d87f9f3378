import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binomialCdf, upperBound, upperBoundZeroExceptions } from "../../../src/core/audit/confidence";

describe("upperBoundZeroExceptions", () => {
  it("is 1 − (1 − c)^(1/n)", () => {
    expect(upperBoundZeroExceptions(11)).toBeCloseTo(0.2384, 4);
    expect(upperBoundZeroExceptions(59)).toBeCloseTo(0.0495, 4);
    expect(upperBoundZeroExceptions(1)).toBeCloseTo(0.95, 12);
    expect(upperBoundZeroExceptions(11, 0.9)).toBeCloseTo(1 - 0.1 ** (1 / 11), 12);
    expect(upperBoundZeroExceptions(0)).toBe(1);
  });

  it("the rule of three: n = 300 gives about 3/n", () => {
    expect(upperBoundZeroExceptions(300)).toBeCloseTo(3 / 300, 3);
  });
});

describe("upperBound (Clopper–Pearson, one-sided)", () => {
  it.each([
    // Reference values from scipy.stats.beta.ppf(0.95, k + 1, n − k).
    [1, 10, 0.3941633],
    [2, 11, 0.4700868],
    [5, 100, 0.1022534],
    [3, 25, 0.2817225],
  ])("k = %i, n = %i → %f", (k, n, expected) => {
    expect(upperBound(k, n)).toBeCloseTo(expected, 6);
  });

  it("agrees with the closed form for zero exceptions and is 1 when every draw failed", () => {
    expect(upperBound(0, 11)).toBeCloseTo(upperBoundZeroExceptions(11), 12);
    expect(upperBound(4, 4)).toBe(1);
  });

  it("is the p at which seeing k or fewer has 5 % probability", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 400 })
          .chain((n) => fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constant(n))),
        ([k, n]) => {
          const p = upperBound(k, n);
          expect(p).toBeGreaterThan(k / n);
          expect(binomialCdf(k, n, p)).toBeCloseTo(0.05, 8);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("grows with exceptions and shrinks with sample size", () => {
    expect(upperBound(2, 20)).toBeGreaterThan(upperBound(1, 20));
    expect(upperBound(1, 40)).toBeLessThan(upperBound(1, 20));
  });

  it("stays accurate for large samples where plain products underflow", () => {
    expect(binomialCdf(900, 1000, 0.9)).toBeGreaterThan(0.5);
    expect(binomialCdf(900, 1000, 0.9)).toBeLessThan(0.56);
    expect(upperBound(900, 1000)).toBeCloseTo(0.9152152, 6);
  });

  it("rejects impossible counts", () => {
    expect(() => upperBound(3, 2)).toThrow(RangeError);
    expect(() => upperBound(-1, 2)).toThrow(RangeError);
    expect(() => upperBound(1, 2, 1)).toThrow(RangeError);
  });
});
