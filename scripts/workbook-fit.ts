// How wide a column and how tall a row must be for exported text to fit, as a spreadsheet client lays it
// out in Arial 10 (Sheets' default font; LibreOffice and Excel substitute a metric-compatible sans).
// An estimate from average glyph widths, erring wide: text that does not fit a column wraps instead.

/** Sheets' default row height (px) and column width (px). */
export const DEFAULT_ROW_PX = 21;
export const DEFAULT_COLUMN_PX = 100;
/** The widest a column grows to fit unwrapped text; longer text wraps. */
export const MAX_FIT_COLUMN_PX = 240;
/** Cell padding left and right, px. */
const PADDING_PX = 10;
/** One line of Arial 10 text, px (about 15 pt with leading). */
const LINE_PX = 17;

const NARROW = new Set("il.,:;'|!()[]{}tfjrI ·");
const WIDE = new Set("mwMW@%");

/** Estimated width in px of one line of Arial 10 text (bold is about 8% wider). */
export function textWidth(text: string, bold = false): number {
  let px = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) px += 3.6;
    else if (WIDE.has(ch)) px += 10.5;
    else if (ch >= "A" && ch <= "Z") px += 8.2;
    else px += 6.9;
  }
  return Math.ceil(px * (bold ? 1.08 : 1));
}

/** Width in px a column needs to show `text` on one line. */
export function fitWidth(text: string, bold = false): number {
  return Math.max(...text.split("\n").map((line) => textWidth(line, bold))) + PADDING_PX;
}

/** Lines `text` takes when wrapped in a column `columnPx` wide (word wrapping, long words broken). */
export function wrappedLines(text: string, columnPx: number, bold = false): number {
  const room = Math.max(columnPx - PADDING_PX, 10);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word, bold);
      const space = line === 0 ? 0 : textWidth(" ");
      if (line + space + w <= room) line += space + w;
      else if (w <= room) {
        count += line === 0 ? 0 : 1;
        line = w;
      } else {
        count += (line === 0 ? 0 : 1) + Math.floor(w / room);
        line = w % room;
      }
    }
    lines += count;
  }
  return lines;
}

/** Row height in px for a row whose tallest wrapped cell takes `lines` lines. */
export function rowHeightPx(lines: number): number {
  return Math.max(DEFAULT_ROW_PX, lines * LINE_PX + 4);
}
