// Spreadsheet-service calls per command (the production cost: one round trip each) for small and
// large workbooks, run on the built bundle in the emulation. Wall time here is the emulation's, shown
// only to spot regressions in the local tooling.
import { performance } from "node:perf_hooks";
import { Emulator, type ExecutionResult } from "../emulator/index";
import { REGISTER_COLUMNS } from "../src/core/register/register-columns";

const NOW = new Date("2026-10-05T15:00:00Z");
const request = {
  client: "Bench Co",
  scenarioId: "standard-new-client",
  handoffOwner: "Dana Lee",
  receivingOwner: "Sam Ortiz",
  targetKickoff: "2026-11-01",
  hasExceptions: false,
  exceptions: "",
};

function measure(label: string, run: () => ExecutionResult): string {
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`${label}: ${result.error?.message}`);
  return `${label.padEnd(44)} ${String(result.calls.total).padStart(5)} calls ${ms.toFixed(0).padStart(7)} ms`;
}

async function workbookWith(handoffs: number): Promise<Emulator> {
  const emu = await Emulator.load({ now: () => NOW });
  emu.run("startHandoff", [request]);
  const register = emu.model.sheetByName("Handoffs");
  if (!register) throw new Error("no register");
  register.maxRows = handoffs + 10;
  const rows = Array.from({ length: handoffs - 1 }, (_, i) => {
    const r: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
    r[0] = `HO-${String(i + 2).padStart(5, "0")}`;
    r[2] = "Standard new client";
    r[3] = "standard-new-client@1+double-check@1";
    r[7] = new Date(Date.UTC(2026, 6 + (i % 3), 1 + (i % 28), 12));
    return r;
  });
  if (rows.length) emu.model.setValues("Handoffs", 3, 1, rows);
  return emu;
}

for (const size of [10, 500, 10_000]) {
  const emu = await workbookWith(size);
  console.log(`\nRegister of ${size.toLocaleString("en-US")} handoffs`);
  console.log(measure("New handoff (standard, 18 rows)", () => emu.run("startHandoff", [request])));
  console.log(
    measure("New handoff (custom/high-risk, 24 rows)", () =>
      emu.run("startHandoff", [{ ...request, scenarioId: "custom-high-risk" }]),
    ),
  );
  console.log(measure("Validate this handoff", () => emu.run("validateHandoff")));
  console.log(measure("Refresh register", () => emu.run("refreshRegister")));
  console.log(
    measure("Build quarterly audit (2026-Q3)", () =>
      emu.run("buildAudit", [{ quarter: "2026-Q3", seed: "BENCH", size: "", ifExists: "keep" }]),
    ),
  );
}
