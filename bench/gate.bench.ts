// The gate path (readChecklistTable + validateChecklist + computeGate) over 1,000 and 10,000 rows,
// beside a single plain pass over the same array that touches every cell: the physical floor.
// Goal (issue 3): within 5× of the single pass.
import { performance } from "node:perf_hooks";
import { CHECKLIST_COLUMNS } from "../src/core/checklist/columns";
import { readChecklistTable } from "../src/core/checklist/table-reader";
import { validateChecklist } from "../src/core/gate/checklist-rules";
import { computeGate, describeGate } from "../src/core/gate/gate";
import { BUILT_IN_CATALOGUE } from "../src/core/templates/built-in";
import { checklistFromCatalogue } from "../src/core/templates/handoff-checklist";

const RUNS = 31;
const GOAL = 5;
const TODAY = { year: 2026, month: 6, day: 15 };

const risky = checklistFromCatalogue(BUILT_IN_CATALOGUE, "custom-high-risk", { hasExceptions: true });
if (typeof risky === "string") throw new Error(risky);
const template = [...risky.items, ...risky.review];
const STATUSES = ["Done", "In progress", "Not started", "N/A", "Blocked", "done ", "need clarification"];
const OWNERS = ["Dana Lee", "sam@acme.com", "", "Sales/Ops", "Priya Nair", "Ops team"];
const DUES: unknown[] = [
  { year: 2026, month: 7, day: 1 },
  "2026-08-01",
  "",
  "next week",
  { year: 2026, month: 1, day: 10 },
  "Dec 1, 2026",
];

/** A deterministic checklist table of n item rows with a realistic mix of good and bad cells. */
function makeTable(n: number): unknown[][] {
  const values: unknown[][] = [[...CHECKLIST_COLUMNS]];
  for (let i = 0; i < n; i++) {
    const t = template[i % template.length];
    if (!t) throw new Error("empty template");
    values.push([
      t.section,
      t.text,
      t.kind,
      i % 5 !== 0,
      STATUSES[i % STATUSES.length],
      OWNERS[(i * 7) % OWNERS.length],
      DUES[(i * 5) % DUES.length],
      i % 3 === 0 ? "https://drive/doc" : "",
      i % 4 === 0 ? "Sam Roe" : "",
      i % 6 === 0 ? "not sold" : "",
    ]);
  }
  return values;
}

/** The floor: one pass reading every cell as text and counting Done statuses. */
function singlePass(values: unknown[][]): number {
  let done = 0;
  let filled = 0;
  for (let r = 1; r < values.length; r++) {
    const line = values[r] as unknown[];
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (typeof v === "string" ? v.trim() !== "" : v !== null && v !== undefined) filled++;
    }
    if (String(line[4]).trim().toLowerCase() === "done") done++;
  }
  return done + filled;
}

function gatePath(values: unknown[][]): string {
  const { rows } = readChecklistTable(values);
  return describeGate(
    computeGate(rows, validateChecklist(rows, { today: TODAY, exceptions: "custom pricing" })),
    true,
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median ms per call of each function, timed in alternation so both see the same machine state. */
function timeBoth(a: () => unknown, b: () => unknown, callsPerRun: number): [number, number] {
  for (let i = 0; i < 10; i++) {
    a();
    b();
  }
  const runsA: number[] = [];
  const runsB: number[] = [];
  let sink = 0;
  for (let i = 0; i < RUNS; i++) {
    for (const [fn, runs] of [
      [a, runsA],
      [b, runsB],
    ] as const) {
      const start = performance.now();
      for (let k = 0; k < callsPerRun; k++) sink += fn() ? 1 : 0;
      runs.push((performance.now() - start) / callsPerRun);
    }
  }
  if (sink === 0) throw new Error("no results");
  return [median(runsA), median(runsB)];
}

console.log(`median of ${RUNS} runs (ms); goal: gate within ${GOAL}× of the single pass`);
console.log("rows     single pass   gate path   ratio   result");
for (const n of [1_000, 10_000]) {
  const values = makeTable(n);
  const [floor, gate] = timeBoth(
    () => singlePass(values),
    () => gatePath(values),
    Math.max(1, 10_000 / n),
  );
  const ratio = gate / floor;
  console.log(
    `${String(n).padEnd(8)} ${floor.toFixed(3).padStart(11)} ${gate.toFixed(3).padStart(11)} ${ratio.toFixed(1).padStart(6)}×   ${ratio <= GOAL ? "within goal" : "OVER GOAL"}`,
  );
  if (n === 1_000) console.log(`         (gate says: ${gatePath(values).slice(0, 90)}…)`);
}
