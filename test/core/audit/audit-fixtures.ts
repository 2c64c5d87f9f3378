import type { AuditCandidate } from "../../../src/core/audit/audit-candidate";

/** A handoff for sampling tests; flags follow the scenario unless given. */
export function candidate(
  id: string,
  scenarioId: string,
  extra: Partial<AuditCandidate> = {},
): AuditCandidate {
  return {
    id,
    scenarioId,
    isHighRisk: scenarioId === "custom-high-risk",
    isOwnerTransfer: scenarioId === "owner-transfer",
    templateRef: `${scenarioId}@1+double-check@1`,
    handoffDate: { year: 2026, month: 8, day: 1 },
    ...extra,
  };
}

/** `count` handoffs of one scenario with IDs HO-<start>…, zero-padded to 4 digits. */
export function many(count: number, scenarioId: string, start: number): AuditCandidate[] {
  return Array.from({ length: count }, (_, i) =>
    candidate(`HO-${String(start + i).padStart(4, "0")}`, scenarioId),
  );
}

/** Picks grouped by stratum name: name → sorted IDs. */
export function picksByStratum(picks: readonly { id: string; stratum: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of picks) {
    const ids = out[p.stratum] ?? [];
    ids.push(p.id);
    out[p.stratum] = ids;
  }
  for (const ids of Object.values(out)) ids.sort();
  return out;
}
