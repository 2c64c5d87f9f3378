// The new-handoff form: client, scenario (with when to use each), both owners, target kickoff, and
// "has exceptions" which adds the custom/high-risk items. Checked as typed; Start makes one startHandoff call.
import { type NewHandoffRequest, newHandoffRequest, pastKickoffProblem } from "../src/core/api/requests";
import type { ScenarioView } from "../src/core/api/views";
import { recordsExceptions } from "../src/core/checklist/records-exceptions";
import { fieldFinding } from "../src/core/gate/findings";
import { el, uid } from "./dom";
import { type FieldHandle, inputField, radioGroup, textAreaField } from "./fields";
import { checkNewHandoff, type NewHandoffField } from "./new-handoff-checks";

export interface NewHandoffView {
  readonly root: HTMLElement;
  focusFirst(): void;
  showServerError(message: string): void;
}

/** Builds the form; `onCancel` is null when there is nothing to go back to. */
export function createNewHandoffView(
  scenarios: readonly ScenarioView[],
  today: string,
  onStart: (request: NewHandoffRequest) => void,
  onCancel: (() => void) | null,
  templatesNotice = "",
): NewHandoffView {
  const client = inputField({
    label: "Client",
    name: "client",
    value: "",
    required: true,
    autocomplete: "organization",
  });
  const scenario = radioGroup({
    legend: "Scenario",
    name: "scenario",
    value: "",
    layout: "cards",
    options: scenarios.map((s) => ({ value: s.id, label: s.name, description: s.when })),
  });
  const handoffOwner = inputField({
    label: "Handoff owner",
    name: "handoffOwner",
    value: "",
    required: true,
    hint: "One person who runs this handoff.",
  });
  const receivingOwner = inputField({
    label: "Receiving owner",
    name: "receivingOwner",
    value: "",
    required: true,
    hint: "One person on the receiving team.",
  });
  const targetKickoff = inputField({
    label: "Target kickoff",
    name: "targetKickoff",
    type: "date",
    value: "",
  });
  const checkboxId = uid("has-exceptions");
  const hasExceptions = el("input", { type: "checkbox", id: checkboxId, name: "hasExceptions" });
  const exceptions = textAreaField({
    label: "Exceptions",
    name: "exceptions",
    value: "",
    hint: "Custom pricing, nonstandard SLA, special terms… Adds the custom/high-risk items.",
  });
  exceptions.root.hidden = true;
  const noneNote = el("p", { class: "msg msg-note", "data-testid": "no-exceptions-note" }, [
    el("span", { class: "msg-label" }, ["Note: "]),
    "this means no exceptions, so no custom/high-risk items are added.",
  ]);
  noneNote.hidden = true;
  exceptions.root.append(noneNote);
  const confirmId = uid("confirm-past");
  const confirmPast = el("input", { type: "checkbox", id: confirmId, name: "confirmPastKickoff" });
  const pastBox = el("div", { class: "field checkbox confirm-past", "data-testid": "past-kickoff" }, [
    confirmPast,
    el("label", { for: confirmId, class: "plain" }, ["Yes, the kickoff date is in the past"]),
  ]);
  pastBox.hidden = true;
  targetKickoff.root.append(pastBox);
  let confirmedFor = "";
  const fields: Partial<Record<NewHandoffField, FieldHandle<HTMLElement>>> = {
    client,
    scenarioId: scenario,
    handoffOwner,
    receivingOwner,
    targetKickoff,
    exceptions,
  };
  const touched = new Set<NewHandoffField>();
  let submitted = false;

  const draft = () => ({
    client: client.control.value,
    scenarioId: scenario.value(),
    handoffOwner: handoffOwner.control.value,
    receivingOwner: receivingOwner.control.value,
    targetKickoff: targetKickoff.control.value,
    hasExceptions: hasExceptions.checked,
    exceptions: hasExceptions.checked ? exceptions.control.value : "",
    confirmPastKickoff: confirmPast.checked && confirmedFor === targetKickoff.control.value,
  });
  const check = () => {
    const d = draft();
    const messages = checkNewHandoff(d, targetKickoff.control.validity.badInput);
    const past = pastKickoffProblem(d, today);
    if (past && !messages.some((m) => m.field === "targetKickoff"))
      messages.push(fieldFinding("targetKickoff", "invalid-input", past));
    return messages;
  };
  const alert = el("div", { class: "alert", role: "alert", "data-testid": "new-alert" });
  const show = () => {
    const messages = check();
    for (const [field, handle] of Object.entries(fields) as [NewHandoffField, FieldHandle<HTMLElement>][]) {
      const visible = submitted || touched.has(field);
      handle.setMessages(
        visible
          ? messages.filter((m) => m.field === field).map((m) => ({ severity: "error", message: m.message }))
          : [],
      );
    }
    return messages;
  };

  const form = el("form", { novalidate: true, "aria-labelledby": "new-heading" }, [
    client.root,
    ...(templatesNotice
      ? [el("p", { class: "alert", role: "status", "data-testid": "templates-notice" }, [templatesNotice])]
      : []),
    scenario.root,
    handoffOwner.root,
    receivingOwner.root,
    targetKickoff.root,
    el("div", { class: "field checkbox" }, [
      hasExceptions,
      el("label", { for: checkboxId }, ["This handoff has exceptions"]),
    ]),
    exceptions.root,
    alert,
    el("div", { class: "actions" }, [
      el("button", { type: "submit", class: "primary", "data-testid": "start-handoff" }, ["Start handoff"]),
      onCancel
        ? el("button", { type: "button", class: "text", "data-testid": "cancel-new" }, ["Cancel"])
        : null,
    ]),
  ]);
  form.querySelector('[data-testid="cancel-new"]')?.addEventListener("click", () => onCancel?.());
  const onEdit = (event: Event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
      const name = target.type === "radio" ? "scenarioId" : target.name;
      const field = (Object.keys(fields) as NewHandoffField[]).find((f) => f === name);
      if (field) touched.add(field);
    }
    exceptions.root.hidden = !hasExceptions.checked;
    noneNote.hidden = !exceptions.control.value.trim() || recordsExceptions(exceptions.control.value);
    // A confirmation holds for the date it was given for: a new past date asks again.
    if (target === confirmPast) confirmedFor = confirmPast.checked ? targetKickoff.control.value : "";
    else if (confirmedFor !== targetKickoff.control.value) confirmPast.checked = false;
    const kickoff = targetKickoff.control.value;
    pastBox.hidden = !kickoff || kickoff >= today || targetKickoff.control.validity.badInput;
    alert.replaceChildren();
    show();
  };
  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);
  // A half-typed date changes no value (no input event) but makes validity.badInput true.
  for (const type of ["keyup", "blur"]) targetKickoff.control.addEventListener(type, onEdit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitted = true;
    const messages = show();
    const first = messages[0];
    if (first) {
      alert.replaceChildren(
        el("p", {}, [el("span", { class: "msg-label" }, ["Not started: "]), first.message]),
      );
      const control =
        first.field === "targetKickoff" && !pastBox.hidden ? confirmPast : fields[first.field]?.control;
      (control instanceof HTMLFieldSetElement ? scenario.inputs[0] : control)?.focus();
      return;
    }
    const parsed = newHandoffRequest.safeParse(draft());
    if (parsed.success) onStart(parsed.data);
  });

  const root = el(
    "section",
    { class: "card new-handoff", "aria-labelledby": "new-heading", "data-testid": "new-handoff" },
    [el("h2", { id: "new-heading" }, ["New handoff"]), form],
  );
  return {
    root,
    focusFirst: () => client.control.focus(),
    showServerError: (message) =>
      alert.replaceChildren(el("p", {}, [el("span", { class: "msg-label" }, ["Not started: "]), message])),
  };
}
