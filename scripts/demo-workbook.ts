// A realistic demo workbook, built by driving the real bundle in the emulation exactly as people would:
// handoffs across all five scenarios, some GO, some NOT YET with findings, an override, outcomes filled
// in, and the 2026-Q3 audit.
import { Emulator, type ExecutionResult } from "../emulator/index";
import { type NewHandoffRequest, saveItemRequestFor } from "../src/core/api/requests";
import type { HandoffView, ItemView } from "../src/core/api/views";
import { registerColumn } from "../src/core/register/register-columns";

/** The demo's clock starts here (a Monday in 2026-Q3), so the Q3 audit has a population. */
export const DEMO_START = new Date("2026-07-06T14:00:00Z");
/** The seed of the demo's audit, so the demo is the same on every machine. */
export const DEMO_AUDIT_SEED = "DEMO-2026";
const DAY = 24 * 60 * 60 * 1000;

function ok(result: ExecutionResult, what: string): unknown {
  if (!result.ok) throw new Error(`${what} failed: ${result.error?.message}`);
  return result.value;
}

function iso(emulator: Emulator, days: number): string {
  return new Date(emulator.now() + days * DAY).toISOString().slice(0, 10);
}

function start(emulator: Emulator, request: NewHandoffRequest): HandoffView {
  return ok(emulator.run("startHandoff", [request]), `startHandoff ${request.client}`) as HandoffView;
}

function save(emulator: Emulator, view: HandoffView, item: ItemView, patch: Partial<ItemView>): HandoffView {
  const request = saveItemRequestFor(view.id, item, { ...item, ...patch });
  return ok(emulator.run("saveItem", [request]), `saveItem ${view.id} row ${item.row}`) as HandoffView;
}

/** Marks items Done the way a careful owner would: one owner, a date, evidence where the kind needs it. */
function complete(emulator: Emulator, view: HandoffView, count = Number.POSITIVE_INFINITY): HandoffView {
  let current = view;
  for (const item of view.items.slice(0, count)) {
    const needsEvidence = item.kind === "attachment" || item.kind === "approval";
    current = save(emulator, current, item, {
      status: "Done",
      owner: "Dana Lee",
      due: iso(emulator, 7),
      evidence: needsEvidence ? `https://drive.example.com/handoffs/${view.id}/${item.row}` : "",
      approvedBy: item.kind === "approval" ? "Priya Shah" : "",
    });
  }
  return current;
}

function decide(emulator: Emulator, view: HandoffView, patch: Record<string, string>): HandoffView {
  const request = {
    handoffId: view.id,
    decision: "",
    overrideReason: "",
    overrideApprovedBy: "",
    acknowledgedBy: "",
    acknowledgedOn: "",
    ...patch,
  };
  return ok(emulator.run("recordDecision", [request]), `recordDecision ${view.id}`) as HandoffView;
}

/** Types into a sheet as a person would (through the model, like keyboard entry; not counted). */
function type(emulator: Emulator, sheet: string, row: number, column: number, values: unknown[]): void {
  emulator.model.setValues(sheet, row, column, [values]);
}

/** Builds the demo into an emulator whose clock starts at DEMO_START (see loadDemoEmulator). */
export async function buildDemoWorkbook(emulator: Emulator): Promise<void> {
  ok(emulator.runTrigger("onOpen", { authMode: "NONE" }), "onOpen");
  const base = { hasExceptions: false, exceptions: "", targetKickoff: "" };

  const northwind = start(emulator, {
    ...base,
    client: "Northwind Traders",
    scenarioId: "standard-new-client",
    handoffOwner: "Dana Lee",
    receivingOwner: "Sam Ortiz",
    targetKickoff: iso(emulator, 14),
  });
  const northwindDone = complete(emulator, northwind);
  decide(emulator, northwindDone, {
    decision: "Go",
    acknowledgedBy: "Sam Ortiz",
    acknowledgedOn: iso(emulator, 1),
  });

  emulator.advance(6 * DAY);
  const globex = start(emulator, {
    ...base,
    client: "Globex Corporation",
    scenarioId: "custom-high-risk",
    handoffOwner: "Marcus Webb",
    receivingOwner: "Lena Park",
    targetKickoff: iso(emulator, 21),
    hasExceptions: true,
    exceptions: "Custom pricing (18 % discount), 60-day payment terms, nonstandard 4-hour SLA",
  });
  const globexPartial = complete(emulator, globex, 6);
  const owner = globexPartial.items[6];
  const status = globexPartial.items[7];
  if (owner && status) {
    const ownerColumn = 6;
    type(emulator, globex.sheetName, owner.row, ownerColumn, ["Sales/Ops"]);
    type(emulator, globex.sheetName, status.row, ownerColumn - 1, ["need clarification"]);
  }

  emulator.advance(9 * DAY);
  const initech = start(emulator, {
    ...base,
    client: "Initech",
    scenarioId: "ops-to-delivery",
    handoffOwner: "Priya Shah",
    receivingOwner: "Tom Becker",
    targetKickoff: iso(emulator, 10),
  });
  let initechDone = complete(emulator, initech);
  const billing = initechDone.items.find((i) => /billing/i.test(i.text));
  if (billing) {
    initechDone = save(emulator, initechDone, billing, {
      status: "N/A",
      notes: "Prepaid annual contract: no billing triggers to set up.",
      approvedBy: "Ana Ruiz",
    });
  }
  decide(emulator, initechDone, {
    decision: "Go",
    acknowledgedBy: "Tom Becker",
    acknowledgedOn: iso(emulator, 2),
  });

  emulator.advance(12 * DAY);
  const umbrella = start(emulator, {
    ...base,
    client: "Umbrella Health",
    scenarioId: "expansion-change",
    handoffOwner: "Marcus Webb",
    receivingOwner: "Lena Park",
    targetKickoff: iso(emulator, 7),
  });
  const first = umbrella.items[0];
  if (first)
    save(emulator, umbrella, first, { status: "In progress", owner: "Marcus Webb", due: iso(emulator, -3) });

  emulator.advance(20 * DAY);
  const stark = start(emulator, {
    ...base,
    client: "Stark Logistics",
    scenarioId: "owner-transfer",
    handoffOwner: "Ana Ruiz",
    receivingOwner: "Omar Haddad",
    targetKickoff: iso(emulator, 5),
  });
  const starkPartial = complete(emulator, stark, stark.items.length - 2);
  decide(emulator, starkPartial, {
    decision: "Go",
    overrideReason: "Client go-live is fixed; the two open review items are closed in week one.",
    overrideApprovedBy: "Priya Shah",
    acknowledgedBy: "Omar Haddad",
    acknowledgedOn: iso(emulator, 0),
  });

  emulator.advance(10 * DAY);
  start(emulator, {
    ...base,
    client: "Hooli",
    scenarioId: "standard-new-client",
    handoffOwner: "Sam Ortiz",
    receivingOwner: "Dana Lee",
    targetKickoff: iso(emulator, 30),
  });

  for (const view of [globex, umbrella]) {
    emulator.model.activeSheetId =
      emulator.model.sheetByName(view.sheetName)?.id ?? emulator.model.activeSheetId;
    ok(emulator.run("validateHandoff"), `validate ${view.id}`);
  }

  const register = emulator.model.sheetByName("Handoffs");
  const outcomes = registerColumn("Completed on");
  if (register) {
    type(emulator, "Handoffs", 2, outcomes, [iso(emulator, -50), iso(emulator, -62), "Yes", "Yes", ""]);
    type(emulator, "Handoffs", 4, outcomes, [
      iso(emulator, -30),
      iso(emulator, -40),
      "Yes",
      "No",
      "Invoice sent before kickoff",
    ]);
    type(emulator, "Handoffs", 6, outcomes, [
      "",
      iso(emulator, -8),
      "No",
      "Yes",
      "Two promised reports were not in the plan",
    ]);
  }

  emulator.advance(50 * DAY);
  start(emulator, {
    ...base,
    client: "Acme Corp",
    scenarioId: "standard-new-client",
    handoffOwner: "Dana Lee",
    receivingOwner: "Sam Ortiz",
    targetKickoff: iso(emulator, 14),
  });
  ok(emulator.run("refreshRegister"), "refreshRegister");
  ok(
    emulator.run("buildAudit", [{ quarter: "2026-Q3", seed: DEMO_AUDIT_SEED, size: "", ifExists: "keep" }]),
    "buildAudit",
  );
  emulator.model.activeSheetId = emulator.model.sheetByName("Handoffs")?.id ?? emulator.model.activeSheetId;
}

/** Loads the built add-on in an emulation whose clock starts at DEMO_START, and builds the demo in it. */
export async function loadDemoEmulator(opts: { codePath?: string } = {}): Promise<Emulator> {
  const emulator = await Emulator.load({ ...opts, now: () => DEMO_START });
  await buildDemoWorkbook(emulator);
  return emulator;
}
