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
  showServerError(message: string): void;
}

/** Builds the decision block for a handoff. */
export function createDecisionView(
  handoff: HandoffView,
  onSave: (request: DecisionRequest) => void,
): DecisionView {
  const d = handoff.decision;
  const verdict = handoff.gate.verdict;
  const decision = radioGroup({
    legend: "Decision",
    name: "decision",
    value: parseDecision(d.decision) ?? "",
    options: [
      { value: "Go", label: "Go" },
      { value: "Not yet", label: "Not yet" },
      { value: "", label: "Not decided" },
    ],
  });
  const overrideReason = textAreaField({
    label: "Override reason",
    name: "overrideReason",
    value: d.overrideReason,
  });
  const overrideApprovedBy = inputField({
    label: "Override approved by",
    name: "overrideApprovedBy",
    value: d.overrideApprovedBy,
  });
  const acknowledgedBy = inputField({
    label: "Acknowledged by",
    name: "acknowledgedBy",
    value: d.acknowledgedBy,
    hint: "The receiving team's owner who confirmed they can start.",
  });
  const acknowledgedOn = inputField({
    label: "Acknowledged on",
    name: "acknowledgedOn",
    type: "date",
    value: /^\d{4}-\d{2}-\d{2}$/.test(d.acknowledgedOn) ? d.acknowledgedOn : "",
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
    checkDecisionDraft(handoff.id, draft(), verdict, acknowledgedOn.control.validity.badInput);

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
    show(check());
  };
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
  const root = el(
    "section",
    { class: "card decision", "aria-labelledby": "decision-heading", "data-testid": "decision" },
    [
      el("h2", { id: "decision-heading" }, ["Decision and acknowledgement"]),
      el("p", { class: "muted small", tabindex: -1, "data-testid": "decision-recorded" }, [
        recorded
          ? `Recorded: ${recorded}${d.isOverride ? " (override of NOT YET)" : ""}.`
          : "No decision recorded yet.",
        recorded && d.gateWhenDecided ? ` The gate then said: ${d.gateWhenDecided}.` : "",
        d.acknowledgedBy
          ? ` Acknowledged by ${d.acknowledgedBy}${d.acknowledgedOn ? ` on ${d.acknowledgedOn}` : ""}.`
          : "",
      ]),
      form,
    ],
  );
  show(check());
  return {
    root,
    showServerError: (message) =>
      alert.replaceChildren(el("p", {}, [el("span", { class: "msg-label" }, ["Not saved: "]), message])),
  };
}
