import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AuditCandidate, selectSample, type TemplateUse } from "../../../src/core/audit/select";

const SCENARIOS = [
  "standard-new-client",
  "custom-high-risk",
  "ops-to-delivery",
  "expansion-change",
  "owner-transfer",
];

const candidateArb = (id: string): fc.Arbitrary<AuditCandidate> =>
  fc.record({
    id: fc.constant(id),
    scenarioId: fc.constantFrom(...SCENARIOS),
    isHighRisk: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
    isOwnerTransfer: fc.boolean(),
    templateRef: fc.constantFrom("standard-new-client@1+double-check@1", "ops-to-delivery@2+double-check@1"),
    handoffDate: fc.constant({ year: 2026, month: 8, day: 1 }),
  });

// Populations with unique IDs (some non-padded, so code-unit and numeric order differ), realistic flags.
const populationArb: fc.Arbitrary<AuditCandidate[]> = fc
  .uniqueArray(
    fc.oneof(
      fc.integer({ min: 1, max: 99_999 }).map((n) => `HO-${n}`),
      fc.string({ minLength: 1, maxLength: 6 }),
    ),
    {
      maxLength: 120,
    },
  )
  .chain((ids) => fc.tuple(...ids.map(candidateArb)))
  .map((cs) =>
    cs.map((c) => ({
      ...c,
      isOwnerTransfer: c.scenarioId === "owner-transfer" || (c.isOwnerTransfer && c.id.length % 7 === 0),
    })),
  );

const caseArb = populationArb.chain((population) =>
  fc.record({
    population: fc.constant(population),
    permuted: fc.shuffledSubarray(population, { minLength: population.length, maxLength: population.length }),
    seed: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ""),
    size: fc.option(fc.integer({ min: 0, max: population.length + 5 }), { nil: undefined }),
    // Each chosen handoff is the only use of its own template version, so each is a first use.
    register: fc.subarray(population.map((c) => c.id)).map((ids) =>
      ids.map(
        (id, i): TemplateUse => ({
          id,
          templateRef: `ops-to-delivery@${i + 2}`,
          created: { year: 2026, month: 7, day: 1 },
        }),
      ),
    ),
  }),
);

const run = { numRuns: 300 };

describe("selectSample properties", () => {
  it("same population and seed give the same sample, whatever the input order", () => {
    fc.assert(
      fc.property(caseArb, ({ population, permuted, seed, size, register }) => {
        const a = selectSample(population, { seed, size, register });
        const b = selectSample(permuted, { seed, size, register: [...register].reverse() });
        expect(b).toEqual(a);
      }),
      run,
    );
  });

  it("the sample is a subset of the population, without duplicates", () => {
    fc.assert(
      fc.property(caseArb, ({ population, seed, size, register }) => {
        const result = selectSample(population, { seed, size, register });
        const ids = result.picks.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        const populationIds = new Set(population.map((c) => c.id));
        for (const id of ids) expect(populationIds.has(id)).toBe(true);
        expect(result.size).toBe(ids.length);
      }),
      run,
    );
  });

  it("every custom/high-risk handoff set and every owner-transfer set is represented", () => {
    fc.assert(
      fc.property(caseArb, ({ population, seed, size, register }) => {
        const result = selectSample(population, { seed, size, register });
        const picked = new Set(result.picks.map((p) => p.id));
        const pickedCandidates = population.filter((c) => picked.has(c.id));
        if (population.some((c) => c.isHighRisk))
          expect(pickedCandidates.some((c) => c.isHighRisk)).toBe(true);
        if (population.some((c) => c.isOwnerTransfer))
          expect(pickedCandidates.some((c) => c.isOwnerTransfer)).toBe(true);
        for (const s of result.strata) {
          expect(s.picked).toBeGreaterThanOrEqual(s.minimum);
          expect(s.picked).toBeLessThanOrEqual(s.population);
        }
      }),
      run,
    );
  });

  it("every first use is sampled, and the random part is the size asked on top of the forced picks", () => {
    fc.assert(
      fc.property(caseArb, ({ population, seed, size, register }) => {
        const result = selectSample(population, { seed, size, register });
        const byId = new Map(result.picks.map((p) => [p.id, p]));
        for (const u of register) expect(byId.get(u.id)?.reason).toBe("first-five-uses");
        const forced = result.picks.filter((p) => p.reason !== "random").length;
        const random = Math.min(result.requestedSize, population.length - forced);
        expect(result.size).toBe(forced + random);
        for (const st of result.strata) expect(st.forced).toBeLessThanOrEqual(st.picked);
        expect(result.strata.reduce((sum, s) => sum + s.picked, 0)).toBe(result.size);
        expect(result.strata.reduce((sum, s) => sum + s.population, 0)).toBe(population.length);
      }),
      run,
    );
  });
});
