// The method the audit tab states, implemented again from its words alone (BigInt arithmetic, no code
// shared with src/core/audit's sampler), must redraw exactly the sample the tab lists.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planAuditTab } from "../../../src/core/audit/audit-tab-plan";
import { readAuditTab } from "../../../src/core/audit/audit-tab-reader";
import { auditPopulation } from "../../../src/core/audit/quarter-population";
import { verifyAuditTab } from "../../../src/core/audit/verify-plan";
import { REGISTER_COLUMNS } from "../../../src/core/register/register-columns";
import { storedValue } from "../../../src/core/sheet/cell-text";

const W = (1n << 32n) - 1n;

/** Method 6: seed text → the stratum's number. */
function stratumNumber(seed: string, stratum: string): bigint {
  const text = `${seed} ${stratum}`
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[a-z]/g, (c) => c.toUpperCase());
  let h = 2166136261n;
  for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 16777619n) & W;
  return h;
}

/** Method 7: the number → a source of numbers in [0, 1). */
function numbers(start: bigint): () => number {
  let s = start;
  const word = () => {
    s = (s + 0x9e3779b9n) & W;
    let z = s;
    z = ((z ^ (z >> 16n)) * 0x21f0aaadn) & W;
    z = ((z ^ (z >> 15n)) * 0x735a2d97n) & W;
    return (z ^ (z >> 15n)) & W;
  };
  let a = word();
  let b = word();
  let c = word();
  let d = 1n;
  const draw = () => {
    const t = (a + b + d) & W;
    d = (d + 1n) & W;
    a = b ^ (b >> 9n);
    b = (c + ((c << 3n) & W)) & W;
    c = ((((c << 21n) | (c >> 11n)) & W) + t) & W;
    return Number(t) / 2 ** 32;
  };
  for (let i = 0; i < 12; i++) draw();
  return draw;
}

/** Method 5: share `total` by weights, capped by free places, largest remainder. */
function share(total: number, strata: { weight: number; free: number }[]): number[] {
  const out = strata.map(() => 0);
  let active = strata.map((_, i) => i).filter((i) => (strata[i]?.free ?? 0) > 0);
  let left = total;
  while (left > 0 && active.length) {
    const weightSum = active.reduce((s, i) => s + (strata[i]?.weight ?? 0), 0);
    const whole = active.map((i) => Math.floor((left * (strata[i]?.weight ?? 0)) / weightSum));
    const rest = active.map((i) => (left * (strata[i]?.weight ?? 0)) % weightSum);
    let spare = left - whole.reduce((s, x) => s + x, 0);
    const order = active
      .map((_, k) => k)
      .sort(
        (x, y) =>
          (rest[y] ?? 0) - (rest[x] ?? 0) ||
          (strata[active[y] ?? 0]?.weight ?? 0) - (strata[active[x] ?? 0]?.weight ?? 0) ||
          x - y,
      );
    for (const k of order) if (spare-- > 0) whole[k] = (whole[k] ?? 0) + 1;
    const over = active.filter((i, k) => (whole[k] ?? 0) > (strata[i]?.free ?? 0));
    if (!over.length) {
      active.forEach((i, k) => {
        out[i] = whole[k] ?? 0;
      });
      return out;
    }
    for (const i of over) {
      out[i] = strata[i]?.free ?? 0;
      left -= out[i] ?? 0;
    }
    active = active.filter((i) => !over.includes(i));
  }
  return out;
}

const FORCED = ["Custom/high-risk", "Owner transfer", "Owner transfer + high-risk"];

/** Methods 2–8 as the tab words them, from the tab's Population list, seed and size asked. */
function redraw(
  population: { id: string; stratum: string; firstUseOf: string }[],
  seedText: string,
  sizeAsked: number | null,
): string[] {
  const seed = seedText;
  const names = [...new Set(population.map((p) => p.stratum))].sort((x, y) => {
    const rx = FORCED.includes(x) ? FORCED.indexOf(x) : 3;
    const ry = FORCED.includes(y) ? FORCED.indexOf(y) : 3;
    return rx - ry || (x < y ? -1 : x > y ? 1 : 0);
  });
  const picked = new Set(population.filter((p) => p.firstUseOf !== "").map((p) => p.id));
  const shuffles = names.map((name) => {
    const ids = population
      .filter((p) => p.stratum === name)
      .map((p) => p.id)
      .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    const next = numbers(stratumNumber(seed, name));
    let i = 0;
    return {
      name,
      ids,
      candidate(): string {
        for (;;) {
          const j = i + Math.floor(next() * (ids.length - i));
          [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
          const id = ids[i++] as string;
          if (!picked.has(id)) return id;
        }
      },
    };
  });
  for (const s of shuffles) {
    if (FORCED.includes(s.name) && !s.ids.some((id) => picked.has(id))) picked.add(s.candidate());
  }
  const n = population.length;
  const rule = n <= 3 ? n : Math.min(25, Math.max(3, Math.ceil(n / 5)));
  const random = Math.min(Math.min(sizeAsked ?? rule, n), n - picked.size);
  const quotas = share(
    random,
    shuffles.map((s) => ({ weight: s.ids.length, free: s.ids.filter((id) => !picked.has(id)).length })),
  );
  shuffles.forEach((s, k) => {
    for (let q = 0; q < (quotas[k] ?? 0); q++) picked.add(s.candidate());
  });
  return [...picked].sort();
}

const SCENARIOS = [
  ["Standard new client", "standard-new-client@1+double-check@1"],
  ["Custom or high-risk deal", "standard-new-client@1+custom-high-risk@1+double-check@1"],
  ["Operations to delivery", "ops-to-delivery@1+double-check@1"],
  ["Expansion, renewal or change order", "expansion-change@1+double-check@1"],
  ["Owner transfer or recovery", "owner-transfer@1+double-check@1"],
] as const;

const col = (name: (typeof REGISTER_COLUMNS)[number]) => REGISTER_COLUMNS.indexOf(name);

function oldRow(id: string, scenario: string, template: string): unknown[] {
  const cells: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
  cells[col("ID")] = id;
  cells[col("Scenario")] = scenario;
  cells[col("Template")] = template;
  cells[col("Created")] = { year: 2026, month: 1, day: 5 };
  cells[col("Decision")] = "Go";
  return cells;
}

const registerArb = fc
  .array(
    fc.record({
      scenario: fc.integer({ min: 0, max: 4 }),
      month: fc.integer({ min: 4, max: 9 }),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    { minLength: 1, maxLength: 80 },
  )
  .chain((rows) => fc.tuple(fc.constant(rows), fc.boolean()))
  .map(([rows, seasoned]) => [
    [...REGISTER_COLUMNS],
    // A seasoned register used every template five times before the quarter: no first uses in it.
    ...(seasoned
      ? SCENARIOS.flatMap(([scenario, template], k) =>
          Array.from({ length: 5 }, (_, i) => oldRow(`OLD-${k}-${i}`, scenario, template)),
        )
      : []),
    ...rows.map((r, i) => {
      const cells: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
      const [scenario, template] = SCENARIOS[r.scenario] ?? SCENARIOS[0];
      cells[col("ID")] = `HO-${i + 1}`;
      cells[col("Scenario")] = scenario;
      cells[col("Template")] = template;
      cells[col("Created")] = { year: 2026, month: r.month, day: r.day };
      cells[col("Decision")] = "Go";
      return cells;
    }),
  ]);

describe("the method written on the audit tab", () => {
  it("redraws the tab's sample when followed from its words alone", () => {
    fc.assert(
      fc.property(
        registerArb,
        fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .-]{0,12}$/),
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
        (register, seed, size) => {
          const population = auditPopulation(register, { year: 2026, q: 3 });
          fc.pre(population.candidates.length > 0);
          const plan = planAuditTab(
            population,
            {
              seed,
              size,
              drawNumber: 1,
              drawnAt: "",
              drawnBy: "",
              digestHex: "",
              earlierDraws: [],
              quarterNotOverUntil: null,
            },
            "Audit 2026-Q3",
          );
          const tab = readAuditTab(plan.values.map((r) => r.map(storedValue)));
          expect(tab.problems).toEqual([]);
          const listed = tab.sample.map((s) => s.id).sort();
          expect(redraw(tab.population, tab.seed, tab.sizeAsked)).toEqual(listed);
          expect(verifyAuditTab(tab)).toEqual({ same: true, differences: [] });
        },
      ),
      { numRuns: 300 },
    );
  });
});
