// Every audit draw leaves a record (quarter, seed, size asked, population count and fingerprint, who
// and when), kept by the add-on apart from the tab so a deleted tab or an empty quarter still shows.

/** One draw of a quarter's sample. `tab` is "" when nothing was drawn (an empty quarter). */
export interface DrawRecord {
  readonly quarter: string;
  readonly draw: number;
  readonly seed: string;
  readonly sizeAsked: number | null;
  readonly population: number;
  readonly fingerprint: string;
  readonly sampled: number;
  readonly by: string;
  readonly at: string;
  readonly tab: string;
  readonly openQuarter: boolean;
}

/**
 * Document-property key of one draw. One small value per draw (well under 1 KB) keeps every value far
 * below PropertiesService's 9 KB per value; the 500 KB store holds hundreds of draws.
 */
export function drawKey(quarter: string, draw: number): string {
  return `${DRAW_KEY_PREFIX}${quarter}.${draw}`;
}

/** Prefix of every draw's document-property key. */
export const DRAW_KEY_PREFIX = "handoffGate.auditDraw.";

/** The draws of one quarter found among the document's properties, oldest first; unreadable values are skipped. */
export function drawsOfQuarter(properties: Readonly<Record<string, unknown>>, quarter: string): DrawRecord[] {
  const prefix = `${DRAW_KEY_PREFIX}${quarter}.`;
  const draws: DrawRecord[] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (!key.startsWith(prefix) || typeof value !== "string") continue;
    const record = readDraw(value);
    if (record && record.quarter === quarter) draws.push(record);
  }
  return draws.sort((a, b) => a.draw - b.draw);
}

function readDraw(json: string): DrawRecord | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof v !== "object" || v === null) return null;
  const r = v as Record<string, unknown>;
  const text = (k: string) => (typeof r[k] === "string" ? (r[k] as string) : "");
  const count = (k: string) => (Number.isInteger(r[k]) ? (r[k] as number) : 0);
  if (!Number.isInteger(r.draw)) return null;
  return {
    quarter: text("quarter"),
    draw: count("draw"),
    seed: text("seed"),
    sizeAsked: Number.isInteger(r.sizeAsked) ? (r.sizeAsked as number) : null,
    population: count("population"),
    fingerprint: text("fingerprint"),
    sampled: count("sampled"),
    by: text("by"),
    at: text("at"),
    tab: text("tab"),
    openQuarter: r.openQuarter === true,
  };
}

/** The stored text of a draw. */
export function drawJson(record: DrawRecord): string {
  return JSON.stringify(record);
}

/** The next draw's number for a quarter. */
export function nextDrawNumber(draws: readonly DrawRecord[]): number {
  return draws.reduce((max, d) => Math.max(max, d.draw), 0) + 1;
}
