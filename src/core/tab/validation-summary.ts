// The line a person sees after Validate this handoff: the gate, what was marked, what is still to do,
// what was restored.
import type { Finding } from "../gate/findings";

/** How many items still need something (an owner, a due date): counted, not marked on the sheet. */
export function itemsToDo(findings: readonly Pick<Finding, "row" | "severity">[]): number {
  return new Set(findings.filter((f) => f.severity === "todo").map((f) => f.row)).size;
}

/** The summary line a person sees after validating. */
export function validationSummary(
  id: string,
  verdict: string,
  errors: number,
  warnings: number,
  repaired: number,
  toDo = 0,
): string {
  const parts = [
    `${errors} error${errors === 1 ? "" : "s"}`,
    `${warnings} warning${warnings === 1 ? "" : "s"}`,
  ];
  const marks = errors + warnings ? " (see the notes on the marked cells)" : "";
  const open = toDo
    ? ` ${toDo} item${toDo === 1 ? "" : "s"} still to do (owner or due date): see the gate's detail.`
    : "";
  const fixed = repaired ? ` Restored ${repaired} header formula${repaired === 1 ? "" : "s"}.` : "";
  return `${id}: gate ${verdict} · ${parts.join(", ")}${marks}.${open}${fixed}`;
}
