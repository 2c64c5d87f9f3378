// The decision block: Go / Not yet, the override fields (required when Go is recorded against a NOT YET
// gate), and the receiving team's acknowledgement by name and date. Save makes one recordDecision call.
import type { DecisionRequest } from "../src/core/api/requests";
import type { HandoffView } from "../src/core/api/views";
import { type DecisionField, parseDecision } from "../src/core/gate/decision-rules";
import {
  checkDecisionDraft,
  type DecisionDraft,
  type DecisionMessage,
  isOverrideDraft,
} from "./decision-checks";
import { el } from "./dom";
import { type FieldHandle, inputField, radioGroup, textAreaField } from "./fields";

export interface DecisionView {
  readonly root: HTMLElement;
  focusHeading(): void;
  showServerError(message: string): void;
}

/** The decision fields as recorded on the tab (the starting point of a draft). */
function recordedDraft(handoff: HandoffView): DecisionDraft {
  const d = handoff.decision;
  return {
    decision: parseDecision(d.decision) ?? "",
    overrideReason: d.overrideReason,
    overrideApprovedBy: d.overrideApprovedBy,
    acknowledgedBy: d.acknowledgedBy,
    acknowledgedOn: /^\d{4}-\d{2}-\d{2}$/.test(d.acknowledgedOn) ? d.acknowledgedOn : "",
  };
}

/**
 * Builds the decision block for a handoff, starting from `draft` (typed earlier, not saved) when given;
 * `onDraft` hears every edit (null once the fields match what is recorded again). `today` (ISO, the
 * spreadsheet's day as the server gives it) fills an empty Acknowledged on once a name is typed.
 */
export function createDecisionView(
  handoff: HandoffView,
  onSave: (request: DecisionRequest) => void,
  drafts: {
    draft: DecisionDraft | null;
    onDraft: (draft: DecisionDraft | null) => void;
    today?: string;
  } = {
    draft: null,
    onDraft: () => {},
  },
): DecisionView {
  const d = handoff.decision;
  const verdict = handoff.gate.verdict;
  const base = recordedDraft(handoff);
  const start = drafts.draft ?? base;
  const decision = radioGroup({
    legend: "Decision",
    name: "decision",
    value: start.decision,
    options: [
      { value: "Go", label: "Go" },
      { value: "Not yet", label: "Not yet" },
      { value: "", label: "Not decided" },
    ],
  });
  const overrideReason = textAreaField({
    label: "Override reason",
    name: "overrideReason",
    value: start.overrideReason,
  });
  const overrideApprovedBy = inputField({
    label: "Override approved by",
    name: "overrideApprovedBy",
    value: start.overrideApprovedBy,
  });
  const acknowledgedBy = inputField({
    label: "Acknowledged by",
    name: "acknowledgedBy",
    value: start.acknowledgedBy,
    hint: "The receiving team's owner who confirmed they can start.",
  });
  const acknowledgedOn = inputField({
    label: "Acknowledged on",
    name: "acknowledgedOn",
    type: "date",
    value: start.acknowledgedOn,
  });
  const fields: Record<DecisionField, FieldHandle<HTMLElement>> = {
    decision,
    overrideReason,
    overrideApprovedBy,
    acknowledgedBy,
    acknowledgedOn,
  };
  const draft = (): DecisionDraft => ({
    decision: decision.value() as DecisionDraft["decision"],
    overrideReason: overrideReason.control.value,
    overrideApprovedBy: overrideApprovedBy.control.value,
    acknowledgedBy: acknowledgedBy.control.value,
    acknowledgedOn: acknowledgedOn.control.value,
  });
  const check = () =>
    checkDecisionDraft(
      handoff.id,
      draft(),
      verdict,
      acknowledgedOn.control.validity.badInput,
      handoff.handoffOwner,
      d.reopened,
    );

  const overrideNote = el("p", { class: "override-note", "data-testid": "override-note" }, [
    el("span", { class: "msg-label" }, ["Override: "]),
    "the gate says NOT YET, so Go needs a reason and who approved it.",
  ]);
  const overrideBox = el("div", { class: "override" }, [
    overrideNote,
    overrideReason.root,
    overrideApprovedBy.root,
  ]);
  const alert = el("div", { class: "alert", role: "alert", "data-testid": "decision-alert" });
  const show = (messages: readonly DecisionMessage[]) => {
    for (const [field, handle] of Object.entries(fields) as [DecisionField, FieldHandle<HTMLElement>][]) {
      handle.setMessages(messages.filter((m) => m.field === field));
    }
    const current = draft();
    overrideBox.hidden =
      !isOverrideDraft(current, verdict) &&
      !current.overrideReason.trim() &&
      !current.overrideApprovedBy.trim();
  };
  const form = el("form", { novalidate: true, "aria-labelledby": "decision-heading" }, [
    decision.root,
    overrideBox,
    acknowledgedBy.root,
    acknowledgedOn.root,
    alert,
    el("div", { class: "actions" }, [
      el("button", { type: "submit", class: "primary", "data-testid": "save-decision" }, ["Save decision"]),
    ]),
  ]);
  const onEdit = () => {
    alert.replaceChildren();
    const current = draft();
    const changed =
      (Object.keys(current) as (keyof DecisionDraft)[]).some((k) => current[k] !== base[k]) ||
      acknowledgedOn.control.validity.badInput;
    drafts.onDraft(changed ? current : null);
    show(check());
  };
  // Runs before the form hears the edit: a name typed with no date yet is acknowledged today.
  acknowledgedBy.control.addEventListener("input", () => {
    const on = acknowledgedOn.control;
    if (drafts.today && acknowledgedBy.control.value.trim() && !on.value && !on.validity.badInput)
      on.value = drafts.today;
  });
  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);
  // A half-typed date changes no value (no input event) but makes validity.badInput true.
  for (const type of ["keyup", "blur"]) acknowledgedOn.control.addEventListener(type, () => show(check()));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const messages = check();
    show(messages);
    const first = messages.find((m) => m.severity === "error");
    if (first) {
      alert.replaceChildren(
        el("p", {}, [el("span", { class: "msg-label" }, ["Not saved: "]), first.message]),
      );
      const control = fields[first.field].control;
      (control instanceof HTMLFieldSetElement ? decision.inputs[0] : control)?.focus();
      return;
    }
    onSave({ handoffId: handoff.id, ...draft() });
  });

  const recorded = parseDecision(d.decision);
  const choose = (value: string, focus: HTMLElement | undefined) => {
    const input = decision.inputs.find((i) => i.value === value);
    if (input) input.checked = true;
    onEdit();
    overrideBox.hidden = value !== "Go" || verdict !== "NOT YET";
    focus?.focus();
  };
  // Reopened after Go: one message and the two ways forward, never the recorded Go beside override errors.
  let reopenActions: HTMLElement | null = null;
  if (d.reopened) {
    const confirm = el("button", { type: "button", "data-testid": "confirm-go" }, [
      verdict === "NOT YET" ? "Confirm Go as an override" : "Confirm Go again",
    ]);
    confirm.addEventListener("click", () =>
      choose("Go", verdict === "NOT YET" ? overrideReason.control : undefined),
    );
    const withdraw = el("button", { type: "button", "data-testid": "withdraw-go" }, ["Withdraw Go"]);
    withdraw.addEventListener("click", () => choose("Not yet", decision.inputs[1]));
    reopenActions = el("div", { class: "actions reopen", "data-testid": "reopen-actions" }, [
      confirm,
      withdraw,
    ]);
  }
  const heading = el("h2", { id: "decision-heading", tabindex: -1 }, ["Decision and acknowledgement"]);
  const root = el(
    "section",
    { class: "card decision", "aria-labelledby": "decision-heading", "data-testid": "decision" },
    [
      heading,
      el("p", { class: "muted small", tabindex: -1, "data-testid": "decision-recorded" }, [
        d.reopened
          ? `${d.reopenedNote}. The gate then said: ${d.gateWhenDecided || "(not recorded)"}; it now says ${handoff.gate.detail}.`
          : recorded
            ? `Recorded: ${recorded}${d.isOverride ? " (override of NOT YET)" : ""}.${d.note ? ` ${d.note}.` : ""}`
            : "No decision recorded yet.",
        !d.reopened && recorded && d.gateWhenDecided ? ` The gate then said: ${d.gateWhenDecided}.` : "",
        d.acknowledgedBy
          ? ` Acknowledged by ${d.acknowledgedBy}${d.acknowledgedNote ? ` (${d.acknowledgedNote})` : ""}${d.acknowledgedOn ? ` on ${d.acknowledgedOn}` : ""}.`
          : "",
      ]),
      ...(reopenActions ? [reopenActions] : []),
      form,
    ],
  );
  show(check());
  return {
    root,
    focusHeading: () => heading.focus(),
    showServerError: (message) =>
      alert.replaceChildren(el("p", {}, [el("span", { class: "msg-label" }, ["Not saved: "]), message])),
  };
}
