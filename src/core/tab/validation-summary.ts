// The line a person sees after Validate this handoff: the gate, what was marked, what was restored.

/** The summary line a person sees after validating. */
export function validationSummary(
  id: string,
  verdict: string,
  errors: number,
  warnings: number,
  repaired: number,
): string {
  const parts = [
    `${errors} error${errors === 1 ? "" : "s"}`,
    `${warnings} warning${warnings === 1 ? "" : "s"}`,
  ];
  const marks = errors + warnings ? " (see the notes on the marked cells)" : "";
  const fixed = repaired ? ` Restored ${repaired} header formula${repaired === 1 ? "" : "s"}.` : "";
  return `${id}: gate ${verdict} · ${parts.join(", ")}${marks}.${fixed}`;
}
