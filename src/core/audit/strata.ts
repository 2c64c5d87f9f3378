import { scenarioById } from "../checklist/scenarios";

/** What puts a handoff in its audit stratum; the first three are forced strata (always ≥ 1 pick). */
export type StratumKind = "high-risk" | "owner-transfer" | "high-risk-owner-transfer" | "scenario";

/** The stratum name written on the audit tab for each forced kind. */
export const FORCED_STRATUM_NAMES = {
  "high-risk": "Custom/high-risk",
  "owner-transfer": "Owner transfer",
  "high-risk-owner-transfer": "Owner transfer + high-risk",
} as const;

const FORCED_ORDER: readonly StratumKind[] = ["high-risk", "owner-transfer", "high-risk-owner-transfer"];

/**
 * The stratum of a handoff. Custom/high-risk handoffs and owner transfers each form one stratum
 * guaranteed a pick; a handoff that is both sits in a combined stratum, also guaranteed a pick, so
 * that both guarantees hold. Every other handoff is stratified by its scenario, named as people read it ("Standard new client").
 */
export function stratumOf(c: {
  scenarioId: string;
  isHighRisk: boolean;
  isOwnerTransfer: boolean;
  scenarioName?: string;
}): {
  name: string;
  kind: StratumKind;
} {
  if (c.isHighRisk && c.isOwnerTransfer) {
    return { name: FORCED_STRATUM_NAMES["high-risk-owner-transfer"], kind: "high-risk-owner-transfer" };
  }
  if (c.isHighRisk) return { name: FORCED_STRATUM_NAMES["high-risk"], kind: "high-risk" };
  if (c.isOwnerTransfer) return { name: FORCED_STRATUM_NAMES["owner-transfer"], kind: "owner-transfer" };
  const id = c.scenarioId.trim();
  return { name: c.scenarioName || scenarioById(id)?.name || id || "(no scenario)", kind: "scenario" };
}

/** Whether a stratum of this kind must get at least one pick. */
export function isForcedStratum(kind: StratumKind): boolean {
  return kind !== "scenario";
}

/** The stratum kind a name on the audit tab stands for (forced names, else a scenario). */
export function stratumKindOfName(name: string): StratumKind {
  const forced = (Object.keys(FORCED_STRATUM_NAMES) as (keyof typeof FORCED_STRATUM_NAMES)[]).find(
    (k) => FORCED_STRATUM_NAMES[k] === name,
  );
  return forced ?? "scenario";
}

/** Fixed stratum order (forced strata first, then scenarios by name), so allocation never depends on input order. */
export function compareStrata(
  a: { name: string; kind: StratumKind },
  b: { name: string; kind: StratumKind },
): number {
  const ra = rank(a.kind);
  const rb = rank(b.kind);
  if (ra !== rb) return ra - rb;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function rank(kind: StratumKind): number {
  const i = FORCED_ORDER.indexOf(kind);
  return i === -1 ? FORCED_ORDER.length : i;
}
