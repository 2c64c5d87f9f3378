// The record of every audit draw, kept in the document's properties (PropertiesService: strings only,
// 9 KB per value, 500 KB per store; one small value per draw stays far inside both). Survives deleted
// tabs. When the handoff log lands, recordDraw is the one place that also appends the draw to it.

import { type DrawRecord, drawJson, drawKey, drawsOfQuarter } from "../core/audit/draw-record";

/** Every recorded draw of a quarter ("2026-Q3"), oldest first. */
export function readDraws(quarter: string): DrawRecord[] {
  return drawsOfQuarter(PropertiesService.getDocumentProperties().getProperties(), quarter);
}

/** Records one draw; its number must be new for the quarter (the caller holds the document lock). */
export function recordDraw(record: DrawRecord): void {
  PropertiesService.getDocumentProperties().setProperty(drawKey(record.quarter, record.draw), drawJson(record));
}

/** Who is drawing, as Google shares it; a plain placeholder when it does not (e.g. consumer accounts in some contexts). */
export function currentPerson(): string {
  try {
    const email = Session.getActiveUser().getEmail();
    if (email) return email;
  } catch {
    // Told apart by the missing address, never by the error's (localized) text.
  }
  return "unknown (Google did not share the address)";
}
