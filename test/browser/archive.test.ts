// Archive and Restore from the sidebar in real Chromium: one server call each, the outcome said in
// words, a refusal shown with its fix.
import { describe, expect, it } from "vitest";
import { createHandoffInSidebar, isoInDays, useChromium, waitFor } from "./app";

const session = useChromium();

describe("the sidebar's Archive", () => {
  it("archives finished handoffs, refuses an unknown ID with the fix, and restores one", async () => {
    const app = await session.open();
    await createHandoffInSidebar(app, {
      client: "Acme Corp",
      scenario: /Standard new client/,
      handoffOwner: "Dana Lee",
      receivingOwner: "Sam Ortiz",
      targetKickoff: isoInDays(40),
    });
    const decided = app.server.emulator.run("recordDecision", [
      {
        handoffId: "HO-0001",
        decision: "Go",
        overrideReason: "Fixed go-live date",
        overrideApprovedBy: "Priya Shah",
        acknowledgedBy: "Sam Ortiz",
        acknowledgedOn: isoInDays(0),
      },
    ]);
    expect(decided.ok).toBe(true);
    const s = app.sidebar;
    await s.getByTestId("archive-button").click();
    await s.getByTestId("archive-submit").click();
    const outcome = s.getByTestId("archive-outcome");
    await waitFor(
      async () => ((await outcome.textContent()) ?? "").includes("Archived"),
      "the archive outcome",
    );
    await expect(outcome.textContent()).resolves.toContain('Archived 1 handoff (HO-0001) to "Archive"');
    expect(app.calls("archiveHandoffs")).toBe(1);
    expect(app.server.emulator.model.sheetByName("HO-0001 Acme Corp")).toBeUndefined();

    await s.getByLabel("Handoff to restore").fill("HO-0009");
    await s.getByTestId("restore-submit").click();
    const alert = s.getByTestId("archive-alert");
    await waitFor(async () => ((await alert.textContent()) ?? "") !== "", "the refusal");
    await expect(alert.textContent()).resolves.toBe(
      "Not done: Handoff ID: HO-0009 is not in the register. Check the ID and try again.",
    );

    await s.getByLabel("Handoff to restore").fill("HO-0001");
    await s.getByTestId("restore-submit").click();
    await waitFor(async () => ((await outcome.textContent()) ?? "").includes("back"), "the restore outcome");
    await expect(outcome.textContent()).resolves.toContain('HO-0001 is back on its tab "HO-0001 Acme Corp"');
    expect(app.server.emulator.model.sheetByName("HO-0001 Acme Corp")).toBeDefined();
  });
});
