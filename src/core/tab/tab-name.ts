// Tab names for handoffs: readable, unique, short, and free of characters that break references or hide
// what the name says.

/** Longest tab name we generate; long client names are shortened with an ellipsis. */
export const MAX_TAB_NAME = 40;

// Sheets' own limits are undocumented (PLATFORM.md §4); we drop what Excel rejects too, so exported
// workbooks open everywhere, plus quotes that would need escaping in A1 references.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
const UNSAFE = /[[\]:*?/\\'"\u0000-\u001f\u007f]/g;
/** Bidi controls (a right-to-left override makes a tab name read backwards) and zero-width spaces. */
const BIDI_AND_ZERO_WIDTH = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Characters that show nothing: spaces, joiners, marks (variation selectors too), bidi controls, fillers. */
const INVISIBLE = /[\s\p{M}\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/gu;

/** Whether a text shows anything at all (not only spaces, zero-width or bidi characters). */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, "") !== "";
}

// One user-perceived character: a flag pair, or a base with its marks, variation selector, skin tone
// and zero-width-joined parts; else any single code point.
const CLUSTER =
  /[\u{1f1e6}-\u{1f1ff}]{2}|\P{M}\p{M}*\ufe0f?[\u{1f3fb}-\u{1f3ff}]?(?:\u200d\P{M}\p{M}*\ufe0f?[\u{1f3fb}-\u{1f3ff}]?)*|[\s\S]/gu;

/** The text cut to at most `max` UTF-16 units without splitting a character, emoji or accent. */
export function cutAtCharacter(text: string, max: number): string {
  let out = "";
  for (const cluster of text.match(CLUSTER) ?? []) {
    if (out.length + cluster.length > max) break;
    out += cluster;
  }
  return out;
}

function shortened(text: string, max: number): string {
  return text.length <= max ? text : `${cutAtCharacter(text, max - 1).trimEnd()}…`;
}

/** The tab name for a handoff, e.g. "HO-0007 Acme Corp", unique among `taken` (case-insensitive). */
export function handoffTabName(id: string, client: string, taken: readonly string[]): string {
  const cleanClient = client
    .replace(BIDI_AND_ZERO_WIDTH, "")
    .replace(UNSAFE, " ")
    .replace(/\s+/g, " ")
    .trim();
  const base = shortened(hasVisibleText(cleanClient) ? `${id} ${cleanClient}` : id, MAX_TAB_NAME);
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${shortened(base, MAX_TAB_NAME - suffix.length)}${suffix}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
