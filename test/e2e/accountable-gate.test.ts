// Issue 18 through the built bundle: who recorded Go and when, acknowledgement as the signed-in person,
// reopened after Go (decision block, register, sidebar view, log), and the audit's gate kept.
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index";
import type { DecisionRequest } from "../../src/core/api/requests";
import type { HandoffView } from "../../src/core/api/views";
import { cellOf, decisionRequest, load, NOW, ok, start } from "./helpers";

/** The spreadsheet's zone in these tests: NOW is 10:00 there. */
const NEW_YORK = "America/New_York";

/** Marks every item of a handoff Done with an owner and real evidence; returns the last view. */
function finish(emu: Emulator, view: HandoffView, user = "dana@acme.com"): HandoffView {
  let last = view;
  for (const item of view.items) {
    last = ok(
      emu.run(
        "saveItem",
        [
          {
            handoffId: view.id,
            row: item.row,
            itemText: item.text,
            status: "Done",
            owner: "Dana Lee",
            due: "",
            evidence: "https://drive.example.com/evidence",
            approvedBy: item.kind === "approval" ? "Priya Shah" : "",
            notes: "",
          },
        ],
        { user },
      ),
    ).value as HandoffView;
  }
  return last;
}

const decision = (view: HandoffView, over: Partial<DecisionRequest> = {}) => decisionRequest(view.id, over);

function logActions(emu: Emulator): string[][] {
  const log = emu.snapshot().sheets.find((s) => s.name === "Handoff log");
  return (log?.cells ?? []).slice(1).map((line) => line.map((c) => String(c?.v ?? "")));
}

describe("An accountable gate (built bundle in the emulation)", () => {
  it("shows who recorded Go and when, from the signed log entry", async () => {
    const emu = await load(NOW, NEW_YORK);
    const done = finish(emu, start(emu, { scenarioId: "owner-transfer" }));
    expect(done.gate.verdict).toBe("GO");
    const go = ok(emu.run("recordDecision", [decision(done)], { user: "dana@acme.com" }))
      .value as HandoffView;
    expect(go.decision.note).toBe("Go recorded by dana@acme.com on 2026-11-24 10:00");
    expect(logActions(emu).at(-1)?.slice(1, 4)).toEqual(["dana@acme.com", go.id, "decision"]);
  });

  it("lets only the receiving owner named by email acknowledge; a name records the signed-in email beside it", async () => {
    const emu = await load(NOW, NEW_YORK);
    const byEmail = start(emu, { receivingOwner: "sam@acme.com" });
    const ack = decision(byEmail, {
      decision: "",
      acknowledgedBy: "Sam Ortiz",
      acknowledgedOn: "2026-11-24",
    });
    const refused = emu.run("recordDecision", [ack], { user: "dana@acme.com" });
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toBe(
      "Only the receiving owner (sam@acme.com) can record the acknowledgement; you are signed in as dana@acme.com. Ask sam@acme.com to open the sidebar and acknowledge.",
    );
    const withheld = emu.run("recordDecision", [ack], { user: "" });
    expect(withheld.ok).toBe(false);
    const accepted = ok(emu.run("recordDecision", [ack], { user: "SAM@acme.com" })).value as HandoffView;
    expect(accepted.decision.acknowledgedBy).toBe("Sam Ortiz");

    const byName = start(emu, { receivingOwner: "Sam Ortiz" });
    const named = ok(
      emu.run(
        "recordDecision",
        [decision(byName, { decision: "", acknowledgedBy: "Sam Ortiz", acknowledgedOn: "2026-11-24" })],
        { user: "sam.o@acme.com" },
      ),
    ).value as HandoffView;
    expect(named.decision.acknowledgedNote).toBe("signed in as sam.o@acme.com on 2026-11-24 10:00");
    expect(logActions(emu).at(-1)?.slice(1, 4)).toEqual(["sam.o@acme.com", byName.id, "acknowledgement"]);
  });

  it("refuses a team or two people as approver, and the handoff owner approving their own override", async () => {
    const emu = await load(NOW, NEW_YORK);
    const view = start(emu);
    const team = emu.run("recordDecision", [
      decision(view, { overrideReason: "Fixed date", overrideApprovedBy: "Ops Team" }),
    ]);
    expect(team.error?.message).toBe(
      'Override approved by "Ops Team" is a team, not a person: put the one person who approved the override.',
    );
    const own = emu.run("recordDecision", [
      decision(view, { overrideReason: "Fixed date", overrideApprovedBy: "dana lee" }),
    ]);
    expect(own.error?.message).toContain("is the handoff owner");
    const pair = emu.run("recordDecision", [decision(view, { decision: "", acknowledgedBy: "Ann/Bob" })]);
    expect(pair.error?.message).toContain("names more than one person");
  });

  it("marks a handoff reopened when an item changes after Go: decision block, register, view and log agree", async () => {
    const emu = await load(NOW, NEW_YORK);
    const started = start(emu, { scenarioId: "owner-transfer" });
    // Nothing is reopened before a decision: the register's Reopened cell stays blank.
    expect(cellOf(emu.snapshot(), "Handoffs", 2, 16).v ?? "").toBe("");
    const done = finish(emu, started);
    const go = ok(emu.run("recordDecision", [decision(done)])).value as HandoffView;
    expect(go.decision.gateWhenDecided).toBe("GO");
    expect(cellOf(emu.snapshot(), "Handoffs", 2, 16).v ?? "").toBe("");
    const item = go.items[2];
    if (!item) throw new Error("no item");
    const reopened = ok(
      emu.run(
        "saveItem",
        [
          {
            handoffId: go.id,
            row: item.row,
            itemText: item.text,
            status: "In progress",
            owner: "Dana Lee",
            due: "2026-12-10",
            evidence: "",
            approvedBy: "",
            notes: "",
          },
        ],
        { user: "lee@acme.com" },
      ),
    ).value as HandoffView;
    const note = `Go on 2026-11-24, reopened on 2026-11-24: row ${item.row} changed`;
    expect(reopened.decision.reopened).toBe(true);
    expect(reopened.decision.reopenedNote).toBe(note);
    // One message, the way forward; no override errors beside the recorded Go.
    const errors = reopened.decision.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.code)).toEqual(["reopened-after-go"]);
    // The gate recorded at the decision stays for the audit.
    expect(reopened.decision.gateWhenDecided).toBe("GO");
    const snap = emu.snapshot();
    expect(cellOf(snap, "Handoffs", 1, 16).v).toBe("Reopened");
    expect(cellOf(snap, "Handoffs", 2, 16).v).toBe(note);
    expect(
      logActions(emu)
        .slice(-2)
        .map((r) => r[3]),
    ).toEqual(["save", "reopen"]);
    expect(logActions(emu).at(-1)?.[4]).toBe(note);

    // Confirming Go as an override records a new decision and clears the reopen note.
    const confirmed = ok(
      emu.run("recordDecision", [
        decision(go, { overrideReason: "Client start fixed", overrideApprovedBy: "Priya Shah" }),
      ]),
    ).value as HandoffView;
    expect(confirmed.decision.reopened).toBe(false);
    expect(confirmed.decision.isOverride).toBe(true);
    expect(confirmed.decision.gateWhenDecided).toMatch(/^NOT YET/);
    expect(cellOf(emu.snapshot(), "Handoffs", 2, 16).v ?? "").toBe("");
    expect(logActions(emu).at(-1)?.[3]).toBe("override");
    expect(String(ok(emu.run("verifyHandoffLog")).value)).toMatch(/^The handoff log is intact/);
  });
});

describe("History from the log", () => {
  it("gives each row's last change with who and when, two people staged", async () => {
    const emu = await load(NOW, NEW_YORK);
    const view = start(emu);
    const [a, b] = view.items;
    if (!a || !b) throw new Error("no items");
    const save = (item: typeof a, owner: string, user: string) =>
      emu.callFromClient(
        "saveItem",
        [
          {
            handoffId: view.id,
            row: item.row,
            itemText: item.text,
            status: "In progress",
            owner,
            due: "2026-12-01",
            evidence: "",
            approvedBy: "",
            notes: "",
          },
        ],
        { user },
      );
    await save(a, "Dana Lee", "dana@acme.com");
    await save(b, "Sam Ortiz", "sam@acme.com");
    await save(a, "Lee Park", "lee@acme.com");
    const history = (await emu.callFromClient("getHistory", [{ handoffId: view.id }])) as {
      changes: { row: number; who: string; when: string; details: string }[];
    };
    expect(history.changes.map((c) => [c.row, c.who])).toEqual([
      [a.row, "lee@acme.com"],
      [b.row, "sam@acme.com"],
    ]);
    expect(history.changes[0]?.when).toBe("2026-11-24T10:00:00-05:00");
    expect(history.changes[0]?.details).toContain('Owner: "Dana Lee" → "Lee Park"');
  });
});
