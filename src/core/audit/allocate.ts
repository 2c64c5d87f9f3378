/**
 * Shares `total` picks among strata in proportion to their weights (largest-remainder method, exact
 * integer arithmetic), never giving a stratum more than its capacity: a stratum that would overflow is
 * capped and the rest is shared again among the others; strata with no free place take no share. Ties in remainder go to the larger weight,
 * then to the earlier stratum. Throws RangeError if total exceeds the summed capacity.
 */
export function allocateLargestRemainder(
  total: number,
  strata: readonly { weight: number; capacity: number }[],
): number[] {
  const quotas = strata.map(() => 0);
  const capacitySum = strata.reduce((sum, s) => sum + s.capacity, 0);
  if (total > capacitySum) throw new RangeError(`Cannot place ${total} picks in ${capacitySum} free places.`);
  let active = strata.map((_, i) => i).filter((i) => (strata[i] as { capacity: number }).capacity > 0);
  let remaining = total;
  while (remaining > 0 && active.length > 0) {
    const shares = shareAmong(remaining, active, strata);
    const overflowing = active.filter(
      (i, k) => (shares[k] as number) > (strata[i] as { capacity: number }).capacity,
    );
    if (overflowing.length === 0) {
      active.forEach((i, k) => {
        quotas[i] = shares[k] as number;
      });
      return quotas;
    }
    for (const i of overflowing) {
      const cap = (strata[i] as { capacity: number }).capacity;
      quotas[i] = cap;
      remaining -= cap;
    }
    active = active.filter((i) => !overflowing.includes(i));
  }
  return quotas;
}

function shareAmong(total: number, active: number[], strata: readonly { weight: number }[]): number[] {
  const weights = active.map((i) => (strata[i] as { weight: number }).weight);
  const weightSum = weights.reduce((s, w) => s + w, 0);
  if (weightSum === 0) return equalShares(total, active.length);
  const shares = weights.map((w) => Math.floor((total * w) / weightSum));
  const remainders = weights.map((w) => (total * w) % weightSum);
  let left = total - shares.reduce((s, x) => s + x, 0);
  const order = active
    .map((_, k) => k)
    .sort(
      (x, y) =>
        (remainders[y] as number) - (remainders[x] as number) ||
        (weights[y] as number) - (weights[x] as number) ||
        x - y,
    );
  for (const k of order) {
    if (left === 0) break;
    shares[k] = (shares[k] as number) + 1;
    left--;
  }
  return shares;
}

function equalShares(total: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => Math.floor(total / count) + (k < total % count ? 1 : 0));
}
