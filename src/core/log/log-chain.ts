// The log's signature chain. Each row's Signature cell is "<entry number>:<MAC>", the MAC an
// HMAC-SHA-256 (keyed with a secret only the add-on holds) over the previous row's Signature cell,
// the entry number and the row's own cells. The add-on also keeps the chain's head (entries written,
// last signature), so rows deleted at the end or added by hand are told apart from edits.
import type { LogCells } from "./log-entry";

/** Signs canonical text with the add-on's key; the server passes Utilities' HMAC, tests a Node one. */
export type Mac = (text: string) => string;

/** What the add-on remembers about the chain after its last write. */
export interface LogHead {
  readonly count: number;
  readonly signature: string;
}

export const EMPTY_HEAD: LogHead = { count: 0, signature: "" };

/** The exact text a row's MAC covers: the previous signature, the entry number, the cells. */
export function canonicalText(previousSignature: string, entry: number, cells: LogCells): string {
  return JSON.stringify([previousSignature, entry, ...cells]);
}

/** The Signature cell of an entry. */
export function signatureCell(previousSignature: string, entry: number, cells: LogCells, mac: Mac): string {
  return `${entry}:${mac(canonicalText(previousSignature, entry, cells))}`;
}

/** The entry number a Signature cell claims, or null when it is not one. */
export function entryNumberOf(signature: string): number | null {
  const match = /^(\d{1,9}):\S+$/.exec(signature.trim());
  return match ? Number(match[1]) : null;
}

/** Rows to append after `head` (cells then signature) and the head they leave. */
export function planAppend(
  head: LogHead,
  rows: readonly LogCells[],
  mac: Mac,
): { values: string[][]; head: LogHead } {
  let previous = head.signature;
  let entry = head.count;
  const values = rows.map((cells) => {
    entry += 1;
    previous = signatureCell(previous, entry, cells, mac);
    return [...cells, previous];
  });
  return { values, head: { count: entry, signature: previous } };
}

/** Parses the stored head (a document property), tolerating its absence. */
export function parseHead(stored: string | null): LogHead {
  if (!stored) return EMPTY_HEAD;
  try {
    const parsed = JSON.parse(stored) as Partial<LogHead>;
    if (typeof parsed.count === "number" && typeof parsed.signature === "string")
      return { count: parsed.count, signature: parsed.signature };
  } catch {
    // A head that is not JSON is treated as none: verification then reports from the rows alone.
  }
  return EMPTY_HEAD;
}
