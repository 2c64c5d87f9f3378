/** Smallest default sample once the quarter has more than SAMPLE_ALL_UP_TO handoffs. */
export const SAMPLE_MIN = 3;
/** Largest default sample, however busy the quarter. */
export const SAMPLE_CAP = 25;
/** Up to this many handoffs in the quarter, every one is sampled. */
export const SAMPLE_ALL_UP_TO = 3;

const REASONING =
  "Control-testing guidance scales the sample with how often a control runs (quarterly about 2, monthly 2–5, " +
  "weekly 5–15, daily 20–40) and mandates no fixed size; this rule stays in that range and picks at random " +
  "from a recorded seed, so a reviewer can redraw the same sample.";

/** The default audit sample size for a quarter with `populationCount` handoffs, with the rule and why. */
export function defaultSampleSize(populationCount: number): {
  size: number;
  rule: string;
  reasoning: string;
} {
  const n = populationCount;
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`Population count must be a whole number ≥ 0, got ${n}.`);
  if (n === 0) {
    return { size: 0, rule: "N = 0: no handoffs in the quarter, nothing to sample.", reasoning: REASONING };
  }
  if (n <= SAMPLE_ALL_UP_TO) {
    return {
      size: n,
      rule: `N = ${n} ≤ ${SAMPLE_ALL_UP_TO}, so every handoff is sampled: size ${n}.`,
      reasoning: REASONING,
    };
  }
  const fifth = Math.floor((n + 4) / 5);
  const size = Math.min(SAMPLE_CAP, Math.max(SAMPLE_MIN, fifth));
  const rule = `N = ${n} > ${SAMPLE_ALL_UP_TO}, so size = min(${SAMPLE_CAP}, max(${SAMPLE_MIN}, ⌈20 % × ${n}⌉ = ${fifth})) = ${size}.`;
  return { size, rule, reasoning: REASONING };
}

/**
 * Reads the sample size a person typed to override the default: blank → null (use the default),
 * a whole number ≥ 1 → that number, anything else → "invalid" so the dialog can say so.
 */
export function parseSampleSizeOverride(text: string): number | null | "invalid" {
  const t = text.trim();
  if (t === "") return null;
  if (!/^\d+$/.test(t)) return "invalid";
  const n = Number(t);
  return n >= 1 && Number.isSafeInteger(n) ? n : "invalid";
}
