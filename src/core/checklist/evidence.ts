// Whether an Evidence cell is something a reader can follow: a link, or a reference naming a document
// or record. "x", "yes", "attached" and the like are placeholders, not evidence.
import { textKey } from "../sheet/text-key";

const PLACEHOLDERS = new Set([
  "x",
  "xx",
  "xxx",
  "y",
  "v",
  "yes",
  "y/n",
  "ok",
  "okay",
  "k",
  "done",
  "complete",
  "completed",
  "finished",
  "-",
  "--",
  "–",
  "—",
  ".",
  "..",
  "...",
  "?",
  "✓",
  "✔",
  "✔️",
  "✅",
  "true",
  "1",
  "see above",
  "as above",
  "above",
  "see below",
  "see notes",
  "see note",
  "in notes",
  "see email",
  "email",
  "see attached",
  "attached",
  "attachment",
  "in attachment",
  "n/a",
  "na",
  "none",
  "tbd",
  "tba",
  "provided",
  "sent",
  "received",
  "signed",
  "approved",
  "on file",
  "in file",
  "file",
  "filed",
  "in drive",
  "drive",
  "in folder",
  "folder",
  "shared",
  "link",
  "url",
  "doc",
  "document",
  "pdf",
  "here",
  "yes done",
  "ok done",
  "confirmed",
  "verbal",
]);

const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S+/i;
/** A token naming a record: at least three characters with a digit (SOW-114, #4411, 2026-11-20). */
const RECORD_ID = /^#?[\w./-]*\d[\w./-]*$/;
const namesRecord = (text: string) => text.split(/\s+/).some((t) => t.length >= 3 && RECORD_ID.test(t));
const WORD = /[a-z][a-z'’]{2,}/gi;

/** Why an Evidence cell is not followable: "missing" (blank), "placeholder", or null when it is fine. */
export function evidenceProblem(evidence: string): null | "missing" | "placeholder" {
  const key = textKey(evidence);
  if (key === "") return "missing";
  const bare = key.replace(/[!.,;:]+$/, "").trim();
  if (PLACEHOLDERS.has(key) || PLACEHOLDERS.has(bare)) return "placeholder";
  if (LINK.test(evidence) || namesRecord(bare)) return null;
  const words = (bare.match(WORD) ?? []).filter((w) => !PLACEHOLDERS.has(w.toLowerCase()));
  return words.length >= 2 ? null : "placeholder";
}
