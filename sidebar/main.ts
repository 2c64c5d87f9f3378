// Sidebar entry point: loads the active tab's handoff and shows its walkthrough (gate, one item at a time,
// decision) or the new-handoff form, following the active tab on Refresh and on window focus.
import type {
  ArchiveRequest,
  AssignRequest,
  AuditRequest,
  DecisionRequest,
  DueFromKickoffRequest,
  MarkDoneRequest,
  NewHandoffRequest,
  RestoreRequest,
  SaveItemRequest,
  UpgradeRequest,
} from "../src/core/api/requests";
import type { BulkOutcome, HandoffView, SidebarState } from "../src/core/api/views";
import { parseDecision } from "../src/core/gate/decision";
import { type ArchiveView, createArchiveView } from "./archive-view";
import { type AuditView, createAuditView } from "./audit-view";
import { type BulkView, createBulkView } from "./bulk-view";
import { createDecisionView, type DecisionView } from "./decision-view";
import { el, replaceChildren } from "./dom";
import { Drafts } from "./drafts";
import { messageLine } from "./fields";
import { renderGate } from "./gate-view";
import { createItemStep, type ItemStep, needsWork } from "./item-step";
import { createNewHandoffView, type NewHandoffView } from "./new-handoff-view";
import { type Panel, panelOf, panelTabs, showPanel } from "./panel-tabs";
import { call, onBusyChange, submit } from "./run";
import { readStartView, type StartView } from "./start-view";
import { createUpgradeNotice } from "./upgrade-view";

interface AppState {
  view: StartView | "audit" | "archive";
  /** Which of the walkthrough's two views is shown. */
  panel: Panel;
  state: SidebarState | null;
  currentRow: number | null;
  /** Bumped when a change is submitted: a read that started earlier must not overwrite its result. */
  epoch: number;
  refreshing: boolean;
  /** A refresh's render waiting for the pointer to come up, so the click it started still lands. */
  pendingRender: boolean;
  pointerDown: boolean;
}

const app: AppState = {
  view: readStartView(document),
  panel: "items",
  state: null,
  currentRow: null,
  epoch: 0,
  refreshing: false,
  pendingRender: false,
  pointerDown: false,
};
const drafts = new Drafts();

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
const archiveButton = el("button", { type: "button", class: "text", "data-testid": "archive-button" }, [
  "Archive",
]);

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

/** The views on screen, and for the step and decision which handoff (and row) they were built for. */
const current: {
  step: ItemStep | null;
  stepKey: string;
  /** The item and the decision as the kept views were built from them (JSON), to tell when the sheet changed them. */
  stepShown: string;
  decisionShown: string;
  decision: DecisionView | null;
  decisionKey: string;
  newForm: NewHandoffView | null;
  audit: AuditView | null;
  archive: ArchiveView | null;
  /** The "several items at once" block and the handoff it was built for (kept, only updated, for it). */
  bulk: BulkView | null;
  bulkKey: string;
} = {
  step: null,
  stepKey: "",
  stepShown: "",
  decision: null,
  decisionKey: "",
  decisionShown: "",
  newForm: null,
  audit: null,
  archive: null,
  bulk: null,
  bulkKey: "",
};

/** Whether a view holds the focus (also while the person is over in the sheet) or unsaved text. */
function inUse(view: { root: HTMLElement } | null, unsaved: boolean): boolean {
  if (!view?.root.isConnected) return false;
  return unsaved || view.root.contains(document.activeElement);
}

/**
 * Shows the current view. `keep` (a refresh the person did not ask for) leaves the item step and the
 * decision as they are when they hold the focus or unsaved text: the field stays the same element, so
 * its text, caret and the click or keystroke under way are never lost.
 */
function render(focus: "heading" | "none" = "none", keep = false): void {
  const { state } = app;
  if (app.view === "audit" && state) {
    const form =
      current.audit ??
      createAuditView(state.today, buildAudit, () => {
        current.audit = null;
        app.view = "walkthrough";
        render();
        auditButton.focus();
      });
    replaceChildren(content, [form.root]);
    current.audit = form;
    if (focus === "heading") form.focusFirst();
    return;
  }
  if (app.view === "archive" && state) {
    const form =
      current.archive ??
      createArchiveView(archiveHandoffs, restoreHandoff, () => {
        current.archive = null;
        app.view = "walkthrough";
        void refresh(true);
        archiveButton.focus();
      });
    replaceChildren(content, [form.root]);
    current.archive = form;
    if (focus === "heading") form.focusFirst();
    return;
  }
  if (app.view === "new" && state) {
    const form =
      current.newForm ??
      createNewHandoffView(
        state.scenarios,
        state.today,
        startHandoff,
        () => {
          current.newForm = null;
          app.view = "walkthrough";
          render();
          newButton.focus();
        },
        state.templatesNotice,
      );
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
  const focusedId = document.activeElement?.getAttribute("data-testid");
  app.currentRow = pickRow(handoff, app.currentRow);
  const item = handoff.items.find((i) => i.row === app.currentRow);
  const stepKey = `${handoff.id}|${app.currentRow}`;
  const keepStep =
    keep &&
    current.stepKey === stepKey &&
    inUse(current.step, item ? drafts.item(handoff, item) !== null : false);
  const step = keepStep
    ? current.step
    : item
      ? createItemStep({
          handoff,
          item,
          today: state.today,
          draft: drafts.item(handoff, item),
          hasDraft: (i) => drafts.item(handoff, i) !== null,
          onDraft: (draft) => drafts.setItem(handoff, item, draft),
          onSave: saveItem,
          loadHistory: (row) => historyLine(handoff.id, row),
          onNavigate: (row) => {
            app.currentRow = row;
            render("heading");
          },
        })
      : null;
  const keepDecision =
    keep &&
    current.decisionKey === handoff.id &&
    inUse(current.decision, drafts.decision(handoff.id) !== null);
  const decision = keepDecision
    ? (current.decision as DecisionView)
    : createDecisionView(handoff, recordDecision, {
        draft: drafts.decision(handoff.id),
        onDraft: (draft) => drafts.setDecision(handoff.id, draft),
        today: state.today,
      });
  const stepShown = JSON.stringify(item ?? null);
  const decisionShown = JSON.stringify(handoff.decision);
  walk.stepNote.replaceChildren(
    keepStep && current.stepShown !== stepShown ? staleNote("This item", "item-stale") : "",
  );
  walk.decisionNote.replaceChildren(
    keepDecision && current.decisionShown !== decisionShown
      ? staleNote("The decision", "decision-stale")
      : "",
  );
  current.step = step;
  current.stepKey = stepKey;
  if (!keepStep) current.stepShown = stepShown;
  current.decision = decision;
  current.decisionKey = handoff.id;
  if (current.bulk && current.bulkKey === handoff.id) current.bulk.update(handoff);
  else {
    current.bulk = createBulkView(handoff, bulkActions);
    current.bulkKey = handoff.id;
    walk.bulk.replaceChildren(current.bulk.root);
  }
  if (!keepDecision) current.decisionShown = decisionShown;
  const toDo = handoff.items.filter(needsWork).length;
  const recorded = parseDecision(handoff.decision.decision);
  // The walkthrough's frame stays in the page: a kept view is never moved, so its focus stays put.
  if (content.firstChild !== walk.head)
    replaceChildren(content, [walk.head, walk.sticky, walk.items, walk.decision]);
  walk.head.replaceChildren(
    el("h2", { class: "handoff-title", "data-testid": "handoff-title" }, [
      `${handoff.id} · ${handoff.client}`,
    ]),
    el("p", { class: "muted small" }, [`${handoff.scenario} · tab “${handoff.sheetName}”`]),
    ...(state.upgrade ? [createUpgradeNotice(handoff.id, state.upgrade, upgradeHandoff)] : []),
  );
  walk.sticky.replaceChildren(
    renderGate(handoff),
    panelTabs(
      app.panel,
      {
        items: toDo ? `Items · ${toDo} to do` : "Items · all done",
        decision: recorded ? `Decision · ${recorded}` : "Decision",
      },
      (panel) => {
        app.panel = panel;
      },
    ),
  );
  walk.findings.replaceChildren(...handoff.handoffFindings.map((f) => messageLine(f)));
  if (!keepStep)
    walk.step.replaceChildren(
      step ? step.root : el("p", { class: "muted" }, ["This checklist has no items."]),
    );
  if (!keepDecision) walk.decisionSlot.replaceChildren(decision.root);
  showPanel(app.panel);
  if (focus === "heading") {
    if (app.panel === "decision") decision.focusHeading();
    else step?.focusHeading();
  } else if (focusedId && !content.contains(document.activeElement)) {
    // A control that was rebuilt (a tab, say) gives the focus to its successor, not to the page.
    content.querySelector<HTMLElement>(`[data-testid="${focusedId}"]`)?.focus();
  }
}

/** The walkthrough's parts, built once: header, sticky gate with the tabs, and the two panels. */
const walk = (() => {
  const findings = el("div", { class: "handoff-findings" });
  const stepNote = el("div");
  const step = el("div", { class: "step-slot" });
  const decisionNote = el("div");
  const decisionSlot = el("div", { class: "decision-slot" });
  const bulk = el("div", { class: "bulk-slot" });
  return {
    bulk,
    stepNote,
    decisionNote,
    head: el("header", { class: "handoff-head" }),
    sticky: el("div", { class: "sticky-gate", "data-testid": "sticky-gate" }),
    findings,
    step,
    decisionSlot,
    items: panelOf("items", "items", [findings, bulk, stepNote, step]),
    decision: panelOf("decision", "items", [decisionNote, decisionSlot]),
  };
})();

/** A handoff newly shown starts on its first open item, or on the decision when nothing is left to do. */
function opened(handoff: HandoffView | null): void {
  app.currentRow = null;
  app.panel = handoff && handoff.items.length > 0 && !handoff.items.some(needsWork) ? "decision" : "items";
}

/** Says a view kept for the person's typing was changed in the sheet meanwhile, and how to see it. */
function staleNote(what: string, testid: string): HTMLElement {
  return el("p", { class: "msg msg-warning", "data-testid": testid }, [
    el("span", { class: "msg-label" }, ["Note: "]),
    `${what} changed in the sheet while you were typing here: press ↻ Refresh to see it (what you typed stays).`,
  ]);
}

function showNewForm(): void {
  app.view = "new";
  render("heading");
}

/** Renders after a refresh; while a pointer is down, after the click it started has landed. */
function renderAfterRefresh(): void {
  if (app.pointerDown) {
    app.pendingRender = true;
    return;
  }
  app.pendingRender = false;
  render("none", true);
}

/**
 * Reloads the active tab's handoff; ignored when a change was submitted meanwhile. `asked` (↻ Refresh)
 * leaves any view for the active tab's walkthrough and rebuilds it with every draft; otherwise (the
 * sidebar regaining focus) nothing changes on screen unless the workbook did, and what is in use stays.
 */
async function refresh(asked: boolean): Promise<void> {
  if (app.refreshing) return;
  app.refreshing = true;
  const epoch = app.epoch;
  try {
    const state = await call("getSidebarState", {});
    if (epoch !== app.epoch) return;
    const changed = JSON.stringify(state) !== JSON.stringify(app.state);
    const before = app.state?.handoff?.id;
    app.state = state;
    pageAlert.replaceChildren();
    if (state.handoff?.id !== before) opened(state.handoff);
    if (asked) {
      app.view = "walkthrough";
      render();
    } else if (changed && app.view === "walkthrough") renderAfterRefresh();
  } catch (error) {
    pageAlert.replaceChildren(el("p", {}, [messageOf(error)]));
  } finally {
    app.refreshing = false;
  }
}

/** One row's last logged change as the History line says it. */
async function historyLine(handoffId: string, row: number): Promise<string> {
  const history = await call("getHistory", { handoffId });
  const change = history.changes.find((c) => c.row === row);
  return change
    ? `Last change: ${change.who}, ${change.when.replace("T", " ").slice(0, 16)}. ${change.details}`
    : "No change to this item was recorded through the add-on yet.";
}

async function saveItem(request: SaveItemRequest): Promise<void> {
  const pending = submit("saveItem", request);
  if (!pending) return;
  app.epoch += 1;
  try {
    const handoff = await pending;
    drafts.savedItem(handoff.id, request.row);
    setHandoff(handoff);
    const saved = handoff.items.find((i) => i.row === request.row);
    app.currentRow = nextRow(handoff, request.row);
    // Nothing left to do and the gate says GO: the decision is what comes next.
    if (handoff.gate.verdict === "GO" && !handoff.items.some(needsWork)) app.panel = "decision";
    render("heading");
    announce(`Saved “${saved?.text ?? request.itemText}”. Gate: ${handoff.gate.verdict}.`);
  } catch (error) {
    current.step?.showServerError(messageOf(error));
  }
}

/** Runs one bulk endpoint and shows the handoff it returns, with what was done in the bulk block. */
async function runBulk(pending: Promise<BulkOutcome> | null, assigned = false): Promise<void> {
  if (!pending) return;
  app.epoch += 1;
  try {
    const outcome = await pending;
    const handoff = outcome.handoff;
    setHandoff(handoff);
    // The step moves on from an item the action finished; nothing left to do and GO: the decision.
    const shown = handoff.items.find((i) => i.row === app.currentRow);
    if (shown && !needsWork(shown)) app.currentRow = nextRow(handoff, shown.row);
    if (handoff.gate.verdict === "GO" && !handoff.items.some(needsWork)) app.panel = "decision";
    render();
    current.bulk?.showOutcome(outcome, assigned);
    announce(`${outcome.message} Gate: ${outcome.handoff.gate.verdict}.`);
  } catch (error) {
    current.bulk?.showServerError(messageOf(error));
  }
}

const bulkActions = {
  assign: (request: AssignRequest) => void runBulk(submit("assignItems", request), true),
  dueFromKickoff: (request: DueFromKickoffRequest) => void runBulk(submit("dueDatesFromKickoff", request)),
  markDone: (request: MarkDoneRequest) => void runBulk(submit("markItemsDone", request)),
  openItem: (row: number) => {
    app.currentRow = row;
    app.panel = "items";
    render("heading");
  },
};

async function recordDecision(request: DecisionRequest): Promise<void> {
  const pending = submit("recordDecision", request);
  if (!pending) return;
  app.epoch += 1;
  try {
    const handoff = await pending;
    drafts.setDecision(handoff.id, null);
    setHandoff(handoff);
    render();
    announce(`Decision saved for ${handoff.id}.`);
    document.querySelector<HTMLElement>('[data-testid="decision-recorded"]')?.focus();
  } catch (error) {
    current.decision?.showServerError(messageOf(error));
  }
}

async function upgradeHandoff(request: UpgradeRequest): Promise<void> {
  const pending = submit("upgradeHandoff", request);
  if (!pending) return;
  app.epoch += 1;
  try {
    const handoff = await pending;
    setHandoff(handoff);
    if (app.state) app.state = { ...app.state, upgrade: null };
    render();
    announce(`${handoff.id} now uses the current checklist templates.`);
  } catch (error) {
    announce(messageOf(error));
  }
}

async function startHandoff(request: NewHandoffRequest): Promise<void> {
  const pending = submit("startHandoff", request);
  if (!pending) return;
  app.epoch += 1;
  try {
    const handoff = await pending;
    setHandoff(handoff);
    current.newForm = null;
    app.view = "walkthrough";
    app.panel = "items";
    app.currentRow = null;
    render("heading");
    // Past 80 % of the workbook's limits New handoff says how many more fit and how to make room.
    if (handoff.capacityWarning) {
      content.prepend(
        el("div", { class: "card msg msg-warning", role: "status", "data-testid": "capacity-warning" }, [
          el("p", {}, [handoff.capacityWarning]),
          archiveOffer(),
        ]),
      );
    }
    announce(
      `${handoff.id} started for ${handoff.client}.${handoff.capacityWarning ? ` ${handoff.capacityWarning}` : ""}`,
    );
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

/** Archive or Restore from the archive view: one call, its message shown and announced. */
async function archiveAction(pending: Promise<{ message: string }> | null): Promise<void> {
  if (!pending) return;
  app.epoch += 1;
  try {
    const outcome = await pending;
    current.archive?.showOutcome(outcome.message);
    announce(outcome.message);
  } catch (error) {
    current.archive?.showServerError(messageOf(error));
  }
}

function archiveHandoffs(request: ArchiveRequest): void {
  void archiveAction(submit("archiveHandoffs", request));
}

function restoreHandoff(request: RestoreRequest): void {
  void archiveAction(submit("restoreHandoff", request));
}

onBusyChange((busy) => {
  root.setAttribute("aria-busy", String(busy));
  document.body.classList.toggle("is-busy", busy);
  busyLine.textContent = busy ? "Working…" : "";
});

refreshButton.addEventListener("click", () => void refresh(true));
newButton.addEventListener("click", showNewForm);
auditButton.addEventListener("click", () => {
  app.view = "audit";
  render("heading");
});
archiveButton.addEventListener("click", showArchive);

function showArchive(): void {
  app.view = "archive";
  render("heading");
}

/** The capacity warning's way to make room: the Archive view, one click away. */
function archiveOffer(): HTMLButtonElement {
  const offer = el("button", { type: "button", "data-testid": "capacity-archive" }, [
    "Archive finished handoffs",
  ]);
  offer.addEventListener("click", showArchive);
  return offer;
}
window.addEventListener("focus", () => {
  if (app.view === "walkthrough" && app.state) void refresh(false);
});
document.addEventListener(
  "pointerdown",
  () => {
    app.pointerDown = true;
  },
  true,
);
for (const type of ["pointerup", "pointercancel"])
  document.addEventListener(
    type,
    () => {
      app.pointerDown = false;
      // After this event the click fires; the deferred render waits for it.
      if (app.pendingRender) setTimeout(renderAfterRefresh, 0);
    },
    true,
  );

replaceChildren(root, [
  el("header", { class: "topbar" }, [
    el("h1", { class: "visually-hidden" }, ["Handoff Gate"]),
    el("div", { class: "top-actions" }, [refreshButton, newButton, auditButton, archiveButton]),
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
    opened(app.state.handoff);
  } catch (error) {
    pageAlert.replaceChildren(el("p", {}, [messageOf(error)]));
  }
  render(app.view === "new" ? "heading" : "none");
})();
