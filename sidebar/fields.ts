// Labelled form controls with a message slot: messages are linked by aria-describedby, flagged with
// aria-invalid, and carry a text label (Fix / Note / To do) so colour is never the only signal.
import type { Severity } from "../src/core/gate/findings";
import { el, uid } from "./dom";

export interface ShownMessage {
  severity: Severity;
  message: string;
}

const LABELS: Record<Severity, string> = { error: "Fix: ", warning: "Note: ", todo: "To do: " };
const ORDER: Record<Severity, number> = { error: 0, warning: 1, todo: 2 };

/** One message as a paragraph: its label in words, its colour by severity (todo is neutral). */
export function messageLine(m: ShownMessage, testid?: string): HTMLElement {
  return el("p", { class: `msg msg-${m.severity}`, "data-testid": testid }, [
    el("span", { class: "msg-label" }, [LABELS[m.severity]]),
    m.message,
  ]);
}

/** A control with its label and the messages shown under it. */
export interface FieldHandle<C extends HTMLElement> {
  readonly root: HTMLElement;
  readonly control: C;
  /** Shows these messages (errors first) and marks the control invalid when one is an error. */
  setMessages(messages: readonly ShownMessage[]): void;
}

function messageSlot(control: HTMLElement, hintId: string | null) {
  const slot = el("div", { class: "field-messages", id: uid("msg") });
  const describedBy = [hintId, slot.id].filter(Boolean).join(" ");
  control.setAttribute("aria-describedby", describedBy);
  const setMessages = (messages: readonly ShownMessage[]) => {
    const sorted = [...messages].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    slot.replaceChildren(...sorted.map((m) => messageLine(m)));
    if (sorted.some((m) => m.severity === "error")) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
  };
  return { slot, setMessages };
}

interface InputOptions {
  label: string;
  name: string;
  value: string;
  type?: "text" | "date";
  hint?: string;
  autocomplete?: string;
  required?: boolean;
  maxLength?: number;
}

/** A labelled <input> (text or date). */
export function inputField(opts: InputOptions): FieldHandle<HTMLInputElement> {
  const id = uid(opts.name);
  const hintId = opts.hint ? uid("hint") : null;
  const control = el("input", {
    id,
    name: opts.name,
    type: opts.type ?? "text",
    autocomplete: opts.autocomplete ?? "off",
    "aria-required": opts.required ? "true" : undefined,
    maxlength: opts.maxLength,
  });
  control.value = opts.value;
  const { slot, setMessages } = messageSlot(control, hintId);
  const root = el("div", { class: "field" }, [
    el("label", { for: id }, [
      opts.label,
      opts.required ? el("span", { class: "req" }, [" (required)"]) : null,
    ]),
    opts.hint && hintId ? el("p", { class: "hint", id: hintId }, [opts.hint]) : null,
    control,
    slot,
  ]);
  return { root, control, setMessages };
}

/** A labelled <textarea>. */
export function textAreaField(
  opts: Omit<InputOptions, "type"> & { rows?: number },
): FieldHandle<HTMLTextAreaElement> {
  const id = uid(opts.name);
  const hintId = opts.hint ? uid("hint") : null;
  const control = el("textarea", { id, name: opts.name, rows: opts.rows ?? 2, maxlength: opts.maxLength });
  control.value = opts.value;
  const { slot, setMessages } = messageSlot(control, hintId);
  const root = el("div", { class: "field" }, [
    el("label", { for: id }, [opts.label]),
    opts.hint && hintId ? el("p", { class: "hint", id: hintId }, [opts.hint]) : null,
    control,
    slot,
  ]);
  return { root, control, setMessages };
}

export interface RadioOption {
  value: string;
  label: string;
  /** A second line, read with the option (aria-describedby). */
  description?: string;
}

/** A radio group in a fieldset whose legend names it; arrow keys move between options. */
export interface RadioGroup extends FieldHandle<HTMLFieldSetElement> {
  readonly inputs: HTMLInputElement[];
  value(): string;
}

/** A labelled group of radio buttons styled as chips (or as cards when options have descriptions). */
export function radioGroup(opts: {
  legend: string;
  name: string;
  options: readonly RadioOption[];
  value: string;
  layout?: "chips" | "cards";
}): RadioGroup {
  const name = uid(opts.name);
  const inputs: HTMLInputElement[] = [];
  const items = opts.options.map((option) => {
    const id = uid(opts.name);
    const descriptionId = option.description ? uid("desc") : null;
    const input = el("input", {
      type: "radio",
      id,
      name,
      value: option.value,
      "aria-describedby": descriptionId ?? undefined,
    });
    input.checked = option.value === opts.value;
    inputs.push(input);
    return el("div", { class: "choice" }, [
      input,
      el("label", { for: id }, [option.label]),
      option.description && descriptionId
        ? el("p", { class: "choice-desc", id: descriptionId }, [option.description])
        : null,
    ]);
  });
  const control = el("fieldset", { class: `radio-group ${opts.layout ?? "chips"}` }, [
    el("legend", {}, [opts.legend]),
    el("div", { class: "choices" }, items),
  ]);
  const { slot, setMessages } = messageSlot(control, null);
  const root = el("div", { class: "field" }, [control, slot]);
  const value = () => inputs.find((i) => i.checked)?.value ?? "";
  return { root, control, inputs, value, setMessages };
}
