// The archive form: Archive finished handoffs (or the ones named, confirming those not finished) and
// Restore one by its ID. Each button makes one server call and shows what it did.

import type { ArchiveRequest, RestoreRequest } from "../src/core/api/requests";
import { el, uid } from "./dom";
import { inputField } from "./fields";

export interface ArchiveView {
  readonly root: HTMLElement;
  focusFirst(): void;
  showOutcome(message: string): void;
  showServerError(message: string): void;
}

/** IDs typed in one field: separated by commas, semicolons or spaces. */
function typedIds(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** Builds the form; `onArchive` and `onRestore` receive the requests. */
export function createArchiveView(
  onArchive: (request: ArchiveRequest) => void,
  onRestore: (request: RestoreRequest) => void,
  onCancel: () => void,
): ArchiveView {
  const ids = inputField({
    label: "Handoffs to archive (optional)",
    name: "handoffIds",
    value: "",
    hint: "Blank: every handoff decided Go and acknowledged, its checklist unchanged since. Or type IDs, e.g. HO-0003, HO-0007.",
  });
  const confirmId = uid("confirm-unfinished");
  const confirm = el("input", { type: "checkbox", id: confirmId, name: "confirmUnfinished" });
  const confirmBox = el("div", { class: "field checkbox" }, [
    confirm,
    el("label", { for: confirmId, class: "plain" }, ["Archive them even if not finished"]),
  ]);
  const restoreId = inputField({
    label: "Handoff to restore",
    name: "restoreId",
    value: "",
    hint: 'An archived handoff\'s ID (its Tab cell in the register says "Archived").',
  });
  const alert = el("div", { class: "alert", role: "alert", "data-testid": "archive-alert" });
  const outcome = el("p", { class: "summary", role: "status", "data-testid": "archive-outcome" });
  const archiveForm = el("form", { novalidate: true, "aria-label": "Archive handoffs" }, [
    ids.root,
    confirmBox,
    el("div", { class: "actions" }, [
      el("button", { type: "submit", class: "primary", "data-testid": "archive-submit" }, ["Archive"]),
    ]),
  ]);
  const restoreForm = el("form", { novalidate: true, "aria-label": "Restore a handoff" }, [
    restoreId.root,
    el("div", { class: "actions" }, [
      el("button", { type: "submit", "data-testid": "restore-submit" }, ["Restore"]),
      el("button", { type: "button", class: "text", "data-testid": "cancel-archive" }, ["Back"]),
    ]),
  ]);
  restoreForm.querySelector('[data-testid="cancel-archive"]')?.addEventListener("click", onCancel);
  const clear = () => {
    alert.replaceChildren();
    outcome.textContent = "";
  };
  archiveForm.addEventListener("submit", (event) => {
    event.preventDefault();
    clear();
    onArchive({ handoffIds: typedIds(ids.control.value), confirmUnfinished: confirm.checked });
  });
  restoreForm.addEventListener("submit", (event) => {
    event.preventDefault();
    clear();
    const id = restoreId.control.value.trim();
    if (!id) {
      restoreId.setMessages([
        { severity: "error", message: "Enter the ID of the archived handoff, e.g. HO-0007." },
      ]);
      restoreId.control.focus();
      return;
    }
    restoreId.setMessages([]);
    onRestore({ handoffId: id });
  });
  const root = el(
    "section",
    { class: "card archive", "aria-labelledby": "archive-heading", "data-testid": "archive" },
    [
      el("h2", { id: "archive-heading" }, ["Archive and restore"]),
      el("p", { class: "muted small" }, [
        "Finished handoffs move to the Archive sheet, one row per item, and their tabs are removed. Restore brings a tab back as it was.",
      ]),
      archiveForm,
      restoreForm,
      alert,
      outcome,
    ],
  );
  return {
    root,
    focusFirst: () => ids.control.focus(),
    showOutcome: (message) => {
      outcome.textContent = message;
    },
    showServerError: (message) =>
      alert.replaceChildren(el("p", {}, [el("span", { class: "msg-label" }, ["Not done: "]), message])),
  };
}
