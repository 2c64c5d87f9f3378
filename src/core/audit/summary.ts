// The audit summary: exception rates and bounds from the random picks only, per stratum and weighted
// by stratum size for the quarter; forced picks listed apart with their results.

import { percentNearest, percentUp, upperBound } from "./confidence";
import { hypergeometricUpperCount } from "./hypergeometric";
import { type AuditResult, parseAuditResult } from "./outcome-columns";

const CONFIDENCE = 0.95;
/** A stratum is "large" for its sample when it holds at least this many times the picks: the binomial bound then shows beside the exact one. */
export const LARGE_POPULATION_FACTOR = 10;

/** One sampled row as the summary reads it. */
export interface SummaryRow {
  readonly id: string;
  readonly stratum: string;
  readonly random: boolean;
  readonly why: string;
  readonly result: unknown;
}

/** A stratum's handoffs not picked by rule (what its random picks describe); null when the tab no longer says. */
export interface StratumSize {
  readonly name: string;
  readonly notPickedByRule: number | null;
}

/** What the random picks of one stratum show. */
export interface StratumFinding {
  readonly name: string;
  readonly population: number | null;
  readonly drawn: number;
  readonly completed: number;
  readonly exceptions: number;
  /** Exact (hypergeometric) most handoffs of `population` with an exception at 95 %; null when unknown. */
  readonly upperCount: number | null;
  /** Clopper–Pearson bound on the rate, shown when the population is unknown or large. */
  readonly binomialBound: number | null;
}

/** The whole summary as plain data. */
export interface AuditSummary {
  readonly strata: StratumFinding[];
  /** Σ population of strata with random picks or handoffs left to describe. */
  readonly described: number;
  readonly weightedRate: number | null;
  /** Joint 95 % bound on how many of `described` have an exception; null when a stratum size is unknown. */
  readonly quarterUpperCount: number | null;
  readonly jointConfidence: number;
  readonly forced: { id: string; why: string; result: AuditResult | null }[];
  readonly randomTotal: number;
  readonly randomCompleted: number;
}

/** Summarises the sampled rows against the stratum sizes stated on the tab. */
export function summarizeAudit(rows: readonly SummaryRow[], sizes: readonly StratumSize[]): AuditSummary {
  const names = [
    ...new Set([...sizes.map((s) => s.name), ...rows.filter((r) => r.random).map((r) => r.stratum)]),
  ];
  const counted = names.map((name) => {
    const mine = rows.filter((r) => r.random && r.stratum === name);
    const results = mine.map((r) => parseAuditResult(r.result)).filter((r) => r !== null);
    return {
      name,
      population: sizes.find((s) => s.name === name)?.notPickedByRule ?? null,
      drawn: mine.length,
      completed: results.length,
      exceptions: results.filter((r) => r === "Exception").length,
    };
  });
  const withResults = counted.filter((s) => s.completed > 0).length;
  // Bonferroni: each stratum's bound at 1 − 5 %/H holds for all H strata together at 95 %.
  const jointConfidence = withResults > 1 ? 1 - (1 - CONFIDENCE) / withResults : CONFIDENCE;
  const strata: StratumFinding[] = counted.map((s) => {
    const known = s.population !== null && s.population >= s.completed;
    const large = !known || (s.population as number) >= LARGE_POPULATION_FACTOR * s.completed;
    return {
      ...s,
      population: known ? s.population : null,
      upperCount:
        known && s.completed > 0
          ? hypergeometricUpperCount(s.exceptions, s.completed, s.population as number)
          : null,
      binomialBound: s.completed > 0 && large ? upperBound(s.exceptions, s.completed, CONFIDENCE) : null,
    };
  });
  const described = strata.reduce((sum, s) => sum + (s.population ?? 0), 0);
  const covered = strata.filter((s) => s.completed > 0 && s.population !== null);
  const coveredSize = covered.reduce((sum, s) => sum + (s.population as number), 0);
  const weightedRate =
    coveredSize === 0
      ? null
      : covered.reduce((sum, s) => sum + ((s.population as number) * s.exceptions) / s.completed, 0) /
        coveredSize;
  const sizesKnown = strata.every((s) => s.population !== null);
  const quarterUpperCount = sizesKnown
    ? strata.reduce(
        (sum, s) =>
          sum +
          (s.completed > 0
            ? hypergeometricUpperCount(s.exceptions, s.completed, s.population as number, jointConfidence)
            : (s.population as number)),
        0,
      )
    : null;
  const forced = rows
    .filter((r) => !r.random)
    .map((r) => ({ id: r.id, why: r.why, result: parseAuditResult(r.result) }));
  return {
    strata,
    described,
    weightedRate,
    quarterUpperCount,
    jointConfidence,
    forced,
    randomTotal: rows.filter((r) => r.random).length,
    randomCompleted: strata.reduce((sum, s) => sum + s.completed, 0),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function stratumLine(s: StratumFinding): string {
  if (s.drawn === 0) {
    return s.population
      ? `${s.name}: no random picks, so nothing is known about its ${plural(s.population, "handoff")} not picked by rule.`
      : `${s.name}: every handoff was picked by rule (see the forced picks).`;
  }
  if (s.completed === 0) return `${s.name}: ${plural(s.drawn, "random pick")}, no result recorded yet.`;
  const of = s.population === null ? "" : ` of ${s.population}`;
  const seen = `${s.name}: ${plural(s.exceptions, "exception")} in ${plural(s.completed, "random pick")}${of}`;
  const pending = s.completed < s.drawn ? ` (${s.drawn - s.completed} not recorded yet)` : "";
  const parts: string[] = [];
  if (s.upperCount !== null && s.population !== null) {
    parts.push(
      s.completed === s.population
        ? `every one was checked: exactly ${s.exceptions} of ${s.population} (${percentNearest(s.exceptions, s.population)} %)`
        : `at 95 % confidence at most ${s.upperCount} of the ${s.population} (${percentUp(s.upperCount, s.population)} %) have an exception (exact, finite population)`,
    );
  }
  if (s.binomialBound !== null) {
    parts.push(
      `${s.population === null ? "the stratum size is not on the tab, so only " : ""}binomial bound (any population size): ${percentUp(s.binomialBound)} %`,
    );
  }
  return `${seen}${pending}: ${parts.join("; ")}.`;
}

/** The summary as the lines the tab shows, one per cell, in plain words. */
export function auditSummaryLines(summary: AuditSummary): string[] {
  const lines: string[] = [];
  const recorded = `${summary.randomCompleted} of ${plural(summary.randomTotal, "random pick")} have a result`;
  if (summary.weightedRate === null) {
    lines.push(
      `Random picks: ${recorded}. Mark each sampled handoff Pass or Exception to see what the sample shows.`,
    );
  } else {
    const bound =
      summary.quarterUpperCount === null
        ? "a joint bound needs every stratum's size on the tab"
        : `at 95 % confidence at most ${summary.quarterUpperCount} of the ${summary.described} handoffs not picked by rule (${percentUp(summary.quarterUpperCount, summary.described || 1)} %) have one` +
          (summary.strata.filter((s) => s.completed > 0).length > 1
            ? ` (each stratum's bound taken at 1 − 5 %/${summary.strata.filter((s) => s.completed > 0).length} confidence, so that all hold together at 95 %)`
            : "");
    lines.push(
      `Whole quarter, weighted by stratum size (random picks only, ${recorded}): observed exception rate ${percentNearest(summary.weightedRate)} %; ${bound}.`,
    );
  }
  for (const s of summary.strata) lines.push(stratumLine(s));
  const forced = summary.forced.map((f) => `${f.id} ${f.result ?? "not recorded yet"}`);
  lines.push(
    forced.length === 0
      ? "Forced picks: none."
      : `Forced picks (${forced.join(", ")}): checked, but they were chosen by rule, not at random, so they say nothing about the rest of the quarter and are left out of every rate above.`,
  );
  lines.push(
    "What the numbers mean: the most the random picks allow at 95 % confidence; the true rate is likely lower. " +
      "What they do not mean: a clean sample does not show the process is error-free, a rate does not say why an exception happened (each needs a root cause), and results not recorded yet are not counted.",
  );
  return lines;
}
