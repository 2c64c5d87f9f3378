// Issue 18 in the sidebar, in Chromium: a handoff reopened after Go shows one message and the two ways
// forward (confirm as an override, or withdraw), and History shows who last changed an item and when.
import { describe, expect, it } from "vitest";
import type { HandoffView } from "../../src/core/api/views";
import { decisionRequest } from "../e2e/helpers";
import { acmeHandoff, createHandoffInSidebar, isoInDays, type OpenApp, useChromium } from "./app";

const session = useChromium();

function save(
  a: OpenApp,
  view: HandoffView,
  item: HandoffView["items"][number],
  status: string,
  user: string,
) {
  const r = a.server.emulator.run(
    "saveItem",
    [
      {
        handoffId: view.id,
        row: item.row,
        itemText: item.text,
        status,
        owner: "Dana Lee",
        due: status === "Done" ? "" : isoInDays(10),
        evidence: "https://drive.example.com/evidence",
        approvedBy: item.kind === "approval" ? "Priya Shah" : "",
        notes: "",
      },
    ],
    { user },
  );
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as HandoffView;
}

describe("accountable gate in the sidebar", () => {
  it("offers to confirm or withdraw a Go reopened by a later edit, and shows an item's history", async () => {
    const app: OpenApp = await session.open();
    await createHandoffInSidebar(app, acmeHandoff(/Owner transfer or recovery/));
    const emu = app.server.emulator;
    const state = emu.run("getSidebarState", [{}]).value as { handoff: HandoffView };
    let view = state.handoff;
    for (const item of view.items) view = save(app, view, item, "Done", "dana@acme.com");
    expect(view.gate.verdict).toBe("GO");
    const go = emu.run("recordDecision", [decisionRequest(view.id)]);
    expect(go.ok).toBe(true);
    const first = view.items[0];
    if (!first) throw new Error("no items");
    save(app, view, first, "In progress", "lee@acme.com");

    const s = app.sidebar;
    await s.getByTestId("refresh").click();
    await s.getByTestId("decision-tab").click();
    const decision = s.getByTestId("decision");
    await decision.getByTestId("reopen-actions").waitFor();
    const recorded = (await decision.getByTestId("decision-recorded").textContent()) ?? "";
    expect(recorded).toMatch(
      new RegExp(
        `^Go on \\d{4}-\\d{2}-\\d{2}, reopened on \\d{4}-\\d{2}-\\d{2}: row ${first.row} changed\\.`,
      ),
    );
    expect(recorded).not.toContain("override of NOT YET");
    // One way forward at a time: the override fields appear only once the person confirms Go.
    await decision.getByTestId("confirm-go").click();
    await expect(
      decision.getByLabel("Override reason").evaluate((e) => e === document.activeElement),
    ).resolves.toBe(true);
    await decision.getByLabel("Override reason").fill("Kickoff date fixed by contract");
    await decision.getByLabel("Override approved by").fill("Morgan Chen");
    await decision.getByTestId("save-decision").click();
    await decision
      .getByTestId("decision-recorded")
      .filter({ hasText: "Recorded: Go (override of NOT YET)." })
      .waitFor();
    await expect(decision.getByTestId("reopen-actions").count()).resolves.toBe(0);

    await s.getByTestId("items-tab").click();
    const item = s.getByTestId("item");
    await item.getByTestId("item-history-button").click();
    await item.getByTestId("item-history").filter({ hasText: "Last change:" }).waitFor();
    const history = (await item.getByTestId("item-history").textContent()) ?? "";
    expect(history).toMatch(/^Last change: (lee|dana)@acme\.com, \d{4}-\d{2}-\d{2} \d{2}:\d{2}\./);
    expect(app.pageErrors).toEqual([]);
  });
});
