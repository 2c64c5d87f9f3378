import { describe, expect, it } from "vitest";
import { compareCodeUnits, compareHandoffIds } from "../../../src/core/audit/handoff-id-order";

describe("compareHandoffIds", () => {
  it("reads digit runs as numbers", () => {
    expect(["HO-10000", "HO-9999", "HO-0002", "HO-10"].sort(compareHandoffIds)).toEqual([
      "HO-0002",
      "HO-10",
      "HO-9999",
      "HO-10000",
    ]);
  });

  it("is a total order: equal numbers with different padding still differ", () => {
    expect(compareHandoffIds("HO-01", "HO-1")).not.toBe(0);
    expect(Math.sign(compareHandoffIds("HO-01", "HO-1"))).toBe(
      -Math.sign(compareHandoffIds("HO-1", "HO-01")),
    );
    expect(compareHandoffIds("HO-7", "HO-7")).toBe(0);
  });

  it("orders text runs by code unit and shorter prefixes first", () => {
    expect(compareHandoffIds("HO-1", "HO-1a")).toBeLessThan(0);
    expect(compareHandoffIds("AB-1", "HO-1")).toBeLessThan(0);
    expect(compareCodeUnits("HO-10000", "HO-9999")).toBeLessThan(0);
  });
});
