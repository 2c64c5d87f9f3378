import { describe, expect, it } from "vitest";
import { type AuditCandidate, selectSample } from "../../../src/core/audit/select";
import { candidate, many, picksByStratum } from "./audit-fixtures";

const stratumCount = (result: ReturnType<typeof selectSample>, name: string): number =>
  result.strata.find((s) => s.name === name)?.picked ?? 0;

describe("selectSample: size", () => {
  it("returns an empty sample for an empty quarter", () => {
    const result = selectSample([], { seed: "7F3A-91C2" });
    expect(result).toEqual({ picks: [], strata: [], size: 0, requestedSize: 0, seed: "7F3A-91C2" });
  });

  it("samples every handoff when there are three or fewer", () => {
    const population = [
      candidate("HO-0002", "expansion-change"),
      candidate("HO-0001", "standard-new-client"),
    ];
    const result = selectSample(population, { seed: "A" });
    expect(result.picks.map((p) => p.id)).toEqual(["HO-0001", "HO-0002"]);
    expect(result.size).toBe(2);
  });

  it("uses the default rule: 40 handoffs → 8", () => {
    const result = selectSample(many(40, "standard-new-client", 1), { seed: "7F3A-91C2" });
    expect(result.size).toBe(8);
    expect(result.requestedSize).toBe(8);
    expect(result.picks.every((p) => p.reason === "random")).toBe(true);
  });

  it("honours a size override and caps it at the population", () => {
    const population = many(40, "standard-new-client", 1);
    expect(selectSample(population, { seed: "S", size: 13 }).size).toBe(13);
    const all = selectSample(population, { seed: "S", size: 500 });
    expect(all.size).toBe(40);
    expect(all.requestedSize).toBe(40);
  });

  it("rejects a blank seed, a bad size and duplicate IDs", () => {
    const population = many(5, "standard-new-client", 1);
    expect(() => selectSample(population, { seed: "  " })).toThrow(/seed/);
    expect(() => selectSample(population, { seed: "S", size: -1 })).toThrow(RangeError);
    expect(() => selectSample(population, { seed: "S", size: 2.5 })).toThrow(RangeError);
    const dup = [...population, candidate("HO-0003", "ops-to-delivery")];
    expect(() => selectSample(dup, { seed: "S" })).toThrow(/HO-0003 appears twice/);
  });

  it("records the seed as typed, normalised", () => {
    expect(selectSample(many(5, "standard-new-client", 1), { seed: " 7f3a-91c2 " }).seed).toBe("7F3A-91C2");
  });
});

describe("selectSample: stratification", () => {
  it("allocates picks in proportion to scenario sizes", () => {
    const population = [
      ...many(60, "standard-new-client", 1),
      ...many(30, "ops-to-delivery", 101),
      ...many(10, "expansion-change", 201),
    ];
    const result = selectSample(population, { seed: "7F3A-91C2", size: 10 });
    expect(stratumCount(result, "Standard new client")).toBe(6);
    expect(stratumCount(result, "Operations to delivery")).toBe(3);
    expect(stratumCount(result, "Expansion, renewal or change order")).toBe(1);
    const byStratum = picksByStratum(result.picks);
    expect(byStratum["Operations to delivery"]?.every((id) => id >= "HO-0101" && id <= "HO-0130")).toBe(true);
  });

  it("gives leftover picks to the largest remainders", () => {
    const population = [
      ...many(50, "standard-new-client", 1),
      ...many(30, "ops-to-delivery", 101),
      ...many(20, "expansion-change", 201),
    ];
    // Quotas 2.0 / 1.2 / 0.8 → 2 / 1 / 1.
    const result = selectSample(population, { seed: "Q", size: 4 });
    expect(result.strata.map((s) => [s.name, s.picked])).toEqual([
      ["Expansion, renewal or change order", 1],
      ["Operations to delivery", 1],
      ["Standard new client", 2],
    ]);
  });

  it("always picks at least one custom/high-risk handoff and one owner transfer", () => {
    const population = [
      ...many(100, "standard-new-client", 1),
      candidate("HO-0500", "custom-high-risk"),
      candidate("HO-0501", "standard-new-client", { isHighRisk: true }),
      candidate("HO-0600", "owner-transfer"),
    ];
    // Size rule for 103: ⌈20 % × 103⌉ = 21 random picks, on top of the 2 stratum minimums.
    for (const seed of ["A", "B", "C", "D", "E"]) {
      const result = selectSample(population, { seed });
      expect(result.size).toBe(23);
      const byStratum = picksByStratum(result.picks);
      expect(byStratum["Custom/high-risk"]?.length).toBe(1);
      expect(byStratum["Owner transfer"]).toEqual(["HO-0600"]);
      expect(
        result.picks
          .filter((p) => p.reason === "stratum-minimum")
          .map((p) => p.stratum)
          .sort(),
      ).toEqual(["Custom/high-risk", "Owner transfer"]);
      // 21 shared by weight among strata with free places: Custom/high-risk (2, one left) 0.41 → 0,
      // Standard new client (100) 20.59 → 20, and the leftover pick to its larger remainder → 21.
      expect(byStratum["Standard new client"]?.length).toBe(21);
    }
  });

  it("adds the forced picks on top of the size asked, which stays random", () => {
    const population = [
      ...many(10, "standard-new-client", 1),
      candidate("HO-0100", "custom-high-risk"),
      candidate("HO-0200", "owner-transfer"),
    ];
    const result = selectSample(population, { seed: "S", size: 1 });
    expect(result.requestedSize).toBe(1);
    expect(result.size).toBe(3);
    expect(result.picks.filter((p) => p.reason !== "random").map((p) => p.id)).toEqual([
      "HO-0100",
      "HO-0200",
    ]);
    expect(result.picks.filter((p) => p.reason === "random").map((p) => p.stratum)).toEqual([
      "Standard new client",
    ]);
  });

  it("puts a high-risk owner transfer in a combined stratum that is also guaranteed a pick", () => {
    const population = [
      ...many(30, "standard-new-client", 1),
      candidate("HO-0900", "owner-transfer", { isHighRisk: true }),
    ];
    const result = selectSample(population, { seed: "S", size: 3 });
    expect(result.strata.find((s) => s.name === "Owner transfer + high-risk")).toEqual({
      name: "Owner transfer + high-risk",
      kind: "high-risk-owner-transfer",
      population: 1,
      picked: 1,
      forced: 1,
      minimum: 1,
    });
    expect(result.picks.find((p) => p.id === "HO-0900")?.reason).toBe("stratum-minimum");
  });

  it("lists strata in a fixed order: forced first, then scenarios by name", () => {
    const population = [
      ...many(5, "ops-to-delivery", 1),
      candidate("HO-0100", "owner-transfer"),
      ...many(5, "expansion-change", 200),
      candidate("HO-0300", "custom-high-risk"),
    ];
    expect(selectSample(population, { seed: "S" }).strata.map((s) => s.name)).toEqual([
      "Custom/high-risk",
      "Owner transfer",
      "Expansion, renewal or change order",
      "Operations to delivery",
    ]);
  });

  it("keeps one stratum's picks when another stratum changes", () => {
    const ops = many(20, "ops-to-delivery", 101);
    const before = selectSample([...many(20, "standard-new-client", 1), ...ops], { seed: "S", size: 8 });
    const after = selectSample(
      [
        ...many(20, "standard-new-client", 1).reverse().slice(1),
        candidate("HO-0099", "standard-new-client"),
        ...ops,
      ],
      {
        seed: "S",
        size: 8,
      },
    );
    expect(picksByStratum(after.picks)["Operations to delivery"]).toEqual(
      picksByStratum(before.picks)["Operations to delivery"],
    );
  });

  it("picks each handoff of a stratum about equally often across seeds", () => {
    const population = many(10, "standard-new-client", 1);
    const counts = new Map<string, number>();
    const runs = 4000;
    for (let i = 0; i < runs; i++) {
      for (const p of selectSample(population, { seed: `seed-${i}`, size: 3 }).picks) {
        counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
      }
    }
    expect(counts.size).toBe(10);
    for (const c of counts.values()) expect(Math.abs(c / runs - 0.3)).toBeLessThan(0.035);
  });

  it("gives different samples for different seeds", () => {
    const population = many(200, "standard-new-client", 1);
    const a = selectSample(population, { seed: "7F3A-91C2" }).picks.map((p) => p.id);
    const b = selectSample(population, { seed: "7F3A-91C3" }).picks.map((p) => p.id);
    expect(a).not.toEqual(b);
  });

  it("pins the sample for a fixed population and seed, so a seed on a tab redraws it anywhere", () => {
    const population: AuditCandidate[] = [
      ...many(30, "standard-new-client", 1),
      ...many(12, "ops-to-delivery", 101),
      ...many(6, "expansion-change", 201),
      candidate("HO-0301", "custom-high-risk"),
      candidate("HO-0302", "custom-high-risk"),
      candidate("HO-0401", "owner-transfer"),
    ];
    const result = selectSample(population, { seed: "7F3A-91C2" });
    expect(result.picks.map((p) => `${p.id} ${p.reason}`)).toMatchInlineSnapshot(`
      [
        "HO-0005 random",
        "HO-0007 random",
        "HO-0019 random",
        "HO-0023 random",
        "HO-0025 random",
        "HO-0028 random",
        "HO-0029 random",
        "HO-0103 random",
        "HO-0109 random",
        "HO-0110 random",
        "HO-0202 random",
        "HO-0301 stratum-minimum",
        "HO-0401 stratum-minimum",
      ]
    `);
  });
});
