// Handoff IDs: HO-0001 onwards, never reused.

/** "HO-0007" for 7; four digits at least, more once past 9999. */
export function formatHandoffId(n: number): string {
  return `HO-${String(n).padStart(4, "0")}`;
}

/** The number in a handoff ID ("HO-0007" → 7), or null when the text is not one. */
export function parseHandoffId(value: unknown): number | null {
  const m = /^\s*HO-(\d{1,9})\s*$/i.exec(String(value ?? ""));
  return m?.[1] ? Number(m[1]) : null;
}

/** The next handoff number: past both the stored counter and every ID still in the register. */
export function nextHandoffNumber(storedCounter: string | null, registerIds: readonly unknown[]): number {
  const stored = Number(storedCounter);
  let highest = Number.isFinite(stored) && stored > 0 ? Math.floor(stored) : 0;
  for (const id of registerIds) {
    const n = parseHandoffId(id);
    if (n !== null && n > highest) highest = n;
  }
  return highest + 1;
}
