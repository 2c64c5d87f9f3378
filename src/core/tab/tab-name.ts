// Tab names for handoffs: readable, unique, short, and free of characters that break references.

/** Longest tab name we generate; long client names are shortened with an ellipsis. */
export const MAX_TAB_NAME = 40;

// Sheets' own limits are undocumented (PLATFORM.md §4); we drop what Excel rejects too, so exported
// workbooks open everywhere, plus quotes that would need escaping in A1 references.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
const UNSAFE = /[[\]:*?/\\'"\u0000-\u001f\u007f]/g;

/** The tab name for a handoff, e.g. "HO-0007 Acme Corp", unique among `taken` (case-insensitive). */
export function handoffTabName(id: string, client: string, taken: readonly string[]): string {
  const cleanClient = client.replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
  let base = cleanClient ? `${id} ${cleanClient}` : id;
  if (base.length > MAX_TAB_NAME) base = `${base.slice(0, MAX_TAB_NAME - 1).trimEnd()}…`;
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const head =
      base.length + suffix.length > MAX_TAB_NAME
        ? `${base.slice(0, MAX_TAB_NAME - suffix.length - 1)}…`
        : base;
    const candidate = `${head}${suffix}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
