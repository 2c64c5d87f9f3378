import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateLargestRemainder } from "../../../src/core/audit/allocate";

const strata = (...weights: number[]) => weights.map((w) => ({ weight: w, capacity: w }));

describe("allocateLargestRemainder", () => {
  it("shares in proportion and gives leftovers to the largest remainders", () => {
    expect(allocateLargestRemainder(10, strata(60, 30, 10))).toEqual([6, 3, 1]);
    expect(allocateLargestRemainder(4, strata(50, 30, 20))).toEqual([2, 1, 1]);
    expect(allocateLargestRemainder(3, strata(1, 1, 1, 1))).toEqual([1, 1, 1, 0]);
    expect(allocateLargestRemainder(0, strata(5, 5))).toEqual([0, 0]);
  });

  it("caps a stratum at its free places and shares the overflow among the others", () => {
    expect(
      allocateLargestRemainder(6, [
        { weight: 10, capacity: 1 },
        { weight: 5, capacity: 5 },
        { weight: 5, capacity: 5 },
      ]),
    ).toEqual([1, 3, 2]);
  });

  it("refuses more picks than free places", () => {
    expect(() => allocateLargestRemainder(3, [{ weight: 5, capacity: 2 }])).toThrow(RangeError);
  });

  it("always places exactly the total, within capacity, each within one of its exact proportional share", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 8 })
          .chain((weights) =>
            fc.tuple(fc.constant(weights), fc.integer({ min: 0, max: weights.reduce((a, b) => a + b, 0) })),
          ),
        ([weights, total]) => {
          const quotas = allocateLargestRemainder(total, strata(...weights));
          expect(quotas.reduce((a, b) => a + b, 0)).toBe(total);
          quotas.forEach((q, i) => {
            expect(q).toBeGreaterThanOrEqual(0);
            expect(q).toBeLessThanOrEqual(weights[i] as number);
            const weightSum = weights.reduce((a, b) => a + b, 0);
            if (weightSum > 0)
              expect(Math.abs(q - (total * (weights[i] as number)) / weightSum)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});
