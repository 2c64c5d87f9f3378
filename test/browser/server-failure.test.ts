// The sidebar's reading of google.script.run failures (sidebar/server-failure.ts): the several-accounts
// PERMISSION_DENIED failure is recognised by its error code in any language; other failures pass through.
import { describe, expect, it } from "vitest";
import { explainFailure, SEVERAL_ACCOUNTS_MESSAGE } from "../../sidebar/server-failure";

describe("explainFailure", () => {
  it("turns the several-accounts failure into what to do, in English or German wording", () => {
    const english = new Error(
      "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    );
    const german = new Error(
      "Leider ist beim Lesen aus dem Speicher ein Serverfehler aufgetreten. Fehlercode PERMISSION_DENIED.",
    );
    expect(explainFailure(english).message).toBe(SEVERAL_ACCOUNTS_MESSAGE);
    expect(explainFailure(german).message).toBe(SEVERAL_ACCOUNTS_MESSAGE);
    expect(SEVERAL_ACCOUNTS_MESSAGE).toMatch(/private \(incognito\) window/);
  });

  it("keeps the server's own message otherwise, and wraps non-Errors", () => {
    const own = new Error("Pick a status: Not started, In progress, Blocked, Done, N/A.");
    expect(explainFailure(own)).toBe(own);
    expect(explainFailure("timeout").message).toBe("timeout");
  });
});
