// The notes in column C of the decision block: beside Decision who recorded it and when, beside
// Acknowledged by the signed-in email that recorded it (both from the signed log entry), and beside
// Gate when decided, once the gate changes after Go, that the handoff was reopened and why.
import { parseDecision } from "../gate/decision-rules";

/** "2026-12-01T10:00:05-05:00" → "2026-12-01 10:00" (the log's time, in the spreadsheet's zone). */
function shortTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

/** The note written with a decision: "Go recorded by dana@acme.com on 2026-12-01 10:00". */
export function recordedNote(decision: string, who: string, when: string): string {
  return decision ? `${decision} recorded by ${who} on ${shortTime(when)}` : "";
}

/** The note beside the acknowledgement: "signed in as sam@acme.com on 2026-12-03 10:00". */
export function acknowledgementNote(who: string, when: string): string {
  return `signed in as ${who} on ${shortTime(when)}`;
}

/** Whether a note says the handoff was reopened after Go. */
export function isReopenedNote(note: string): boolean {
  return /, reopened on \d{4}-\d{2}-\d{2}/.test(note);
}

/** The note once reopened: "Go on 2026-12-01, reopened on 2026-12-03: row 14 changed". */
export function reopenedNote(previousNote: string, reopenedWhen: string, row: number): string {
  const decided = /on (\d{4}-\d{2}-\d{2})/.exec(previousNote)?.[1];
  const on = reopenedWhen.slice(0, 10);
  return `${decided ? `Go on ${decided}` : "Go"}, reopened on ${on}: row ${row} changed`;
}

/** What the decision block held before an edit, and the gate the edit leaves. */
export interface ReopenCheck {
  readonly decision: string;
  readonly gateWhenDecided: string;
  /** The reopen note beside Gate when decided ("" unless reopened). */
  readonly reopenedNote: string;
  readonly gateVerdict: "GO" | "NOT YET";
}

/**
 * Whether an edit reopens a handoff: Go was recorded while the gate said GO, it was not reopened
 * already, and the gate now says NOT YET. (A Go recorded as an override already accepted NOT YET.)
 */
export function reopensHandoff(c: ReopenCheck): boolean {
  return (
    parseDecision(c.decision) === "Go" &&
    !isReopenedNote(c.reopenedNote) &&
    c.gateVerdict === "NOT YET" &&
    c.gateWhenDecided.trim().toUpperCase() === "GO"
  );
}
