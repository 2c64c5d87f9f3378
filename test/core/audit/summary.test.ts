import { describe, expect, it } from "vitest";
import { auditSummaryLines, summarizeAudit } from "../../../src/core/audit/summary";
import { auditSummaryFromRanges } from "../../../src/core/audit/summary-formula";

const row = (id: string, stratum: string, random: boolean, result: string) => ({
  id,
  stratum,
  random,
  why: random ? "Random pick" : "Forced: at least one per stratum",
  result,
});

describe("the audit summary", () => {
  it("weights each stratum's rate by its size and takes the quarter's bound from all strata together", () => {
    // A: 20 not picked by rule, 4 random picks, 1 exception (25 %). B: 5, 2 random, none.
    // Weighted rate = (20 × 25 % + 5 × 0 %) / 25 = 20 %. Each stratum at 97.5 % (Bonferroni, 2 strata):
    // A at most 15 (Python fractions), B at most 3 of 5 → 18 of 25 = 72.0 %.
    const summary = summarizeAudit(
      [
        row("HO-1", "A", true, "Pass"),
        row("HO-2", "A", true, "Exception"),
        row("HO-3", "A", true, "pass"),
        row("HO-4", "A", true, "Pass"),
        row("HO-5", "B", true, "Pass"),
        row("HO-6", "B", true, "Pass"),
        row("HO-7", "B", false, "Exception"),
      ],
      [
        { name: "A", notPickedByRule: 20 },
        { name: "B", notPickedByRule: 5 },
      ],
    );
    expect(summary.weightedRate).toBeCloseTo(0.2, 12);
    expect(summary.quarterUpperCount).toBe(18);
    expect(summary.described).toBe(25);
    const lines = auditSummaryLines(summary);
    expect(lines[0]).toMatch(
      /observed exception rate 20\.0 %; at 95 % confidence at most 18 of the 25 handoffs not picked by rule \(72\.0 %\)/,
    );
    // A alone at 95 %: at most 14 of 20 (Python fractions) = 70.0 %.
    expect(lines[1]).toMatch(
      /^A: 1 exception in 4 random picks of 20: at 95 % confidence at most 14 of the 20 \(70\.0 %\)/,
    );
    expect(lines.find((l) => l.startsWith("Forced picks"))).toMatch(
      /HO-7 Exception\): checked, but .* say nothing about the rest/,
    );
  });

  it("states the observed rate as seen, to the nearest tenth, while bounds round up", () => {
    // 1 exception in 3 random picks of 3: every one checked, so the rate is exactly 1/3 = 33.333… %.
    const summary = summarizeAudit(
      [row("HO-1", "A", true, "Exception"), row("HO-2", "A", true, "Pass"), row("HO-3", "A", true, "Pass")],
      [{ name: "A", notPickedByRule: 3 }],
    );
    const lines = auditSummaryLines(summary);
    expect(lines[0]).toMatch(/observed exception rate 33\.3 %/);
    expect(lines[1]).toMatch(/every one was checked: exactly 1 of 3 \(33\.3 %\)/);
    // 2 exceptions in 3 of 3: 66.666… % reads 66.7, not 66.6.
    const two = summarizeAudit(
      [
        row("HO-1", "A", true, "Exception"),
        row("HO-2", "A", true, "Exception"),
        row("HO-3", "A", true, "Pass"),
      ],
      [{ name: "A", notPickedByRule: 3 }],
    );
    expect(auditSummaryLines(two)[0]).toMatch(/observed exception rate 66\.7 %/);
  });

  it("states no rate when every pick was forced, whatever their results", () => {
    const summary = summarizeAudit(
      [row("HO-1", "A", false, "Pass"), row("HO-2", "B", false, "Pass")],
      [
        { name: "A", notPickedByRule: 0 },
        { name: "B", notPickedByRule: 0 },
      ],
    );
    expect(summary.weightedRate).toBeNull();
    const text = auditSummaryLines(summary).join("\n");
    expect(text).not.toMatch(/confidence the true|at most \d+ of/);
    expect(text).toMatch(/Forced picks \(HO-1 Pass, HO-2 Pass\)/);
  });

  it("shows the binomial bound beside the exact one when the stratum is large for its sample", () => {
    // 0 in 20 of 1000: exact at most 137 (13.7 %); Clopper–Pearson 1 − 0.05^(1/20) = 13.91… % → 14.0 %.
    const rows = Array.from({ length: 20 }, (_, i) => row(`HO-${i}`, "A", true, "Pass"));
    const [, a] = auditSummaryLines(summarizeAudit(rows, [{ name: "A", notPickedByRule: 1000 }]));
    expect(a).toMatch(/at most 137 of the 1000 \(13\.7 %\).*binomial bound \(any population size\): 14\.0 %/);
  });

  it("uses the binomial bound alone when the tab no longer gives the stratum's size", () => {
    const rows = Array.from({ length: 11 }, (_, i) => row(`HO-${i}`, "A", true, "Pass"));
    const [, a] = auditSummaryLines(summarizeAudit(rows, []));
    // 1 − 0.05^(1/11) = 23.84… % → 23.9 %.
    expect(a).toMatch(
      /stratum size is not on the tab, so only binomial bound \(any population size\): 23\.9 %/,
    );
  });

  it("reads the tab's tables by their headers, in any column order", () => {
    const table = [
      ["Result", "Why sampled", "Stratum", "ID"],
      ["Pass", "Random pick", "Standard new client", "HO-0001"],
      ["", "Random pick", "Standard new client", "HO-0002"],
      [
        "Exception",
        "Forced: one of the first five uses of Standard new client v2",
        "Standard new client",
        "HO-0003",
      ],
    ];
    const strata = [
      ["Stratum", "Handoffs in the quarter", "Picked by rule", "Drawn at random", "Not picked by rule"],
      ["Standard new client", 4, 1, 2, 3],
    ];
    const lines = auditSummaryFromRanges(table, strata).map((r) => r[0]);
    // 0 in 1 of 3: at most 2 of 3 (P(clean | K = 2) = 1/3; K = 3 impossible) = 66.7 %.
    expect(lines[1]).toBe(
      "Standard new client: 0 exceptions in 1 random pick of 3 (1 not recorded yet): at 95 % confidence at most 2 of the 3 (66.7 %) have an exception (exact, finite population).",
    );
    expect(lines.at(-2)).toMatch(/^Forced picks \(HO-0003 Exception\)/);
    expect(auditSummaryFromRanges([["Result"]], strata)[0]?.[0]).toMatch(
      /no ID, Stratum, Why sampled column/,
    );
  });
});
