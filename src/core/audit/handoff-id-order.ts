/**
 * Orders handoff IDs the way people read them: digit runs compare as numbers, so "HO-9999" comes
 * before "HO-10000". Ties (e.g. "HO-01" vs "HO-1") fall back to plain code-unit order, so the order is total.
 */
export function compareHandoffIds(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  const len = Math.min(ra.length, rb.length);
  for (let i = 0; i < len; i++) {
    const x = ra[i] as string;
    const y = rb[i] as string;
    if (x === y) continue;
    const xDigits = isDigits(x);
    const yDigits = isDigits(y);
    if (xDigits && yDigits) {
      const cmp = compareDigitRuns(x, y);
      if (cmp !== 0) return cmp;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (ra.length !== rb.length) return ra.length - rb.length;
  return compareCodeUnits(a, b);
}

/** Plain UTF-16 code-unit order, the same as Array.prototype.sort with no comparator. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigits(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function compareDigitRuns(x: string, y: string): number {
  const xs = x.replace(/^0+(?=\d)/, "");
  const ys = y.replace(/^0+(?=\d)/, "");
  if (xs.length !== ys.length) return xs.length - ys.length;
  return compareCodeUnits(xs, ys);
}
