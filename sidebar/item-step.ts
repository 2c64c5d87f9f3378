// One checklist step: the item, its status buttons and fields, live checks as the person types, and Save
// (one saveItem call, made by the caller). Prev / Next / jump move between items; typed drafts are kept.

import { type SaveItemRequest, saveItemRequestFor } from "../src/core/api/requests";
import type { HandoffView, ItemView } from "../src/core/api/views";
import { ITEM_KIND_LABELS, ITEM_KINDS } from "../src/core/checklist/item-kinds";
import { parseStatus } from "../src/core/checklist/status-reader";
import { isOpenStatus, STATUSES } from "../src/core/checklist/statuses";
import { el } from "./dom";
import { type FieldHandle, inputField, radioGroup, textAreaField } from "./fields";
import {
  checkItemDraft,
  draftOf,
  type FieldMessage,
  hasErrors,
  ITEM_FIELDS,
  type ItemDraft,
  type ItemField,
} from "./item-checks";

export interface ItemStepOptions {
  handoff: HandoffView;
  item: ItemView;
  today: string;
  /** A draft typed earlier for this item and not saved yet. */
  draft: ItemDraft | null;
  onDraft: (draft: ItemDraft | null) => void;
  onSave: (request: SaveItemRequest) => void;
  onNavigate: (row: number) => void;
  hasDraft: (item: ItemView) => boolean;
  /** Who last changed this row through the add-on, and when (from the handoff log), as one line. */
  loadHistory?: (row: number) => Promise<string>;
}

export interface ItemStep {
  readonly root: HTMLElement;
  focusHeading(): void;
  /** Shows a server failure above the Save button; the form keeps what was typed. */
  showServerError(message: string): void;
}

/** Whether an item still needs work: open, or closed with a rule broken. */
export function needsWork(item: ItemView): boolean {
  return isOpenStatus(parseStatus(item.status)) || item.findings.some((f) => f.severity === "error");
}

/** What an item still needs, in a few words ("owner, due date"), from its to-do findings. */
export function stillNeeds(item: ItemView): string {
  const fields = item.findings.filter((f) => f.severity === "todo").map((f) => f.field ?? "");
  return [fields.includes("Owner") ? "owner" : "", fields.includes("Due") ? "due date" : ""]
    .filter(Boolean)
    .join(", ");
}

function mark(item: ItemView, unsaved: boolean): string {
  const needs = stillNeeds(item);
  const state = item.findings.some((f) => f.severity === "error")
    ? "needs fixing"
    : item.status === "Done"
      ? "done"
      : item.status === "N/A"
        ? "N/A"
        : `${item.status.toLowerCase() || "no status"}${needs ? ` · to do: ${needs}` : ""}`;
  const glyph = state === "done" ? "✓" : state === "N/A" ? "–" : state === "needs fixing" ? "!" : "○";
  return `${glyph} ${item.text} (${state}${unsaved ? ", unsaved" : ""})`;
}

function jumpList(opts: ItemStepOptions, index: number): HTMLElement {
  const id = "item-jump";
  const select = el("select", { id, "data-testid": "item-jump" });
  let group: HTMLOptGroupElement | null = null;
  opts.handoff.items.forEach((item, i) => {
    if (!group || group.label !== item.section) {
      group = el("optgroup", { label: item.section || "Items" });
      select.append(group);
    }
    const option = el("option", { value: item.row }, [mark(item, opts.hasDraft(item))]);
    option.selected = i === index;
    group.append(option);
  });
  select.addEventListener("change", () => opts.onNavigate(Number(select.value)));
  return el("div", { class: "field" }, [el("label", { for: id }, ["Go to item"]), select]);
}

/** Builds the step for one item. */
export function createItemStep(opts: ItemStepOptions): ItemStep {
  const { handoff, item } = opts;
  const index = handoff.items.findIndex((i) => i.row === item.row);
  const start = opts.draft ?? draftOf(item);

  const status = radioGroup({
    legend: "Status",
    name: "status",
    value: start.status,
    options: STATUSES.map((s) => ({ value: s, label: s })),
  });
  const owner = inputField({
    label: "Owner",
    name: "owner",
    value: start.owner,
    hint: "One person, not a team.",
    autocomplete: "name",
  });
  const due = inputField({ label: "Due", name: "due", type: "date", value: start.due });
  const evidence = inputField({
    label: "Evidence",
    name: "evidence",
    value: start.evidence,
    hint: "A link or reference.",
  });
  const approvedBy = inputField({ label: "Approved by", name: "approvedBy", value: start.approvedBy });
  const notes = textAreaField({ label: "Notes", name: "notes", value: start.notes });
  const fields: Record<ItemField, FieldHandle<HTMLElement>> = {
    status,
    owner,
    due,
    evidence,
    approvedBy,
    notes,
  };

  // A due the date picker cannot hold (text typed in the sheet) stays as typed until a date is picked.
  let dueTouched = false;
  due.control.addEventListener("input", () => {
    dueTouched = true;
  });
  const draft = (): ItemDraft => ({
    status: status.value() || start.status,
    owner: owner.control.value,
    due: dueTouched || due.control.value ? due.control.value : start.due,
    evidence: evidence.control.value,
    approvedBy: approvedBy.control.value,
    notes: notes.control.value,
  });
  const check = (): FieldMessage[] =>
    checkItemDraft(handoff.id, item, draft(), opts.today, due.control.validity.badInput);

  const summary = el("p", { class: "summary", role: "status", "data-testid": "item-summary" });
  const alert = el("div", { class: "alert", role: "alert", "data-testid": "item-alert" });
  const show = (messages: readonly FieldMessage[]) => {
    for (const [field, handle] of Object.entries(fields) as [ItemField, FieldHandle<HTMLElement>][]) {
      handle.setMessages(messages.filter((m) => m.field === field));
    }
    const errors = messages.filter((m) => m.severity === "error").length;
    summary.textContent = errors
      ? `${errors} thing${errors === 1 ? "" : "s"} to fix before this step can be saved.`
      : "Ready to save.";
  };

  const heading = el(
    "h3",
    { id: "item-text-heading", class: "item-text", tabindex: -1, "data-testid": "item-text" },
    [item.text],
  );
  const saveButton = el("button", { type: "submit", class: "primary", "data-testid": "save-item" }, ["Save"]);
  const prev = handoff.items[index - 1];
  const next = handoff.items[index + 1];
  const nav = el("div", { class: "row-actions" }, [
    el("button", { type: "button", class: "text", disabled: !prev, "data-testid": "prev-item" }, [
      "‹ Previous",
    ]),
    el("button", { type: "button", class: "text", disabled: !next, "data-testid": "next-item" }, ["Next ›"]),
  ]);
  const historyText = el("p", { class: "muted small", "aria-live": "polite", "data-testid": "item-history" });
  if (opts.loadHistory) {
    const load = opts.loadHistory;
    const historyButton = el(
      "button",
      { type: "button", class: "text", "data-testid": "item-history-button" },
      ["History"],
    );
    historyButton.addEventListener("click", () => {
      historyText.textContent = "Reading the handoff log…";
      load(item.row).then(
        (line) => {
          historyText.textContent = line;
        },
        (error: unknown) => {
          historyText.textContent = error instanceof Error ? error.message : String(error);
        },
      );
    });
    nav.append(historyButton);
  }
  const [prevButton, nextButton] = nav.querySelectorAll("button");
  prevButton?.addEventListener("click", () => prev && opts.onNavigate(prev.row));
  nextButton?.addEventListener("click", () => next && opts.onNavigate(next.row));

  const form = el("form", { class: "item-form", novalidate: true, "aria-labelledby": "item-text-heading" }, [
    status.root,
    owner.root,
    due.root,
    evidence.root,
    approvedBy.root,
    notes.root,
    summary,
    alert,
    el("div", { class: "actions" }, [saveButton]),
    historyText,
  ]);
  const onEdit = () => {
    alert.replaceChildren();
    const d = draft();
    const base = draftOf(item);
    const changed =
      (Object.keys(d) as ItemField[]).some((k) => d[k] !== base[k]) || due.control.validity.badInput;
    opts.onDraft(changed ? d : null);
    show(check());
  };
  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);
  // A half-typed date changes no value (no input event) but makes validity.badInput true.
  for (const type of ["keyup", "blur"]) due.control.addEventListener(type, () => show(check()));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const messages = check();
    show(messages);
    if (hasErrors(messages)) {
      const first = ITEM_FIELDS.flatMap((f) =>
        messages.filter((m) => m.field === f && m.severity === "error"),
      )[0];
      alert.replaceChildren(
        el("p", {}, [
          el("span", { class: "msg-label" }, ["Not saved: "]),
          first?.message ?? "Check the fields.",
        ]),
      );
      const control = first ? fields[first.field].control : null;
      (control instanceof HTMLFieldSetElement
        ? (status.inputs.find((i) => i.checked) ?? status.inputs[0])
        : control
      )?.focus();
      return;
    }
    opts.onSave(saveItemRequestFor(handoff.id, item, draft()));
  });

  // The kind in the words the tab shows ("Attachment"), not its code.
  const kind = ITEM_KINDS.find((k) => k === item.kind);
  const meta = [
    item.section,
    kind ? ITEM_KIND_LABELS[kind] : item.kind,
    item.required ? "Required" : "Optional",
  ]
    .filter(Boolean)
    .join(" · ");
  const root = el(
    "section",
    { class: "card step", "aria-labelledby": "item-heading-label", "data-testid": "item" },
    [
      el("h2", { id: "item-heading-label", class: "step-count" }, [
        `Item ${index + 1} of ${handoff.items.length}`,
      ]),
      jumpList(opts, index),
      heading,
      el("p", { class: "muted small" }, [meta]),
      form,
      nav,
    ],
  );
  show(check());
  return {
    root,
    focusHeading: () => heading.focus(),
    showServerError: (message) => {
      alert.replaceChildren(el("p", {}, [el("span", { class: "msg-label" }, ["Not saved: "]), message]));
    },
  };
}
