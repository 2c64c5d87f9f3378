// Compile-time proof that the client checks names, requests and responses against SidebarApi.
// Never bundled or run: `npm run typecheck` fails if any @ts-expect-error below stops being an error.
import type { HandoffView, SidebarState } from "../src/core/api/views";
import { call, submit } from "./run";

const save = {
  handoffId: "HO-0001",
  row: 9,
  itemText: "Signed contract attached",
  status: "Done",
  owner: "Ana Diaz",
  due: "",
  evidence: "https://example.com/contract.pdf",
  approvedBy: "",
  notes: "",
};

/** Type-only checks; the function is never called. */
export function clientTypeChecks(): void {
  const state: Promise<SidebarState> = call("getSidebarState", {});
  const saved: Promise<HandoffView> = call("saveItem", save);
  const once: Promise<HandoffView> | null = submit("recordDecision", {
    handoffId: "HO-0001",
    decision: "Go",
    overrideReason: "",
    overrideApprovedBy: "",
    acknowledgedBy: "",
    acknowledgedOn: "",
  });
  void [state, saved, once];

  // @ts-expect-error a misspelled endpoint name
  void call("saveItme", save);
  // @ts-expect-error a function that is not a sidebar endpoint (menu handler)
  void call("openSidebar", {});
  // @ts-expect-error row must be a number, not a string
  void call("saveItem", { ...save, row: "9" });
  // @ts-expect-error a request missing a required field
  void call("startHandoff", { client: "Acme" });
  void call("recordDecision", {
    handoffId: "HO-0001",
    // @ts-expect-error decision is "Go" | "Not yet" | ""
    decision: "Maybe",
    overrideReason: "",
    overrideApprovedBy: "",
    acknowledgedBy: "",
    acknowledgedOn: "",
  });
  // @ts-expect-error the response of saveItem is a HandoffView, not a SidebarState
  const wrong: Promise<SidebarState> = call("saveItem", save);
  void wrong;
}
