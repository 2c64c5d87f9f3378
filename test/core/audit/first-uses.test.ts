import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstFiveUses, type TemplateUse, templateVersionsOf } from "../../../src/core/audit/first-uses";
import { compareHandoffIds } from "../../../src/core/audit/handoff-id-order";
import { selectSample } from "../../../src/core/audit/select";
import { candidate, many } from "./audit-fixtures";

const use = (id: string, templateRef: string, month: number, day: number): TemplateUse => ({
  id,
  templateRef,
  created: { year: 2026, month, day },
});

describe("templateVersionsOf", () => {
  it("splits a template reference into its versions", () => {
    expect(templateVersionsOf("standard-new-client@1+custom-high-risk@2+double-check@1")).toEqual([
      "standard-new-client@1",
      "custom-high-risk@2",
      "double-check@1",
    ]);
    expect(templateVersionsOf(" a@1 + +a@1 ")).toEqual(["a@1"]);
    expect(templateVersionsOf("")).toEqual([]);
  });
});

describe("firstFiveUses", () => {
  it("marks the five earliest-created handoffs of each template version", () => {
    const register = [
      use("HO-0001", "standard-new-client@1+double-check@1", 1, 5),
      use("HO-0002", "standard-new-client@1+double-check@1", 1, 6),
      use("HO-0003", "standard-new-client@1+double-check@1", 1, 7),
      use("HO-0004", "standard-new-client@1+double-check@1", 1, 8),
      use("HO-0005", "standard-new-client@1+double-check@1", 1, 9),
      use("HO-0006", "standard-new-client@1+double-check@1", 1, 10),
      // double-check v2 is released: its first five uses are new, standard@1's are not.
      use("HO-0007", "standard-new-client@1+double-check@2", 7, 1),
      use("HO-0008", "ops-to-delivery@1+double-check@2", 7, 2),
      use("HO-0009", "standard-new-client@1+double-check@2", 7, 3),
    ];
    const result = firstFiveUses(register);
    expect(result.get("HO-0001")).toBe("double-check@1, standard-new-client@1");
    expect(result.get("HO-0005")).toBe("double-check@1, standard-new-client@1");
    expect(result.has("HO-0006")).toBe(false);
    expect(result.get("HO-0007")).toBe("double-check@2");
    expect(result.get("HO-0008")).toBe("double-check@2, ops-to-delivery@1");
    expect(result.get("HO-0009")).toBe("double-check@2");
  });

  it("ranks by created date, not by row order, and breaks ties by ID read as a number", () => {
    const register = [
      use("HO-10000", "x@1", 3, 1),
      use("HO-9999", "x@1", 3, 1),
      use("HO-0003", "x@1", 2, 1),
      use("HO-0002", "x@1", 1, 2),
      use("HO-0001", "x@1", 2, 2),
      use("HO-0004", "x@1", 1, 1),
      use("HO-0005", "x@1", 5, 1),
    ];
    const ids = (rows: TemplateUse[]) => [...firstFiveUses(rows).keys()].sort();
    // Four earlier handoffs, then HO-9999 and HO-10000 tie on 1 March: HO-9999 is the fifth.
    expect(ids(register)).toEqual(["HO-0001", "HO-0002", "HO-0003", "HO-0004", "HO-9999"]);
    expect(ids([...register].reverse())).toEqual(ids(register));
  });
});

describe("selectSample with first uses", () => {
  it("always samples first uses in the quarter, on top of the random part", () => {
    const population = many(40, "standard-new-client", 1);
    const result = selectSample(population, {
      seed: "S",
      register: [
        use("HO-0003", "standard-new-client@2", 7, 1),
        use("HO-0004", "standard-new-client@2", 7, 2),
        use("HO-9999", "standard-new-client@2", 7, 3),
      ],
    });
    // Size rule for 40: 8 random picks, plus the 2 first uses in the quarter.
    expect(result.size).toBe(10);
    const first = result.picks.filter((p) => p.reason === "first-five-uses");
    expect(first.map((p) => [p.id, p.firstUseOf])).toEqual([
      ["HO-0003", "standard-new-client@2"],
      ["HO-0004", "standard-new-client@2"],
    ]);
    expect(result.picks.filter((p) => p.reason === "random")).toHaveLength(8);
  });

  it("keeps the random part at the size rule however many first uses there are", () => {
    const population = many(20, "standard-new-client", 1);
    const register = population
      .slice(0, 7)
      .map((c, i) => use(c.id, i < 5 ? "standard-new-client@3" : "standard-new-client@4", 7, 1 + i));
    const result = selectSample(population, { seed: "S", register });
    expect(result.requestedSize).toBe(4);
    expect(result.size).toBe(11);
    expect(result.picks.filter((p) => p.reason === "first-five-uses")).toHaveLength(7);
    expect(result.picks.filter((p) => p.reason === "random")).toHaveLength(4);
  });

  it("computes first uses from the whole register when given it", () => {
    const population = [
      candidate("HO-0010", "standard-new-client", { templateRef: "standard-new-client@2+double-check@1" }),
      ...many(30, "ops-to-delivery", 100),
    ];
    const register: TemplateUse[] = [
      use("HO-0001", "standard-new-client@1+double-check@1", 1, 1),
      use("HO-0010", "standard-new-client@2+double-check@1", 7, 2),
      ...population.slice(1).map((c) => use(c.id, c.templateRef, 7, 3)),
    ];
    const result = selectSample(population, { seed: "S", size: 3, register });
    expect(result.picks.find((p) => p.id === "HO-0010")).toEqual({
      id: "HO-0010",
      stratum: "Standard new client",
      reason: "first-five-uses",
      firstUseOf: "double-check@1, standard-new-client@2",
    });
    // ops-to-delivery@1's first five uses are in this quarter too; three of them also finish double-check@1's five.
    const forced = result.picks.filter((p) => p.reason === "first-five-uses" && p.id !== "HO-0010");
    expect(forced.map((p) => [p.id, p.firstUseOf])).toEqual([
      ["HO-0100", "double-check@1, ops-to-delivery@1"],
      ["HO-0101", "double-check@1, ops-to-delivery@1"],
      ["HO-0102", "double-check@1, ops-to-delivery@1"],
      ["HO-0103", "ops-to-delivery@1"],
      ["HO-0104", "ops-to-delivery@1"],
    ]);
    // 6 first uses, plus the 3 random picks asked.
    expect(result.size).toBe(9);
  });

  it("lets a first use in a forced stratum count as that stratum's minimum", () => {
    const population = [...many(20, "standard-new-client", 1), ...many(3, "custom-high-risk", 100)];
    const result = selectSample(population, {
      seed: "S",
      size: 1,
      register: [use("HO-0101", "custom-high-risk@2", 7, 1)],
    });
    expect(result.picks.filter((p) => p.reason !== "random")).toEqual([
      {
        id: "HO-0101",
        stratum: "Custom/high-risk",
        reason: "first-five-uses",
        firstUseOf: "custom-high-risk@2",
      },
    ]);
    expect(result.picks.filter((p) => p.reason === "random")).toHaveLength(1);
  });
});

describe("firstFiveUses against a full sort", () => {
  it("matches sorting every version's uses and taking five, for any register", () => {
    const useArb = fc.record({
      id: fc.integer({ min: 1, max: 400 }).map((n) => `HO-${n}`),
      templateRef: fc.constantFrom("a@1", "a@2+dc@1", "b@1+dc@1", "b@1+dc@2", "a@1+dc@2"),
      created: fc.record({
        year: fc.constant(2026),
        month: fc.integer({ min: 1, max: 3 }),
        day: fc.integer({ min: 1, max: 3 }),
      }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(useArb, { selector: (u) => u.id, maxLength: 60 }), (register) => {
        const expected = new Map<string, string[]>();
        for (const version of [
          ...new Set(register.flatMap((u) => templateVersionsOf(u.templateRef))),
        ].sort()) {
          const uses = register.filter((u) => templateVersionsOf(u.templateRef).includes(version));
          uses.sort(
            (x, y) =>
              x.created.month - y.created.month ||
              x.created.day - y.created.day ||
              compareHandoffIds(x.id, y.id),
          );
          for (const u of uses.slice(0, 5)) expected.set(u.id, [...(expected.get(u.id) ?? []), version]);
        }
        const actual = firstFiveUses(register);
        expect(new Map([...actual].sort())).toEqual(
          new Map([...expected].map(([id, v]) => [id, v.join(", ")] as const).sort()),
        );
      }),
      { numRuns: 300 },
    );
  });
});
