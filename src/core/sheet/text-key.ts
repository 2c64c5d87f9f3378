// One way to compare what people typed: case, surrounding and repeated spaces do not matter.

/** The comparison key of a typed text: trimmed, lower-case, inner runs of whitespace as one space. */
export function textKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}
