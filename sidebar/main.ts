// Sidebar entry point: loads the active tab's handoff and shows its walkthrough (gate, one item at a time,
// decision) or the new-handoff form, following the active tab on Refresh and on window focus.
import type {
  AuditRequest,
  DecisionRequest,
  NewHandoffRequest,
  SaveItemRequest,
} from "../src/core/api/requests";
import type { HandoffView, ItemView, SidebarState } from "../src/core/api/views";
import { createAuditView } from "./audit-view";
import { createDecisionView } from "./decision-view";
import { el, replaceChildren } from "./dom";
import { renderGate } from "./gate-view";
import type { ItemDraft } from "./item-checks";
import { createItemStep, needsWork } from "./item-step";
import { createNewHandoffView } from "./new-handoff-view";
import { call, onBusyChange, submit } from "./run";
import { readStartView, type StartView } from "./start-view";

interface AppState {
  view: StartView | "audit";
  state: SidebarState | null;
  currentRow: number | null;
  /** Typed and not saved, by handoff id, row and item text. */
  drafts: Map<string, ItemDraft>;
  /** Bumped when a change is submitted: a read that started earlier must not overwrite its result. */
  epoch: number;
  refreshing: boolean;
}

const app: AppState = {
  view: readStartView(document),
  state: null,
  currentRow: null,
  drafts: new Map(),
  epoch: 0,
  refreshing: false,
};

const root = document.getElementById("app") ?? document.body;
const content = el("div", { id: "content" });
const pageAlert = el("div", { class: "alert", role: "alert", "data-testid": "page-alert" });
const busyLine = el("p", { class: "busy-line", role: "status", "data-testid": "busy" });
const announcer = el("p", { class: "visually-hidden", role: "status", "data-testid": "announce" });
const refreshButton = el("button", { type: "button", class: "text", "data-testid": "refresh" }, [
  "↻ Refresh",
]);
const newButton = el("button", { type: "button", class: "text", "data-testid": "new-handoff-button" }, [
  "+ New handoff",
]);

const auditButton = el("button", { type: "button", class: "text", "data-testid": "audit-button" }, ["Audit"]);

const draftKey = (h: HandoffView, item: ItemView) => `${h.id}|${item.row}|${item.text}`;
const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : "The server did not answer: try again.";

function announce(text: string): void {
  announcer.textContent = text;
}

/** The row to show for a handoff: the current one if it still exists, else the first that needs work. */
function pickRow(handoff: HandoffView, preferred: number | null): number | null {
  if (preferred !== null && handoff.items.some((i) => i.row === preferred)) return preferred;
  return (handoff.items.find(needsWork) ?? handoff.items[0])?.row ?? null;
}

/** The next item after `row` that needs work (wrapping), or `row` when none does. */
function nextRow(handoff: HandoffView, row: number): number {
  const at = handoff.items.findIndex((i) => i.row === row);
  const order = [...handoff.items.slice(at + 1), ...handoff.items.slice(0, Math.max(at, 0))];
  return order.find(needsWork)?.row ?? row;
}

function setHandoff(handoff: HandoffView): void {
  if (!app.state) return;
  app.state = { ...app.state, handoff, activeSheetName: handoff.sheetName, notice: null };
}

function render(focus: "heading" | "none" = "none"): void {
  const { state } = app;
  if (app.view === "audit" && state) {
    const form = createAuditView(state.today, buildAudit, () => {
      app.view = "walkthrough";
      render();
      auditButton.focus();
    });
    replaceChildren(content, [form.root]);
    current.audit = form;
    if (focus === "heading") form.focusFirst();
    return;
  }
  if (app.view === "new" && state) {
    const form = createNewHandoffView(state.scenarios, startHandoff, () => {
      app.view = "walkthrough";
      render();
      newButton.focus();
    });
    replaceChildren(content, [form.root]);
    current.newForm = form;
    if (focus === "heading") form.focusFirst();
    return;
  }
  if (!state) {
    replaceChildren(content, [el("p", { class: "muted" }, ["Loading…"])]);
    return;
  }
  const handoff = state.handoff;
  if (!handoff) {
    replaceChildren(content, [
      el("section", { class: "card empty", "data-testid": "no-handoff" }, [
        el("h2", {}, ["No handoff on this tab"]),
        el("p", {}, [state.notice ?? "Open a handoff's checklist tab, then press Refresh."]),
        el("button", { type: "button", class: "primary", "data-testid": "start-new" }, [
          "Start a new handoff",
        ]),
      ]),
    ]);
    content.querySelector('[data-testid="start-new"]')?.addEventListener("click", showNewForm);
    return;
  }
  app.currentRow = pickRow(handoff, app.currentRow);
  const item = handoff.items.find((i) => i.row === app.currentRow);
  const step = item
    ? createItemStep({
        handoff,
        item,
        today: state.today,
        draft: app.drafts.get(draftKey(handoff, item)) ?? null,
        hasDraft: (i) => app.drafts.has(draftKey(handoff, i)),
        onDraft: (draft) => {
          if (draft) app.drafts.set(draftKey(handoff, item), draft);
          else app.drafts.delete(draftKey(handoff, item));
        },
        onSave: saveItem,
        onNavigate: (row) => {
          app.currentRow = row;
          render("heading");
        },
      })
    : null;
  const decision = createDecisionView(handoff, recordDecision);
  current.step = step;
  current.decision = decision;
  replaceChildren(content, [
    el("header", { class: "handoff-head" }, [
      el("h2", { class: "handoff-title", "data-testid": "handoff-title" }, [
        `${handoff.id} · ${handoff.client}`,
      ]),
      el("p", { class: "muted small" }, [`${handoff.scenario} · tab “${handoff.sheetName}”`]),
    ]),
    renderGate(handoff),
    ...handoff.handoffFindings.map((f) =>
      el("p", { class: "msg msg-error" }, [el("span", { class: "msg-label" }, ["Fix: "]), f.message]),
    ),
    step ? step.root : el("p", { class: "muted" }, ["This checklist has no items."]),
    decision.root,
  ]);
  if (focus === "heading") step?.focusHeading();
}

const current: {
  step: ReturnType<typeof createItemStep> | null;
  decision: ReturnType<typeof createDecisionView> | null;
  newForm: ReturnType<typeof createNewHandoffView> | null;
  audit: ReturnType<typeof createAuditView> | null;
} = { step: null, decision: null, newForm: null, audit: null };

function showNewForm(): void {
  app.view = "new";
  render("heading");
}

/** Reloads the active tab's handoff; ignored when a change was submitted meanwhile. */
async function refresh(): Promise<void> {
  if (app.refreshing) return;
  app.refreshing = true;
  const epoch = app.epoch;
  try {
    const state = await call("getSidebarState", {});
    if (epoch !== app.epoch) return;
    const before = app.state?.handoff?.id;
    app.state = state;
    pageAlert.replaceChildren();
    if (state.handoff?.id !== before) app.currentRow = null;
    if (app.view === "walkthrough") render();
  } catch (error) {
    pageAlert.replaceChildren(el("p", {}, [messageOf(error)]));
  } finally {
    app.refreshing = false;
  }
}

async function saveItem(request: SaveItemRequest): Promise<void> {
  const pending = submit("saveItem", request);
  if (!pending) return;
  app.epoch += 1;
  try {
    const handoff = await pending;
    app.drafts.delete(`${handoff.id}|${request.row}|${request.itemText}`);
    setHandoff(handoff);
    const saved = handoff.items.find((i) => i.row === request.row);
    app.currentRow = nextRow(handoff, request.row);
    render("heading");
    announce(`Saved “${saved?.text ?? request.itemText}”. Gate: ${handoff.gate.verdict}.`);
  } catch (error) {
    current.step?.showServerError(messageOf(error));
  }
}

async function recordDecision(request: DecisionRequest): Promise<void> {
  const pending = submit("recordDecision", request);
  if (!pending) return;
  app.epoch += 1;
  try {
    const handoff = await pending;
    setHandoff(handoff);
    render();
    announce(`Decision saved for ${handoff.id}.`);
    document.querySelector<HTMLElement>('[data-testid="decision-recorded"]')?.focus();
  } catch (error) {
    current.decision?.showServerError(messageOf(error));
  }
}

async function startHandoff(request: NewHandoffRequest): Promise<void> {
  const pending = submit("startHandoff", request);
  if (!pending) return;
  app.epoch += 1;
  try {
    const handoff = await pending;
    setHandoff(handoff);
    app.view = "walkthrough";
    app.currentRow = null;
    render("heading");
    announce(`${handoff.id} started for ${handoff.client}.`);
  } catch (error) {
    current.newForm?.showServerError(messageOf(error));
  }
}

async function buildAudit(request: AuditRequest): Promise<void> {
  const pending = submit("buildAudit", request);
  if (!pending) return;
  app.epoch += 1;
  try {
    const outcome = await pending;
    current.audit?.showOutcome(outcome);
    announce(outcome.message);
  } catch (error) {
    current.audit?.showServerError(messageOf(error));
  }
}

onBusyChange((busy) => {
  root.setAttribute("aria-busy", String(busy));
  document.body.classList.toggle("is-busy", busy);
  busyLine.textContent = busy ? "Working…" : "";
});

refreshButton.addEventListener("click", () => void refresh());
newButton.addEventListener("click", showNewForm);
auditButton.addEventListener("click", () => {
  app.view = "audit";
  render("heading");
});
window.addEventListener("focus", () => {
  if (app.view === "walkthrough" && app.state) void refresh();
});

replaceChildren(root, [
  el("header", { class: "topbar" }, [
    el("h1", { class: "visually-hidden" }, ["Handoff Gate"]),
    el("div", { class: "top-actions" }, [refreshButton, newButton, auditButton]),
  ]),
  busyLine,
  pageAlert,
  announcer,
  content,
]);
render();
void (async () => {
  try {
    app.state = await call("getSidebarState", {});
  } catch (error) {
    pageAlert.replaceChildren(el("p", {}, [messageOf(error)]));
  }
  render(app.view === "new" ? "heading" : "none");
})();
