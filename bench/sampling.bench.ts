// selectSample over a 10,000-handoff quarter, with first uses computed from a 10,000-row register.
// Prints the median of several runs; the goal is < 100 ms.
import { performance } from "node:perf_hooks";
import type { AuditCandidate } from "../src/core/audit/audit-candidate";
import { firstFiveUses } from "../src/core/audit/first-uses";
import { createRng } from "../src/core/audit/prng";
import { selectSample } from "../src/core/audit/select";

const SCENARIOS = [
  "standard-new-client",
  "custom-high-risk",
  "ops-to-delivery",
  "expansion-change",
  "owner-transfer",
];
const N = 10_000;
const RUNS = 15;
const GOAL_MS = 100;

const rng = createRng(20260701);
const population: AuditCandidate[] = Array.from({ length: N }, (_, i) => {
  const scenarioId = SCENARIOS[Math.floor(rng() * SCENARIOS.length)] as string;
  const version = rng() < 0.1 ? 2 : 1;
  return {
    id: `HO-${String(i + 1).padStart(5, "0")}`,
    scenarioId,
    isHighRisk: scenarioId === "custom-high-risk" || rng() < 0.05,
    isOwnerTransfer: scenarioId === "owner-transfer",
    templateRef: `${scenarioId}@${version}+double-check@1`,
    handoffDate: { year: 2026, month: 7 + Math.floor(rng() * 3), day: 1 + Math.floor(rng() * 28) },
  };
});
const register = population.map((c) => ({ id: c.id, templateRef: c.templateRef, created: c.handoffDate }));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function time(label: string, fn: () => unknown): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  const ms = median(times);
  console.log(
    `${label}: median ${ms.toFixed(2)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)})`,
  );
  return ms;
}

let size = 0;
const firstUses = time(`firstFiveUses, ${N}-row register`, () => firstFiveUses(register));
const withRegister = time(`selectSample, ${N} candidates + ${N}-row register`, () => {
  size = selectSample(population, { seed: "7F3A-91C2", register }).size;
});
const plain = time(`selectSample, ${N} candidates, no first uses`, () =>
  selectSample(population, { seed: "7F3A-91C2" }),
);
console.log(`sample size drawn: ${size}`);
const worst = Math.max(firstUses, withRegister, plain);
console.log(
  `${worst < GOAL_MS ? "OK" : "OVER GOAL"}: worst median ${worst.toFixed(2)} ms (goal < ${GOAL_MS} ms)`,
);
