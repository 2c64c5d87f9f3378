// The sidebar's live checks are the server's rules: for the same row, the messages the sidebar shows as
// the person types are exactly the findings the server returns after saving it (no browser needed).
import { beforeAll, describe, expect, it } from "vitest";
import { Emulator } from "../../emulator/index";
import { checkDecisionDraft } from "../../sidebar/decision-checks";
import { checkItemDraft, draftOf, type ItemDraft } from "../../sidebar/item-checks";
import { checkNewHandoff } from "../../sidebar/new-handoff-checks";
import type { HandoffView } from "../../src/core/api/views";

const NOW = new Date("2026-09-14T15:00:00Z");
let emulator: Emulator;
let handoff: HandoffView;

beforeAll(async () => {
  emulator = await Emulator.load({ now: () => NOW });
  const started = emulator.run("startHandoff", [
    {
      client: "Acme Corp",
      scenarioId: "custom-high-risk",
      handoffOwner: "Dana Lee",
      receivingOwner: "Sam Ortiz",
      targetKickoff: "",
      hasExceptions: true,
      exceptions: "Custom pricing",
    },
  ]);
  if (!started.ok) throw new Error(started.error?.message);
  handoff = started.value as HandoffView;
});

const base: ItemDraft = { status: "", owner: "", due: "", evidence: "", approvedBy: "", notes: "" };
const DRAFTS: [string, Partial<ItemDraft>][] = [
  ["open without owner or due", { status: "In progress" }],
  ["shared owner", { status: "Blocked", owner: "Sales/Ops", due: "2026-10-01" }],
  ["team owner, overdue", { status: "Not started", owner: "Delivery team", due: "2026-09-01" }],
  ["a date long past", { status: "In progress", owner: "Ana Diaz", due: "1999-01-01" }],
  ["N/A without reason or approver", { status: "N/A" }],
  ["done", { status: "Done", evidence: "https://example.com/x", approvedBy: "Robin Park" }],
  ["done without evidence", { status: "Done" }],
];

describe("sidebar checks against the server", () => {
  for (const kind of ["task", "attachment", "approval", "review"]) {
    for (const [name, patch] of DRAFTS) {
      it(`${kind} item, ${name}: same messages as the server's findings after saving`, () => {
        const item = handoff.items.find((i) => i.kind === kind);
        if (!item) throw new Error(`no ${kind} item`);
        const draft = { ...base, ...patch };
        const today = "2026-09-14";
        const client = checkItemDraft(handoff.id, item, draft, today).map(
          (m) => `${m.severity}: ${m.message}`,
        );
        const saved = emulator.run("saveItem", [
          { handoffId: handoff.id, row: item.row, itemText: item.text, ...draft },
        ]);
        expect(saved.ok, saved.error?.message).toBe(true);
        const after = (saved.value as HandoffView).items.find((i) => i.row === item.row);
        const server = (after?.findings ?? []).map((f) => `${f.severity}: ${f.message}`);
        expect(client.sort()).toEqual(server.sort());
      });
    }
  }

  it("an unfinished date in the picker is an error naming the fix, instead of the empty value's message", () => {
    const item = handoff.items[0];
    if (!item) throw new Error("no items");
    const messages = checkItemDraft(
      handoff.id,
      item,
      { ...base, status: "In progress", owner: "Ana Diaz" },
      "2026-09-14",
      true,
    );
    expect(messages.filter((m) => m.field === "due").map((m) => m.message)).toEqual([
      "Due is not a complete date: finish the day, month and year, or clear it.",
    ]);
  });

  it("decision: Go against NOT YET needs reason and approver; the server records the same override", () => {
    const draft = {
      decision: "Go" as const,
      overrideReason: "",
      overrideApprovedBy: "",
      acknowledgedBy: "",
      acknowledgedOn: "",
    };
    const errors = checkDecisionDraft(handoff.id, draft, "NOT YET").filter((m) => m.severity === "error");
    expect(errors.map((m) => m.field)).toEqual(["overrideReason", "overrideApprovedBy"]);
    const saved = emulator.run("recordDecision", [{ handoffId: handoff.id, ...draft }]);
    const server = (saved.value as HandoffView).decision.findings.filter((f) => f.severity === "error");
    expect(server.map((f) => f.message)).toEqual(errors.map((m) => m.message));
  });

  it("new handoff: one person per owner field and the exceptions text when ticked", () => {
    const messages = checkNewHandoff({
      client: "",
      scenarioId: "",
      handoffOwner: "Sales/Ops",
      receivingOwner: "Delivery team",
      targetKickoff: "",
      hasExceptions: true,
      exceptions: " ",
    });
    expect(messages.map((m) => m.field)).toEqual([
      "client",
      "scenarioId",
      "handoffOwner",
      "receivingOwner",
      "exceptions",
    ]);
    expect(messages.find((m) => m.field === "handoffOwner")?.message).toMatch(/more than one person/);
    expect(messages.find((m) => m.field === "receivingOwner")?.message).toMatch(/is a team, not a person/);
  });
});

describe("values the rules cannot read", () => {
  it("a status typed in the sheet as “need clarification” starts the step as typed, with one message", () => {
    const item = handoff.items.find((i) => i.kind === "task");
    if (!item) throw new Error("no task item");
    const typed = { ...item, status: "need clarification", due: "next week", owner: "Dana Lee" };
    const draft = draftOf(typed);
    expect(draft.status).toBe("need clarification");
    expect(draft.due).toBe("next week");
    const messages = checkItemDraft(handoff.id, typed, draft, "2026-09-14");
    expect(messages.filter((m) => m.field === "status").map((m) => m.message)).toEqual([
      'Status "need clarification" is not a status: pick Not started, In progress, Blocked, Done or N/A, and put the open question in Notes with an owner and a due date.',
    ]);
    expect(messages.filter((m) => m.field === "due").map((m) => m.message)).toEqual([
      'Due "next week" is not a date: put a real date in Due, e.g. 2026-12-01.',
    ]);
  });

  it("an untouched item's missing owner and due date are to do, not errors: Save is allowed", () => {
    const item = handoff.items.find((i) => i.kind === "task");
    if (!item) throw new Error("no task item");
    const messages = checkItemDraft(handoff.id, item, draftOf(item), "2026-09-14");
    expect(messages.map((m) => `${m.severity} ${m.field}`)).toEqual(["todo owner", "todo due"]);
  });
});
