// Verify this audit: redraws the sample from the tab's own stated inputs and Population list, and
// compares it with the rows on the tab; Keep: what changed in the register since the draw.

import type { AuditTabContent } from "./audit-tab-reader";
import type { DrawRecord } from "./draw-record";
import { compareHandoffIds } from "./handoff-id-order";
import { isRandomPickText } from "./pick-reason-text";
import { normalizeSeed } from "./prng";
import { drawStratified, type StratumMembers } from "./select";
import { stratumKindOfName } from "./strata";

/** Handoff IDs added to and removed from a population, each sorted as people read IDs. */
export interface PopulationChange {
  readonly added: string[];
  readonly removed: string[];
}

/** What differs between the population on the tab and the one the register gives now. */
export function populationChange(onTab: readonly string[], now: readonly string[]): PopulationChange {
  const before = new Set(onTab);
  const after = new Set(now);
  return {
    added: [...after].filter((id) => !before.has(id)).sort(compareHandoffIds),
    removed: [...before].filter((id) => !after.has(id)).sort(compareHandoffIds),
  };
}

/** The change in plain words, or "" when there is none. */
export function describePopulationChange(change: PopulationChange): string {
  const parts: string[] = [];
  if (change.added.length) parts.push(`added since the draw: ${change.added.join(", ")}`);
  if (change.removed.length)
    parts.push(`no longer in the quarter (or no longer decided Go): ${change.removed.join(", ")}`);
  return parts.join("; ");
}

/** The outcome of redrawing an audit tab's sample from what the tab states. */
export interface VerifyOutcome {
  readonly same: boolean;
  readonly differences: string[];
}

/** Redraws from the tab's seed, size asked and Population list; lists every difference from the sampled rows. */
export function verifyAuditTab(tab: AuditTabContent): VerifyOutcome {
  if (tab.problems.length > 0) return { same: false, differences: [...tab.problems] };
  if (tab.seed === "") return { same: false, differences: ["The Seed line is blank."] };
  const byStratum = new Map<string, string[]>();
  const firstUses = new Map<string, string>();
  const seen = new Set<string>();
  const differences: string[] = [];
  for (const p of tab.population) {
    if (seen.has(p.id)) differences.push(`${p.id} is listed twice in the Population list.`);
    seen.add(p.id);
    byStratum.set(p.stratum, [...(byStratum.get(p.stratum) ?? []), p.id]);
    if (p.firstUseOf !== "") firstUses.set(p.id, p.firstUseOf);
  }
  if (differences.length) return { same: false, differences };
  const strata: StratumMembers[] = [...byStratum].map(([name, members]) => ({
    name,
    kind: stratumKindOfName(name),
    members,
  }));
  const redrawn = drawStratified(strata, firstUses, tab.seed, tab.sizeAsked ?? undefined);
  const drawn = new Map(redrawn.picks.map((p) => [p.id, p]));
  const listed = new Map(tab.sample.map((s) => [s.id, s]));
  for (const [id, pick] of drawn) {
    const row = listed.get(id);
    if (!row) {
      differences.push(`The method draws ${id} (${pick.stratum}), but it is not in the table.`);
      continue;
    }
    if (row.stratum !== pick.stratum)
      differences.push(
        `${id} is in ${pick.stratum} by the Population list, but the table says ${row.stratum || "nothing"}.`,
      );
    const random = pick.reason === "random";
    if (isRandomPickText(row.why) !== random)
      differences.push(
        `${id} is ${random ? "a random pick" : "a forced pick"} by the method, but the table says "${row.why}".`,
      );
  }
  for (const id of listed.keys()) {
    if (!drawn.has(id)) differences.push(`The table lists ${id}, which the method does not draw.`);
  }
  return { same: differences.length === 0, differences };
}

/**
 * Whether the tab's stated inputs (seed, size asked, fingerprint) are those of the draw it names
 * ("Draw 2 for 2026-Q3") as recorded when it was drawn: a tab whose seed was edited and table replaced
 * redraws consistently, but no longer matches its record.
 */
export function compareWithRecord(tab: AuditTabContent, draws: readonly DrawRecord[]): string {
  const named = /^Draw (\d+) for (\d{4}-Q[1-4])/.exec(tab.quarterTitle);
  if (!named)
    return 'The tab\'s title does not name its draw ("Draw 1 for 2026-Q3"), so it cannot be checked against the recorded draws.';
  const label = `draw ${named[1]} for ${named[2]}`;
  const record = draws.find((d) => d.quarter === named[2] && d.draw === Number(named[1]));
  if (!record)
    return `No ${label} is recorded in this document: the tab was not drawn here, or its title was edited.`;
  const size = (n: number | null) => (n === null ? "Size rule" : String(n));
  const differs: string[] = [];
  if (normalizeSeed(tab.seed) !== record.seed)
    differs.push(`seed ${record.seed} (the tab says ${tab.seed || "nothing"})`);
  if (tab.sizeAsked !== record.sizeAsked)
    differs.push(`size asked ${size(record.sizeAsked)} (the tab says ${size(tab.sizeAsked)})`);
  if (tab.fingerprint !== record.fingerprint) differs.push("a different fingerprint of the handoff list");
  const who = `by ${record.by} on ${record.at}`;
  return differs.length
    ? `The tab does not match ${label} as recorded ${who}: recorded ${differs.join("; ")}.`
    : `The seed, size asked and fingerprint match ${label} as recorded ${who}.`;
}
