// Several items at once, under the Items tab: one owner and one due date for the items of a section
// that have none, due dates from the target kickoff, and several items marked Done. One server call
// each (made by the caller); what was typed and ticked here stays while the sidebar refreshes.
import { issueFindings } from "../src/core/api/issue-findings";
import {
  type AssignRequest,
  assignRequest,
  type DueFromKickoffRequest,
  type MarkDoneRequest,
} from "../src/core/api/requests";
import type { BulkOutcome, HandoffView, ItemView } from "../src/core/api/views";
import { DEFAULT_DAYS_BEFORE_KICKOFF } from "../src/core/checklist/due-offsets";
import { ownerProblem } from "../src/core/checklist/owner";
import { parseStatus } from "../src/core/checklist/status-reader";
import { isOpenStatus } from "../src/core/checklist/statuses";
import { fieldFinding } from "../src/core/gate/findings";
import { assignProblem } from "../src/core/tab/bulk-plan";
import { el, replaceChildren, uid } from "./dom";
import { inputField, messageLine } from "./fields";

export interface BulkActions {
  assign(request: AssignRequest): void;
  dueFromKickoff(request: DueFromKickoffRequest): void;
  markDone(request: MarkDoneRequest): void;
  /** Shows one item's step (for an item that could not be marked Done). */
  openItem(row: number): void;
}

export interface BulkView {
  readonly root: HTMLElement;
  /** Shows the handoff as it now is, keeping what was typed and ticked. */
  update(handoff: HandoffView): void;
  /** Shows what an action did; `assigned` (the owner/due form's own outcome) clears that form. */
  showOutcome(outcome: BulkOutcome, assigned?: boolean): void;
  showServerError(message: string): void;
}

const isOpen = (item: ItemView) => isOpenStatus(parseStatus(item.status));
const WHOLE = "";

/** Builds the "Several items at once" block for a handoff. */
export function createBulkView(first: HandoffView, actions: BulkActions): BulkView {
  let handoff = first;
  const checked = new Set<number>();

  // Owner and due date for the items without them.
  const sectionId = uid("section");
  const section = el("select", { id: sectionId, "data-testid": "bulk-section" });
  // The handoff owner is the likely owner of what nobody owns yet: offered, not imposed.
  const owner = inputField({
    label: "Owner",
    name: "bulkOwner",
    value: ownerProblem(first.handoffOwner) === null ? first.handoffOwner : "",
    hint: "One person, for every item here without an owner.",
    autocomplete: "name",
  });
  const due = inputField({ label: "Due", name: "bulkDue", type: "date", value: "" });
  const assignAlert = el("div", { class: "alert", role: "alert", "data-testid": "bulk-assign-alert" });
  const assignForm = el(
    "form",
    { novalidate: true, class: "bulk-part", "aria-labelledby": "bulk-assign-heading" },
    [
      el("h3", { id: "bulk-assign-heading" }, ["Owner and due date where empty"]),
      el("div", { class: "field" }, [el("label", { for: sectionId }, ["Items"]), section]),
      owner.root,
      due.root,
      assignAlert,
      el("p", { class: "hint" }, ["Owners and dates already entered stay as they are."]),
      el("div", { class: "actions" }, [
        el("button", { type: "submit", class: "primary", "data-testid": "bulk-assign" }, [
          "Fill empty fields",
        ]),
      ]),
    ],
  );
  const request = (): AssignRequest => ({
    handoffId: handoff.id,
    section: section.value,
    owner: owner.control.value,
    due: due.control.value,
  });
  const checkAssign = () => {
    const parsed = assignRequest.safeParse(request());
    const messages = parsed.success ? [] : issueFindings(parsed.error, ["owner", "due"] as const);
    if (due.control.validity.badInput) messages.push(fieldFinding("due", "incomplete-date", "Due"));
    owner.setMessages(messages.filter((m) => m.field === "owner"));
    due.setMessages(messages.filter((m) => m.field === "due"));
    return messages;
  };
  assignForm.addEventListener("input", () => {
    assignAlert.replaceChildren();
    checkAssign();
  });
  assignForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const messages = checkAssign();
    const problem = messages[0]?.message ?? assignProblem(request());
    if (problem) {
      assignAlert.replaceChildren(el("p", {}, [el("span", { class: "msg-label" }, ["Not done: "]), problem]));
      (messages[0]?.field === "due" ? due.control : owner.control).focus();
      return;
    }
    actions.assign(request());
  });

  // Due dates from the target kickoff.
  const { work, acknowledgement, review } = DEFAULT_DAYS_BEFORE_KICKOFF;
  const kickoffButton = el(
    "button",
    { type: "button", class: "secondary", "data-testid": "bulk-due-from-kickoff" },
    [],
  );
  kickoffButton.addEventListener("click", () => actions.dueFromKickoff({ handoffId: handoff.id }));
  const kickoffPart = el("div", { class: "bulk-part" }, [
    kickoffButton,
    el("p", { class: "hint" }, [
      `Empty due dates only, each item's days before kickoff as the checklist templates set them (without one: the work ${work} days before, the acknowledgement ${acknowledgement}, the final review ${review}).`,
    ]),
  ]);

  // Mark Done.
  const selectAll = el("input", { type: "checkbox", id: uid("all"), "data-testid": "bulk-select-all" });
  const selectAllLabel = el("label", { for: selectAll.id }, []);
  const list = el("ul", { class: "bulk-list", "data-testid": "bulk-done-list" });
  const doneButton = el("button", { type: "submit", class: "primary", "data-testid": "bulk-done" }, []);
  const doneAlert = el("div", { class: "alert", role: "alert", "data-testid": "bulk-done-alert" });
  const doneForm = el("form", { novalidate: true, class: "bulk-part" }, [
    el("fieldset", { class: "bulk-done" }, [
      el("legend", {}, ["Mark Done"]),
      el("div", { class: "checkbox" }, [selectAll, selectAllLabel]),
      list,
    ]),
    doneAlert,
    el("div", { class: "actions" }, [doneButton]),
  ]);
  const openItems = () => handoff.items.filter(isOpen);
  const syncDone = () => {
    const open = openItems();
    const ticked = open.filter((i) => checked.has(i.row)).length;
    selectAll.checked = open.length > 0 && ticked === open.length;
    selectAll.indeterminate = ticked > 0 && ticked < open.length;
    doneButton.textContent = ticked ? `Mark ${ticked} Done` : "Mark Done";
  };
  selectAll.addEventListener("change", () => {
    for (const item of openItems()) {
      if (selectAll.checked) checked.add(item.row);
      else checked.delete(item.row);
    }
    for (const box of list.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      box.checked = selectAll.checked;
    }
    doneAlert.replaceChildren();
    syncDone();
  });
  doneForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const items = openItems()
      .filter((i) => checked.has(i.row))
      .map((i) => ({ row: i.row, itemText: i.text }));
    if (items.length === 0) {
      doneAlert.replaceChildren(
        el("p", {}, [
          el("span", { class: "msg-label" }, ["Not done: "]),
          "Tick at least one item to mark Done.",
        ]),
      );
      selectAll.focus();
      return;
    }
    actions.markDone({ handoffId: handoff.id, items });
  });
  let listShown = "";
  const renderList = () => {
    const open = openItems();
    const shown = JSON.stringify(open.map((i) => [i.row, i.text]));
    for (const row of [...checked]) if (!open.some((i) => i.row === row)) checked.delete(row);
    selectAllLabel.textContent = `All open items (${open.length})`;
    if (shown !== listShown || !list.contains(document.activeElement)) {
      listShown = shown;
      list.replaceChildren(
        ...open.map((item) => {
          const box = el("input", { type: "checkbox", id: uid("done"), value: item.row });
          box.checked = checked.has(item.row);
          box.addEventListener("change", () => {
            if (box.checked) checked.add(item.row);
            else checked.delete(item.row);
            doneAlert.replaceChildren();
            syncDone();
          });
          return el("li", { class: "checkbox bulk-item" }, [
            box,
            el("label", { for: box.id, class: "bulk-label", title: item.text }, [item.text]),
          ]);
        }),
      );
    }
    syncDone();
  };

  const outcomeBox = el("div", { class: "bulk-outcome", role: "status", "data-testid": "bulk-outcome" });
  let sectionsShown = "";
  const update = (next: HandoffView) => {
    handoff = next;
    const sections = [...new Set(next.items.map((i) => i.section).filter(Boolean))];
    const shown = JSON.stringify([next.items.length, sections]);
    if (shown !== sectionsShown) {
      sectionsShown = shown;
      const chosen = section.value;
      section.replaceChildren(
        el("option", { value: WHOLE }, [`Whole checklist (${next.items.length} items)`]),
        ...sections.map((s) => el("option", { value: s }, [s])),
      );
      section.value = sections.includes(chosen) ? chosen : WHOLE;
    }
    const kickoff = /^\d{4}-\d{2}-\d{2}$/.test(next.targetKickoff) ? next.targetKickoff : "";
    kickoffPart.hidden = !kickoff;
    kickoffButton.replaceChildren("Due dates from kickoff ", el("span", { class: "nowrap" }, [kickoff]));
    renderList();
  };

  const root = el("details", { class: "card bulk", "data-testid": "bulk" }, [
    el("summary", { "data-testid": "bulk-summary" }, ["Several items at once"]),
    el("p", { class: "muted small" }, ["Give owners and due dates, or mark items Done, in one step."]),
    outcomeBox,
    assignForm,
    kickoffPart,
    doneForm,
  ]);
  update(first);
  return {
    root,
    update,
    showOutcome: (outcome, assigned = false) => {
      replaceChildren(outcomeBox, [
        el("p", { class: "msg" }, [outcome.message]),
        outcome.skipped.length
          ? el(
              "ul",
              { class: "skipped", "aria-label": "Not marked Done", "data-testid": "bulk-skipped" },
              outcome.skipped.map((s) => {
                const open = el(
                  "button",
                  { type: "button", class: "text", "aria-label": `Open this item: ${s.text}` },
                  ["Open this item"],
                );
                open.addEventListener("click", () => actions.openItem(s.row));
                return el("li", {}, [
                  messageLine({ severity: "error", message: `${s.text} — ${s.reason}` }),
                  open,
                ]);
              }),
            )
          : null,
      ]);
      if (assigned && outcome.changed) {
        due.control.value = "";
        checkAssign();
      }
    },
    showServerError: (message) => {
      outcomeBox.replaceChildren(messageLine({ severity: "error", message: `Not done: ${message}` }));
    },
  };
}
