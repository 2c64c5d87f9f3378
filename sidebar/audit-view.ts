// The quarterly audit form: quarter (default the last complete one), optional seed and size, and what
// to do when the quarter's tab exists. Checked as typed with the server's own checks; Build makes one
// buildAudit call and shows what it did.

import type { AuditRequest } from "../src/core/api/requests";
import type { AuditOutcome } from "../src/core/api/views";
import { type AuditField, auditRequestProblems } from "../src/core/audit/audit-request";
import {
  formatQuarter,
  lastCompleteQuarter,
  lastDayOfQuarter,
  parseQuarter,
  quarterNotOver,
} from "../src/core/audit/quarter";
import { formatCalendarDate } from "../src/core/sheet/calendar-date";
import { dateFromIso } from "../src/core/sheet/date-cell";
import { el, uid } from "./dom";
import { type FieldHandle, inputField, radioGroup } from "./fields";

export interface AuditView {
  readonly root: HTMLElement;
  focusFirst(): void;
  showOutcome(outcome: AuditOutcome): void;
  showServerError(message: string): void;
}

/** The quarter before the one `todayIso` (YYYY-MM-DD) falls in. */
export function defaultQuarter(todayIso: string): string {
  const [year, month] = todayIso.split("-").map(Number);
  return formatQuarter(lastCompleteQuarter({ year: year ?? 2026, month: month ?? 1 }));
}

/** Builds the form; `onBuild` receives a checked request. */
export function createAuditView(
  todayIso: string,
  onBuild: (request: AuditRequest) => void,
  onCancel: () => void,
): AuditView {
  const fallback = defaultQuarter(todayIso);
  const quarter = inputField({
    label: "Quarter",
    name: "quarter",
    value: "",
    hint: `Like 2026-Q3. Blank: ${fallback}, the last complete quarter.`,
  });
  const seed = inputField({
    label: "Seed (optional)",
    name: "seed",
    value: "",
    hint: "Re-type an earlier audit's seed to redraw the same sample; blank draws a new one.",
  });
  const size = inputField({
    label: "Sample size (optional)",
    name: "size",
    value: "",
    hint: "Blank uses the documented rule: all up to 3, else 20 % (at least 3, at most 25).",
  });
  const ifExists = radioGroup({
    legend: "If the quarter's audit tab exists",
    name: "ifExists",
    value: "keep",
    layout: "cards",
    options: [
      { value: "keep", label: "Keep it", description: "Nothing changes; results filled in stay." },
      { value: "new", label: "Draw a new sample", description: "Into a new tab named by its seed." },
    ],
  });
  const confirmId = uid("confirm-open-quarter");
  const confirmOpen = el("input", { type: "checkbox", id: confirmId, name: "confirmOpenQuarter" });
  const openWarning = el("p", { class: "small" });
  const openBox = el("div", { class: "field checkbox", "data-testid": "open-quarter" }, [
    openWarning,
    confirmOpen,
    el("label", { for: confirmId, class: "plain" }, [
      "Draw anyway (the tab will say the quarter was not over)",
    ]),
  ]);
  openBox.hidden = true;
  quarter.root.append(openBox);
  const today = dateFromIso(todayIso);
  /** The typed quarter's warning when it is not over by today, else "". */
  const openQuarterText = (): string => {
    const q = parseQuarter(quarter.control.value);
    if (!q || !today || !quarterNotOver(q, today)) return "";
    return `${formatQuarter(q)} is not over yet (it ends ${formatCalendarDate(lastDayOfQuarter(q))}): handoffs started or decided later will not be in the sample.`;
  };
  const fields: Record<AuditField, FieldHandle<HTMLElement>> = { quarter, seed, size };
  const draft = () => ({
    quarter: quarter.control.value,
    seed: seed.control.value,
    size: size.control.value,
  });
  const show = () => {
    const problems = auditRequestProblems(draft());
    for (const [field, handle] of Object.entries(fields) as [AuditField, FieldHandle<HTMLElement>][]) {
      handle.setMessages(
        problems.filter((p) => p.field === field).map((p) => ({ severity: "error", message: p.message })),
      );
    }
    return problems;
  };
  const alert = el("div", { class: "alert", role: "alert", "data-testid": "audit-alert" });
  const outcome = el("p", { class: "summary", role: "status", "data-testid": "audit-outcome" });
  const form = el("form", { novalidate: true, "aria-labelledby": "audit-heading" }, [
    quarter.root,
    seed.root,
    size.root,
    ifExists.root,
    alert,
    outcome,
    el("div", { class: "actions" }, [
      el("button", { type: "submit", class: "primary", "data-testid": "build-audit" }, ["Build audit"]),
      el("button", { type: "button", class: "text", "data-testid": "cancel-audit" }, ["Back"]),
    ]),
  ]);
  form.querySelector('[data-testid="cancel-audit"]')?.addEventListener("click", onCancel);
  const onEdit = () => {
    const warning = openQuarterText();
    if (warning !== openWarning.textContent) confirmOpen.checked = false;
    openWarning.textContent = warning;
    openBox.hidden = warning === "";
    alert.replaceChildren();
    show();
  };
  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = show()[0];
    if (first) {
      alert.replaceChildren(
        el("p", {}, [el("span", { class: "msg-label" }, ["Not built: "]), first.message]),
      );
      fields[first.field].control.focus();
      return;
    }
    const warning = openQuarterText();
    if (warning && !confirmOpen.checked) {
      alert.replaceChildren(
        el("p", {}, [
          el("span", { class: "msg-label" }, ["Not built: "]),
          `${warning} Tick "Draw anyway" to go ahead.`,
        ]),
      );
      openBox.hidden = false;
      confirmOpen.focus();
      return;
    }
    outcome.textContent = "";
    onBuild({
      ...draft(),
      ifExists: ifExists.value() === "new" ? "new" : "keep",
      confirmOpenQuarter: warning !== "" && confirmOpen.checked,
    });
  });
  const root = el(
    "section",
    { class: "card audit", "aria-labelledby": "audit-heading", "data-testid": "audit" },
    [
      el("h2", { id: "audit-heading" }, ["Quarterly audit"]),
      el("p", { class: "muted small" }, [
        "Samples handoffs started in the quarter, reproducibly, to compare what was documented with what delivery saw.",
      ]),
      form,
    ],
  );
  return {
    root,
    focusFirst: () => quarter.control.focus(),
    showOutcome: (result) => {
      outcome.textContent = result.message;
    },
    showServerError: (message) =>
      alert.replaceChildren(el("p", {}, [el("span", { class: "msg-label" }, ["Not built: "]), message])),
  };
}
