// The life of one workbook: handoffs started, filled, decided (Go, acknowledged) and archived in
// batches, in the emulation, run on the built bundle. After each step it shows the cells the workbook
// uses (rows × columns of every sheet, what Sheets' 10,000,000-cell limit counts) and its tabs; at 0,
// half and all archived it shows the calls and wall time of New handoff, Refresh register, Archive,
// Restore and the quarterly audit. ARCHIVE_BENCH_N (default 10,000) and ARCHIVE_BENCH_BATCH (default
// 100) make quicker runs. Wall time is the emulation's, shown for the trend only.
import { performance } from "node:perf_hooks";
import { Emulator, type ExecutionResult } from "../emulator/index";
import type { HandoffView } from "../src/core/api/views";
import { newRequest } from "../test/e2e/helpers";

const N = Number(process.env.ARCHIVE_BENCH_N ?? 10_000);
const BATCH = Number(process.env.ARCHIVE_BENCH_BATCH ?? 100);
const STEP = Number(process.env.ARCHIVE_BENCH_STEP ?? Math.min(1000, N));
const NOW = new Date("2026-11-24T15:00:00Z");

function run(emu: Emulator, name: string, args: unknown[] = []): ExecutionResult {
  const result = emu.run(name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
  return result;
}

/** Starts a handoff and fills it as a person would: every item Done with owner, due, evidence and approver, Go recorded and acknowledged. */
function startFilled(emu: Emulator, client: string): HandoffView {
  const view = run(emu, "startHandoff", [newRequest({ client })]).value as HandoffView;
  for (const item of view.items) {
    const proof = item.kind === "attachment" || item.kind === "approval" ? "https://drive.example.com/x" : "";
    const approver = item.kind === "approval" ? "Priya Shah" : "";
    emu.model.setValues(view.sheetName, item.row, 5, [["Done", "Dana Lee", "2026-12-01", proof, approver]]);
  }
  const decisionRow = Math.max(...view.items.map((i) => i.row)) + 2;
  emu.model.setValues(view.sheetName, decisionRow, 2, [["Go"], [""], [""], ["Sam Ortiz"], ["2026-11-24"]]);
  return view;
}

function cellsUsed(emu: Emulator): number {
  return emu.model.sheets.reduce((sum, s) => sum + s.maxRows * s.maxCols, 0);
}

const fmt = (n: number) => n.toLocaleString("en-US");

function timed(emu: Emulator, name: string, args: unknown[] = []): { calls: number; ms: number } {
  const start = performance.now();
  const result = run(emu, name, args);
  return { calls: result.calls.total, ms: performance.now() - start };
}

/** The commands' calls and time with `archived` handoffs in the Archive. */
function measureCommands(emu: Emulator, archived: number, seed: number): string[] {
  const newHandoff = timed(emu, "startHandoff", [newRequest({ client: `Measured ${seed}` })]);
  const refresh = timed(emu, "refreshRegister");
  const one = startFilled(emu, `Archived ${seed}`);
  const archive = timed(emu, "archiveHandoffs", [{ handoffIds: [one.id] }]);
  const restore = timed(emu, "restoreHandoff", [{ handoffId: one.id }]);
  const audit = timed(emu, "buildAudit", [
    { quarter: "2026-Q4", seed: `BENCH${seed}`, size: "", ifExists: "new", confirmOpenQuarter: true },
  ]);
  const line = (label: string, m: { calls: number; ms: number }) =>
    `| ${fmt(archived).padStart(6)} | ${label.padEnd(16)} | ${String(m.calls).padStart(5)} | ${m.ms.toFixed(0).padStart(7)} |`;
  return [
    line("New handoff", newHandoff),
    line("Refresh register", refresh),
    line("Archive (1 tab)", archive),
    line("Restore", restore),
    line("Quarterly audit", audit),
  ];
}

const emu = await Emulator.load({ now: () => NOW });
// First use creates the register, the log and the Archive: done once here, so "0 archived" is an empty Archive.
const warmUp = startFilled(emu, "Warm-up");
run(emu, "archiveHandoffs", [{ handoffIds: [warmUp.id] }]);
run(emu, "restoreHandoff", [{ handoffId: warmUp.id }]);
const began = performance.now();
const commands: string[] = [];
const life: string[] = [];
let archived = 0;
let seed = 0;
let lastStep = 0;
let lastMs = performance.now();
const half = Math.floor(N / 2);
console.log(`Life of one workbook: ${fmt(N)} handoffs, archived ${BATCH} at a time`);
commands.push(...measureCommands(emu, 0, seed++));
let measuredHalf = false;
while (archived < N) {
  const size = Math.min(BATCH, N - archived);
  for (let i = 0; i < size; i++) startFilled(emu, `Client ${archived + i + 1}`);
  const tabs = emu.model.sheets.length;
  // Every finished handoff: the batch, and the one the last measurement restored.
  const outcome = run(emu, "archiveHandoffs", [{ handoffIds: [] }]).value as { archived: string[] };
  archived += outcome.archived.length;
  if (Math.floor(archived / STEP) > lastStep || archived >= N) {
    lastStep = Math.floor(archived / STEP);
    const now = performance.now();
    const line = `| ${fmt(archived).padStart(6)} | ${fmt(cellsUsed(emu)).padStart(10)} | ${String(emu.model.sheets.length).padStart(4)} | ${String(tabs).padStart(4)} | ${((now - lastMs) / 1000).toFixed(0).padStart(5)} | ${((now - began) / 1000).toFixed(0).padStart(6)} |`;
    lastMs = now;
    life.push(line);
    console.log(line);
  }
  if (!measuredHalf && archived >= half) {
    measuredHalf = true;
    commands.push(...measureCommands(emu, archived, seed++));
  }
}
commands.push(...measureCommands(emu, archived, seed++));
console.log("\n| archived | cells used | tabs after archiving | tabs before | step s | elapsed s |");
console.log("|---:|---:|---:|---:|---:|---:|");
for (const l of life) console.log(l);
console.log("\n| archived | command | calls | ms |");
console.log("|---:|---|---:|---:|");
for (const c of commands) console.log(c);
