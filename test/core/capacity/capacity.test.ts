// The capacity rule and the compact-size plan, as plain data (expected values worked by hand).
import { describe, expect, it } from "vitest";
import { capacityVerdict, handoffsThatFit } from "../../../src/core/capacity/capacity";
import { checklistTabSize, registerMustGrow, registerSize } from "../../../src/core/capacity/sheet-sizes";
import { compactSize, gridCells, resizeSteps } from "../../../src/core/sheet/sheet-size";

describe("compact sizes", () => {
  it("adds 10 spare rows and 1 spare column by default, and plans at most one step per axis from 1000 × 26", () => {
    expect(compactSize({ rows: 33, columns: 10 })).toEqual({ rows: 43, columns: 11 });
    expect(checklistTabSize(33)).toEqual({ rows: 43, columns: 11 });
    expect(gridCells(checklistTabSize(33))).toBe(473);
    expect(resizeSteps({ rows: 43, columns: 11 })).toEqual([
      { op: "deleteRows", at: 44, count: 957 },
      { op: "deleteColumns", at: 12, count: 15 },
    ]);
    expect(resizeSteps({ rows: 1500, columns: 30 })).toEqual([
      { op: "insertRowsAfter", after: 1000, count: 500 },
      { op: "insertColumnsAfter", after: 26, count: 4 },
    ]);
    expect(resizeSteps({ rows: 1000, columns: 26 })).toEqual([]);
  });

  it("the register is 101 rows and grows when only its bottom row is empty", () => {
    expect(registerSize(22)).toEqual({ rows: 101, columns: 23 });
    expect(registerMustGrow(99, 101)).toBe(false);
    expect(registerMustGrow(100, 101)).toBe(true);
    expect(registerMustGrow(101, 101)).toBe(true);
  });
});

describe("capacity", () => {
  it("counts the 26,000 cells an insert takes before trimming, and the tabs left", () => {
    // (10,000,000 − 9,900,000 − 26,000) / 500 = 148 whole, + 1; by tabs 190.
    expect(handoffsThatFit({ cells: 9_900_000, tabs: 10 }, 500)).toBe(149);
    expect(handoffsThatFit({ cells: 9_000_000, tabs: 10 }, 500)).toBe(190);
    expect(handoffsThatFit({ cells: 9_974_000, tabs: 10 }, 500)).toBe(1);
    expect(handoffsThatFit({ cells: 9_974_001, tabs: 10 }, 500)).toBe(0);
    expect(handoffsThatFit({ cells: 100_000, tabs: 199 }, 500)).toBe(1);
    expect(handoffsThatFit({ cells: 100_000, tabs: 200 }, 500)).toBe(0);
  });

  it("is quiet up to 80 % of both limits, warns past it, refuses when none fits", () => {
    expect(capacityVerdict({ cells: 8_000_000, tabs: 160 }, 500)).toEqual({
      level: "ok",
      fit: 40,
      message: null,
    });
    expect(capacityVerdict({ cells: 8_000_001, tabs: 10 }, 500).level).toBe("warn");
    expect(capacityVerdict({ cells: 10, tabs: 161 }, 500)).toMatchObject({ level: "warn", fit: 39 });
    expect(capacityVerdict({ cells: 10, tabs: 161 }, 500).message).toContain(
      "About 38 more handoffs fit after this one. Extensions → Handoff Gate → Archive finished handoffs…",
    );
    expect(capacityVerdict({ cells: 10_000_000, tabs: 10 }, 500)).toMatchObject({ level: "full", fit: 0 });
  });
});
