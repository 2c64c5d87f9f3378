import type { CalendarDate } from "../sheet/calendar-date";
import { allocateLargestRemainder } from "./allocate";
import { firstFiveUses, type TemplateUse } from "./first-uses";
import { compareCodeUnits, compareHandoffIds } from "./handoff-id-order";
import { createRng, normalizeSeed, randomIndex, seedFromText } from "./prng";
import { defaultSampleSize } from "./sample-size";
import { compareStrata, isForcedStratum, type StratumKind, stratumOf } from "./strata";

export { firstFiveUses, type TemplateUse } from "./first-uses";

/** One handoff of the quarter's population, as the sampler sees it. */
export interface AuditCandidate {
  id: string;
  scenarioId: string;
  isHighRisk: boolean;
  isOwnerTransfer: boolean;
  /** e.g. "standard-new-client@1+double-check@1" */
  templateRef: string;
  handoffDate: CalendarDate;
}

/** Why a handoff is in the sample. */
export type PickReason = "random" | "stratum-minimum" | "first-five-uses";

/** One sampled handoff. `firstUseOf` names the template version(s) for a first-five-uses pick. */
export interface SamplePick {
  id: string;
  stratum: string;
  reason: PickReason;
  firstUseOf?: string;
}

/** One stratum of the population; `minimum` is 1 for forced strata (high-risk, owner transfer). */
export interface SampleStratum {
  name: string;
  kind: StratumKind;
  population: number;
  picked: number;
  /** Picks made by rule (first uses, stratum minimum); picked − forced were drawn at random. */
  forced: number;
  minimum: 0 | 1;
}

/**
 * The drawn sample. `size` = picks.length; `requestedSize` is the random part asked (the override, or
 * the default rule), capped at the population; the forced picks come on top of it.
 */
export interface SampleResult {
  picks: SamplePick[];
  strata: SampleStratum[];
  size: number;
  requestedSize: number;
  seed: string;
}

/** How to draw: the seed text, an optional size override, and the first-five-uses facts. */
export interface SelectOptions {
  seed: string;
  /** Sample size override; default from defaultSampleSize. Capped at the population size. */
  size?: number;
  /** The whole register's (id, templateRef, created): first uses are computed from it with firstFiveUses. */
  register?: readonly TemplateUse[];
}

interface WorkStratum {
  name: string;
  kind: StratumKind;
  members: string[];
  picked: number;
  forced: number;
}

/**
 * Draws the quarterly audit sample. Steps, all independent of input order:
 * 1. IDs are sorted (code-unit order) and put in strata (see stratumOf).
 * 2. Every first-five-uses handoff in the population is picked ("first-five-uses").
 * 3. Every forced stratum with no pick yet gets one ("stratum-minimum").
 * 4. requestedSize random picks (or every handoff left, if fewer), on top of the forced ones, are
 *    shared among strata in proportion to their populations by largest remainder ("random").
 * Within a stratum, picks follow a Fisher–Yates shuffle of its sorted IDs driven by sfc32 seeded with
 * seedFromText(seed + "\n" + stratum name), so changing one stratum's members never reorders another's draw.
 * Throws RangeError for a blank seed, a bad size, or duplicate IDs.
 */
export function selectSample(population: readonly AuditCandidate[], opts: SelectOptions): SampleResult {
  const sorted = [...population].sort((a, b) => compareCodeUnits(a.id, b.id));
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i] as AuditCandidate).id === (sorted[i - 1] as AuditCandidate).id) {
      throw new RangeError(`Handoff ID ${(sorted[i] as AuditCandidate).id} appears twice in the population.`);
    }
  }
  const firstUses = opts.register ? firstFiveUses(opts.register) : new Map<string, string>();
  const inQuarter = new Map<string, string>();
  for (const c of sorted) {
    const version = firstUses.get(c.id);
    if (version !== undefined) inQuarter.set(c.id, version);
  }
  return drawStratified(buildStrata(sorted), inQuarter, opts.seed, opts.size);
}

/** A stratum as the draw takes it: its name, kind and member IDs. */
export interface StratumMembers {
  readonly name: string;
  readonly kind: StratumKind;
  readonly members: readonly string[];
}

/**
 * The draw itself, from strata already formed (as the audit tab lists them) and the first uses in the
 * population (id → template versions): steps 2–4 of selectSample. Verify redraws through it from the tab.
 */
export function drawStratified(
  given: readonly StratumMembers[],
  firstUses: ReadonlyMap<string, string>,
  seedText: string,
  size?: number,
): SampleResult {
  const seed = normalizeSeed(seedText);
  if (seed === "") throw new RangeError("The audit seed must not be blank.");
  const strata: WorkStratum[] = [...given]
    .map((s) => ({
      name: s.name,
      kind: s.kind,
      members: [...s.members].sort(compareCodeUnits),
      picked: 0,
      forced: 0,
    }))
    .sort(compareStrata);
  const count = strata.reduce((sum, s) => sum + s.members.length, 0);
  const requested = size ?? defaultSampleSize(count).size;
  if (!Number.isInteger(requested) || requested < 0) {
    throw new RangeError(`Sample size must be a whole number ≥ 0, got ${requested}.`);
  }
  const requestedSize = Math.min(requested, count);
  const stratumById = new Map<string, WorkStratum>();
  for (const s of strata) for (const id of s.members) stratumById.set(id, s);
  const picks = new Map<string, SamplePick>();
  const pick = (id: string, reason: PickReason, firstUseOf?: string): void => {
    const s = stratumById.get(id) as WorkStratum;
    s.picked++;
    if (reason !== "random") s.forced++;
    picks.set(
      id,
      firstUseOf === undefined
        ? { id, stratum: s.name, reason }
        : { id, stratum: s.name, reason, firstUseOf },
    );
  };

  for (const s of strata) {
    for (const id of s.members) {
      const version = firstUses.get(id);
      if (version !== undefined) pick(id, "first-five-uses", version);
    }
  }

  const shufflers = strata.map(
    (s) => new LazyShuffle(s.members, createRng(seedFromText(`${seed}\n${s.name}`))),
  );
  const drawFrom = (k: number): string => {
    const shuffler = shufflers[k] as LazyShuffle;
    for (;;) {
      const id = shuffler.next();
      if (!picks.has(id)) return id;
    }
  };
  strata.forEach((s, k) => {
    if (isForcedStratum(s.kind) && s.picked === 0 && s.members.length > 0)
      pick(drawFrom(k), "stratum-minimum");
  });

  // The random part is the size asked, on top of the forced picks, so the rates always rest on it.
  const remaining = Math.min(requestedSize, count - picks.size);
  const quotas = allocateLargestRemainder(
    remaining,
    strata.map((s) => ({ weight: s.members.length, capacity: s.members.length - s.picked })),
  );
  quotas.forEach((quota, k) => {
    for (let i = 0; i < quota; i++) pick(drawFrom(k), "random");
  });

  return {
    picks: [...picks.values()].sort((a, b) => compareHandoffIds(a.id, b.id)),
    strata: strata.map((s) => ({
      name: s.name,
      kind: s.kind,
      population: s.members.length,
      picked: s.picked,
      forced: s.forced,
      minimum: isForcedStratum(s.kind) ? 1 : 0,
    })),
    size: picks.size,
    requestedSize,
    seed,
  };
}

function buildStrata(
  sorted: readonly AuditCandidate[],
): { name: string; kind: StratumKind; members: string[] }[] {
  const byName = new Map<string, { name: string; kind: StratumKind; members: string[] }>();
  for (const c of sorted) {
    const { name, kind } = stratumOf(c);
    const s = byName.get(name);
    if (s) s.members.push(c.id);
    else byName.set(name, { name, kind, members: [c.id] });
  }
  return [...byName.values()];
}

/** Forward Fisher–Yates, one position at a time, so only as many random draws as picks are made. */
class LazyShuffle {
  private readonly items: string[];
  private position = 0;
  constructor(
    items: readonly string[],
    private readonly rng: () => number,
  ) {
    this.items = [...items];
  }
  next(): string {
    const i = this.position;
    if (i >= this.items.length) throw new RangeError("Stratum exhausted.");
    const j = i + randomIndex(this.rng, this.items.length - i);
    const chosen = this.items[j] as string;
    this.items[j] = this.items[i] as string;
    this.items[i] = chosen;
    this.position++;
    return chosen;
  }
}
