// The gate at the top of the walkthrough: GO / NOT YET in words and icon, what blocks it, and progress.
import type { HandoffView } from "../src/core/api/views";
import { el } from "./dom";

/** The reasons of a gate's detail line ("NOT YET: 3 required open · 1 missing owner" → two reasons). */
export function gateReasons(detail: string): string[] {
  const colon = detail.indexOf(":");
  if (colon < 0) return [];
  return detail
    .slice(colon + 1)
    .split("·")
    .map((r) => r.trim())
    .filter(Boolean);
}

/** The gate card for a handoff: compact, so it can stay on screen while the items scroll under it. */
export function renderGate(handoff: HandoffView): HTMLElement {
  const { gate } = handoff;
  const go = gate.verdict === "GO";
  const reasons = gateReasons(gate.detail);
  const progressLabel = `Required items done: ${gate.requiredDone} of ${gate.requiredTotal}`;
  const review = gate.reviewTotal ? ` · review ${gate.reviewDone} of ${gate.reviewTotal}` : "";
  return el("section", { class: "card gate", "aria-labelledby": "gate-heading", "data-testid": "gate" }, [
    el("h2", { id: "gate-heading", class: "visually-hidden" }, ["Gate"]),
    el("div", { class: "gate-top" }, [
      el("p", { class: `verdict ${go ? "verdict-go" : "verdict-notyet"}`, "data-testid": "verdict" }, [
        el("span", { class: "verdict-icon", "aria-hidden": "true" }, [go ? "✓" : "✕"]),
        el("span", { class: "visually-hidden" }, ["Gate: "]),
        gate.verdict,
      ]),
      el("p", { class: "gate-counts", id: "progress-label" }, [
        el("span", { class: "visually-hidden" }, [`${progressLabel}${review}`]),
        el("span", { class: "gate-count", "aria-hidden": "true" }, [
          `Required ${gate.requiredDone}/${gate.requiredTotal}`,
        ]),
        gate.reviewTotal
          ? el("span", { class: "gate-count", "aria-hidden": "true" }, [
              `Review ${gate.reviewDone}/${gate.reviewTotal}`,
            ])
          : null,
      ]),
    ]),
    el("progress", {
      max: Math.max(gate.requiredTotal, 1),
      value: gate.requiredDone,
      "aria-labelledby": "progress-label",
    }),
    go
      ? el("p", { class: "gate-note" }, ["Every required item and the review are done: record the decision."])
      : el(
          "ul",
          { class: "reasons", "aria-label": "What blocks GO", "data-testid": "gate-reasons" },
          reasons.map((r) => el("li", {}, [r])),
        ),
    gate.warnings
      ? el("p", { class: "muted small gate-note" }, [
          `${gate.warnings} warning${gate.warnings === 1 ? "" : "s"} (overdue items)`,
        ])
      : null,
  ]);
}
