import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentUp, upperBound } from "../../../src/core/audit/confidence";
import { hypergeometricCdf, hypergeometricUpperCount } from "../../../src/core/audit/hypergeometric";

describe("hypergeometricUpperCount (exact, one-sided 95 %)", () => {
  it.each([
    // k = 0, n = 1, N = 10: P(no exception seen | K) = (10 − K)/10, above 5 % up to K = 9.
    [0, 1, 10, 9],
    // k = 0, n = 4, N = 10: K = 4 gives C(6,4)/C(10,4) = 15/210 ≈ 7.1 %; K = 5 gives 5/210 ≈ 2.4 %.
    [0, 4, 10, 4],
    // k = 0, n = 11, N = 23: K = 4 gives C(19,11)/C(23,11) = 75582/1352078 ≈ 5.6 %; K = 5 gives 31824/1352078 ≈ 2.4 %.
    [0, 11, 23, 4],
    // k = 0, n = 2, N = 3: 2 clean picks leave at most K = 1, and C(2,2)/C(3,2) = 1/3 is above 5 %.
    [0, 2, 3, 1],
    // Exact sums computed independently with Python's fractions.Fraction and math.comb.
    [1, 10, 40, 14],
    [2, 11, 23, 9],
    [0, 3, 18, 10],
    [1, 5, 15, 8],
    [0, 20, 1000, 137],
    // A tie: 2 in 4 of 16 with K = 14 has P(X ≤ 2) = 1/20 exactly, so 14 is rejected and 13 is the bound.
    [2, 4, 16, 13],
  ])("k = %i in n = %i of N = %i → at most %i", (k, n, N, expected) => {
    expect(hypergeometricUpperCount(k, n, N)).toBe(expected);
  });

  it("n = N: everything was checked, so the bound is what was seen", () => {
    expect(hypergeometricUpperCount(0, 23, 23)).toBe(0);
    expect(hypergeometricUpperCount(3, 23, 23)).toBe(3);
    expect(hypergeometricUpperCount(0, 1, 1)).toBe(0);
    expect(hypergeometricUpperCount(2, 4, 4)).toBe(2);
  });

  it("k = n: every pick failed, the bound is every handoff not seen clean", () => {
    // 2 exceptions in 2 of 10: nothing rules out all 10.
    expect(hypergeometricUpperCount(2, 2, 10)).toBe(10);
  });

  it("takes a stricter confidence when asked (97.5 %, as for two strata together)", () => {
    // Python fractions: 1 in 4 of 20 → 15 at 97.5 % (14 at 95 %); 0 in 2 of 5 → 3 (the most possible).
    expect(hypergeometricUpperCount(1, 4, 20, 0.975)).toBe(15);
    expect(hypergeometricUpperCount(0, 2, 5, 0.975)).toBe(3);
  });

  it("refuses counts that cannot happen", () => {
    expect(() => hypergeometricUpperCount(0, 5, 4)).toThrow(RangeError);
    expect(() => hypergeometricUpperCount(3, 2, 10)).toThrow(RangeError);
    expect(() => hypergeometricUpperCount(-1, 2, 10)).toThrow(RangeError);
  });

  it("is never wider than the binomial bound, and the count just above it is rejected at 5 %", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 300 })
          .chain((N) =>
            fc
              .integer({ min: 1, max: N })
              .chain((n) => fc.tuple(fc.constant(N), fc.constant(n), fc.integer({ min: 0, max: n }))),
          ),
        ([N, n, k]) => {
          const K = hypergeometricUpperCount(k, n, N);
          // Floating-point sums of exact ties (like 1/20) may miss 5 % in the last bit.
          expect(hypergeometricCdf(k, n, N, K)).toBeGreaterThan(0.05);
          if (K < N - (n - k)) expect(hypergeometricCdf(k, n, N, K + 1)).toBeLessThanOrEqual(0.05 + 1e-12);
          if (k < n) expect(K / N).toBeLessThanOrEqual(upperBound(k, n) + 1 / N);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("percentUp", () => {
  it("rounds a bound up to the next tenth of a percent, never down", () => {
    expect(percentUp(0.4507)).toBe("45.1");
    expect(percentUp(0.2826)).toBe("28.3");
    expect(percentUp(0.2384)).toBe("23.9");
    expect(percentUp(4, 23)).toBe("17.4");
    expect(percentUp(1, 3)).toBe("33.4");
  });

  it("keeps exact values exact, despite floating-point error", () => {
    expect(percentUp(0.45)).toBe("45.0");
    expect(percentUp(0.451)).toBe("45.1");
    expect(percentUp(2, 4)).toBe("50.0");
    expect(percentUp(0, 5)).toBe("0.0");
    expect(percentUp(1)).toBe("100.0");
  });
});
