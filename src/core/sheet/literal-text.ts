// Text a person typed, prepared so Sheets stores it as text and never runs or reinterprets it.

/**
 * The value to write for free text: a leading apostrophe makes Sheets keep it literally, so a client
 * called "=HYPERLINK(…)" or "+1 555" stays text instead of becoming a formula or a number.
 */
export function literalText(text: string): string {
  const trimmed = text.trim();
  return trimmed === "" ? "" : `'${trimmed}`;
}

/** What Sheets stores for a value written with literalText: the text without its apostrophe. */
export function storedValue(value: unknown): unknown {
  return typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
}

/** A value read from a cell, to write back exactly: text kept literally and untrimmed, anything else as it was. */
export function exactText(value: unknown): unknown {
  return typeof value === "string" && value !== "" ? `'${value}` : value;
}
