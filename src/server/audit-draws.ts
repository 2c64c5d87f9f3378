// The record of every audit draw: in the document's properties (PropertiesService: strings only,
// 9 KB per value, 500 KB per store; one small value per draw stays far inside both), which survive a
// deleted tab, and in the signed handoff log.

import { type DrawRecord, drawJson, drawKey, drawsOfQuarter } from "../core/audit/draw-record";
import { whoCell } from "../core/log/log-entry";
import { appendLog, signedInEmail } from "./handoff-log";

/** Every recorded draw of a quarter ("2026-Q3"), oldest first. */
export function readDraws(quarter: string): DrawRecord[] {
  return drawsOfQuarter(PropertiesService.getDocumentProperties().getProperties(), quarter);
}

/** Records one draw (its number new for the quarter: the caller holds the document lock) and logs it. */
export function recordDraw(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: DrawRecord): void {
  PropertiesService.getDocumentProperties().setProperty(
    drawKey(record.quarter, record.draw),
    drawJson(record),
  );
  const size = record.sizeAsked === null ? "size rule" : `size ${record.sizeAsked} asked`;
  appendLog(ss, [
    {
      handoff: "",
      action: "audit draw",
      details:
        `${record.quarter} draw ${record.draw}: seed ${record.seed}, ${size}, ${record.sampled} of ${record.population} sampled, ` +
        `fingerprint ${record.fingerprint}, ` +
        (record.tab ? `tab ${record.tab}` : "no tab (nothing to sample)") +
        (record.openQuarter ? ", drawn before the quarter was over" : ""),
    },
  ]);
}

/** Who is drawing, as the log writes it. */
export function currentPerson(): string {
  return whoCell(signedInEmail());
}
