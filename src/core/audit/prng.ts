// Seeded randomness for audit sampling. Everything here is plain 32-bit integer arithmetic
// (Math.imul, >>>), so a seed gives the same numbers in Node, Apps Script V8 and any browser.

/** The seed text as it is hashed: trimmed, inner whitespace collapsed, ASCII letters upper-cased. */
export function normalizeSeed(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[a-z]/g, (c) => c.toUpperCase());
}

/** The 32-bit seed for a seed text: fnv1a32 of the UTF-8 bytes of normalizeSeed(s), so case and spacing don't matter. */
export function seedFromText(s: string): number {
  return fnv1a32(utf8Bytes(normalizeSeed(s)));
}

/** FNV-1a, 32-bit (offset basis 0x811c9dc5, prime 0x01000193), over bytes. */
export function fnv1a32(bytes: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte & 0xff;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** UTF-8 bytes of a string (TextEncoder is not available in Apps Script). */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

/** splitmix32 (Weyl step 0x9e3779b9, finaliser 0x21f0aaad / 0x735a2d97): fills the generator state from one seed. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/**
 * A seeded generator of numbers in [0, 1): sfc32 (Chris Doty-Humphrey's Small Fast Counting generator,
 * passes PractRand), its 128-bit state filled from the 32-bit seed by splitmix32, then 12 warm-up rounds.
 */
export function createRng(seed: number): () => number {
  const sm = { s: seed >>> 0 };
  let a = splitmix32(sm);
  let b = splitmix32(sm);
  let c = splitmix32(sm);
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A uniform integer in [0, n) from the generator; bias is at most n / 2^32, negligible for registers. */
export function randomIndex(rng: () => number, n: number): number {
  return Math.floor(rng() * n);
}

/**
 * A fresh, short seed people can copy, e.g. "7F3A-91C2": 8 upper-case hex digits of a 32-bit mix of
 * `entropy` (the server passes Date.now(); any finite number works, nearby values give unrelated seeds).
 * Only the seed text matters afterwards: it is written on the audit tab and re-typed to redraw the sample.
 */
export function newSeed(entropy: number): string {
  if (!Number.isFinite(entropy))
    throw new RangeError(`Seed entropy must be a finite number, got ${entropy}.`);
  const whole = Math.floor(Math.abs(entropy));
  const low = whole % 4294967296;
  const high = Math.floor(whole / 4294967296) % 4294967296;
  const fraction = Math.floor((Math.abs(entropy) - whole) * 4294967296);
  const mixed = splitmix32({
    s: low ^ splitmix32({ s: high ^ splitmix32({ s: fraction ^ (entropy < 0 ? 1 : 0) }) }),
  });
  const hex = mixed.toString(16).toUpperCase().padStart(8, "0");
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}
