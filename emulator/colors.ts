// Colour strings as Sheets reads them back: lowercase 6-digit hex (PLATFORM §8 "Formats and rules", observed).

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
};

/** Normalises a CSS colour to lowercase `#rrggbb`; unknown strings are kept lowercased. */
export function normalizeColor(color: string): string {
  const c = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${[...c.slice(1)].map((x) => x + x).join("")}`;
  return NAMED[c] ?? c;
}
