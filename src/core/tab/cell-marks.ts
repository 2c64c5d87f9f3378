// Notes and highlights that show findings on the sheet, written so a person's own notes survive and
// our marks disappear once the cell is fixed.

import type { Finding, Severity } from "../gate/findings";
import { COLORS } from "../sheet/format-specs";

/** A finding placed on the sheet (errors and warnings only): the 1-based row and column of the cell it marks. */
export type PlacedFinding = Pick<Finding, "message"> & {
  readonly severity: Exclude<Severity, "todo">;
  readonly row: number;
  readonly column: number;
};

/** Every note Handoff Gate writes starts with this, so it can tell its notes from a person's. */
export const NOTE_PREFIX = "Handoff Gate: ";

const OUR_COLORS = new Set<string>([COLORS.errorBg, COLORS.warningBg]);

/** The notes and backgrounds for a range after marking `findings` (1-based sheet positions). */
export function markFindings(
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[],
  findings: readonly PlacedFinding[],
): { notes: string[][]; backgrounds: (string | null)[][]; changed: number } {
  const byCell = new Map<string, PlacedFinding[]>();
  for (const f of findings) {
    const key = `${f.row}:${f.column}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  let changed = 0;
  const outNotes: string[][] = [];
  const outBackgrounds: (string | null)[][] = [];
  notes.forEach((line, r) => {
    const noteLine: string[] = [];
    const bgLine: (string | null)[] = [];
    line.forEach((note, c) => {
      const bg = (backgrounds[r]?.[c] ?? "#ffffff").toLowerCase();
      const here = byCell.get(`${r + 1}:${c + 1}`);
      const ours = note.startsWith(NOTE_PREFIX);
      let nextNote = ours ? "" : note;
      let nextBg: string | null = OUR_COLORS.has(bg) ? null : bg;
      if (here) {
        const worst = here.some((f) => f.severity === "error") ? "error" : "warning";
        const text = here.map((f) => `${f.severity === "error" ? "✖" : "⚠"} ${f.message}`).join("\n");
        nextNote = ours || note === "" ? `${NOTE_PREFIX}${text}` : note;
        nextBg = worst === "error" ? COLORS.errorBg : COLORS.warningBg;
      }
      if (nextNote !== note || (nextBg ?? "#ffffff") !== bg) changed++;
      noteLine.push(nextNote);
      bgLine.push(nextBg === "#ffffff" ? null : nextBg);
    });
    outNotes.push(noteLine);
    outBackgrounds.push(bgLine);
  });
  return { notes: outNotes, backgrounds: outBackgrounds, changed };
}
