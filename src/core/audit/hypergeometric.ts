// Exact one-sided upper confidence bound on how many handoffs of a finite stratum have an exception,
// from a simple random sample drawn without replacement (hypergeometric distribution).

const DEFAULT_CONFIDENCE = 0.95;

/** ln(i!) for i = 0…n, summed once so every binomial coefficient below is three look-ups. */
function logFactorials(n: number): number[] {
  const table = [0];
  for (let i = 1; i <= n; i++) table.push((table[i - 1] as number) + Math.log(i));
  return table;
}

/** P(X ≤ k) for X ~ Hypergeometric(population N, K with an exception, sample n). */
export function hypergeometricCdf(k: number, n: number, population: number, withException: number): number {
  const lf = logFactorials(population);
  const logChoose = (a: number, b: number) => (lf[a] as number) - (lf[b] as number) - (lf[a - b] as number);
  const total = logChoose(population, n);
  let sum = 0;
  const low = Math.max(0, n - (population - withException));
  for (let x = low; x <= Math.min(k, withException, n); x++) {
    sum += Math.exp(logChoose(withException, x) + logChoose(population - withException, n - x) - total);
  }
  return Math.min(1, sum);
}

/**
 * The largest count K of handoffs with an exception, among `population`, that still leaves a chance
 * above 1 − confidence of seeing `exceptions` or fewer in a random sample of n: at that confidence,
 * at most K have one. n = N gives K = exceptions (everything was checked). Throws RangeError on bad counts.
 */
export function hypergeometricUpperCount(
  exceptions: number,
  n: number,
  population: number,
  confidence = DEFAULT_CONFIDENCE,
): number {
  for (const [name, v] of [
    ["Population", population],
    ["Sample size", n],
    ["Exceptions", exceptions],
  ] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${v}.`);
  }
  if (n > population) throw new RangeError(`Sample size ${n} exceeds the population ${population}.`);
  if (exceptions > n) throw new RangeError(`Exceptions ${exceptions} exceed the sample size ${n}.`);
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`Confidence must be between 0 and 1, got ${confidence}.`);
  // A probability within a billionth of alpha is alpha: exact ties (2 in 4 of 16 with K = 14 is exactly
  // 1/20) must count as rejected, whatever the last bit of floating-point rounding says.
  const above = (p: number) => p > (1 - confidence) * (1 + 1e-9);
  // Exceptions seen are certain; the handoffs seen without one cannot have one.
  let lo = exceptions;
  let hi = population - (n - exceptions);
  // P(X ≤ k | K) falls as K grows: find the last K where it is still above alpha.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (above(hypergeometricCdf(exceptions, n, population, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
