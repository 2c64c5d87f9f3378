// Confidence bounds on the true exception rate from an audit sample (binomial, one-sided).

const DEFAULT_CONFIDENCE = 0.95;

function checkCounts(exceptions: number, n: number, confidence: number): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`Sample size must be a whole number ≥ 0, got ${n}.`);
  if (!Number.isInteger(exceptions) || exceptions < 0 || exceptions > n) {
    throw new RangeError(`Exceptions must be a whole number from 0 to ${n}, got ${exceptions}.`);
  }
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`Confidence must be between 0 and 1, got ${confidence}.`);
}

/** Upper bound on the exception rate after a clean sample of n: 1 − (1 − c)^(1/n); n = 0 → 1 (no evidence). */
export function upperBoundZeroExceptions(n: number, confidence = DEFAULT_CONFIDENCE): number {
  checkCounts(0, n, confidence);
  if (n === 0) return 1;
  return 1 - (1 - confidence) ** (1 / n);
}

/**
 * One-sided Clopper–Pearson upper bound on the exception rate: the p at which seeing ≤ `exceptions`
 * in n draws has probability 1 − confidence, found by bisection on the binomial CDF (decreasing in p).
 */
export function upperBound(exceptions: number, n: number, confidence = DEFAULT_CONFIDENCE): number {
  checkCounts(exceptions, n, confidence);
  if (exceptions === n) return 1;
  if (exceptions === 0) return upperBoundZeroExceptions(n, confidence);
  const alpha = 1 - confidence;
  let lo = exceptions / n;
  let hi = 1;
  for (let i = 0; i < 100 && hi - lo > 1e-13; i++) {
    const mid = (lo + hi) / 2;
    if (binomialCdf(exceptions, n, mid) > alpha) lo = mid;
    else hi = mid;
  }
  // The upper end of the last bracket, so the bound is never below the true value.
  return hi;
}

/** P(X ≤ k) for X ~ Binomial(n, p), summed in log space so large n does not underflow. */
export function binomialCdf(k: number, n: number, p: number): number {
  if (p <= 0) return 1;
  if (p >= 1) return k >= n ? 1 : 0;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  const logTerms: number[] = [];
  let logChoose = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logChoose += Math.log((n - i + 1) / i);
    logTerms.push(logChoose + i * logP + (n - i) * logQ);
  }
  let max = Number.NEGATIVE_INFINITY;
  for (const t of logTerms) if (t > max) max = t;
  let sum = 0;
  for (const t of logTerms) sum += Math.exp(t - max);
  return Math.min(1, Math.exp(max) * sum);
}

/**
 * A rate as a percentage with one decimal, rounded UP so a bound is never understated: 0.4507 → "45.1",
 * 0.45 → "45.0". Exact fractions (count / population) round exactly; a float within 1e-9 of a step
 * (floating-point error) counts as that step.
 */
export function percentUp(numerator: number, denominator = 1): string {
  if (!(denominator > 0)) throw new RangeError(`Denominator must be above 0, got ${denominator}.`);
  const tenths =
    Number.isInteger(numerator) && Number.isInteger(denominator)
      ? Math.ceil((numerator * 1000) / denominator - 1e-12)
      : Math.ceil((numerator / denominator) * 1000 - 1e-9);
  return (tenths / 10).toFixed(1);
}

/**
 * An observed or exact rate as a percentage with one decimal, rounded to the nearest (halves up): it
 * states what was seen, so it is neither inflated nor understated: 1 of 3 → "33.3", 2 of 3 → "66.7".
 */
export function percentNearest(numerator: number, denominator = 1): string {
  if (!(denominator > 0)) throw new RangeError(`Denominator must be above 0, got ${denominator}.`);
  const tenths =
    Number.isInteger(numerator) && Number.isInteger(denominator)
      ? Math.floor((numerator * 2000 + denominator) / (2 * denominator))
      : Math.round((numerator / denominator) * 1000 + 1e-9);
  return (tenths / 10).toFixed(1);
}
