// The handoff log's writer and reader: an append-only, hidden, warning-only protected tab found by its
// developer metadata (never by its name), signed row by row with an HMAC-SHA-256 chain whose key and
// head live in the document properties, which people using the sheet cannot read or edit.
import { logSize } from "../core/capacity/sheet-sizes";
import { type LogHead, type Mac, parseHead, planAppend } from "../core/log/log-chain";
import { LOG_HEADER, LOG_SHEET_NAME, type LogEntry, logCells, whoCell } from "../core/log/log-entry";
import { type LogVerdict, type ReadLogRow, verifyLog } from "../core/log/verify-log";
import { ADDON_NAME } from "../core/product";
import { literalText } from "../core/sheet/literal-text";
import { underDocumentLock } from "./document-lock";
import { insertSheetNamed } from "./insert-sheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata key that marks the log tab, so renaming or moving it changes nothing. */
export const LOG_METADATA_KEY = "handoffGate.log";
const KEY_PROPERTY = "handoffGate.logKey";
const HEAD_PROPERTY = "handoffGate.logHead";
/** ISO 8601 date and time with the zone's offset, e.g. 2026-12-03T10:30:05-05:00. */
const ISO_FORMAT = "yyyy-MM-dd'T'HH:mm:ssXXX";

/** The log tab, found by its metadata; null when the add-on has logged nothing yet (or it was deleted). */
function findLogSheet(ss: Spreadsheet): Sheet | null {
  const found = ss.createDeveloperMetadataFinder().withKey(LOG_METADATA_KEY).find()[0];
  return found ? found.getLocation().getSheet() : null;
}

/** Creates the log tab: header, hidden, warning-only protected, marked; leaves the person's tab active. */
function createLogSheet(ss: Spreadsheet): Sheet {
  const active = ss.getActiveSheet();
  const { sheet } = insertSheetNamed(
    ss,
    (taken) => (taken.length ? `${LOG_SHEET_NAME} (${taken.length + 1})` : LOG_SHEET_NAME),
    { size: logSize(LOG_HEADER.length) },
  );
  sheet
    .getRange(1, 1, 1, LOG_HEADER.length)
    .setValues([[...LOG_HEADER]])
    .setFontWeight("bold");
  sheet.setFrozenRows(1);
  sheet
    .protect()
    .setDescription(`${ADDON_NAME}: the handoff log is written by the add-on only.`)
    .setWarningOnly(true);
  sheet.addDeveloperMetadata(LOG_METADATA_KEY, "1");
  sheet.hideSheet();
  ss.setActiveSheet(active);
  return sheet;
}

/** The HMAC-SHA-256 of the add-on's key over a text, base64; the key is made on first use. */
function logMac(props: GoogleAppsScript.Properties.Properties): Mac {
  let key = props.getProperty(KEY_PROPERTY);
  if (!key) {
    key = `${Utilities.getUuid()}${Utilities.getUuid()}`;
    props.setProperty(KEY_PROPERTY, key);
  }
  const secret = key;
  return (text) => Utilities.base64Encode(Utilities.computeHmacSha256Signature(text, secret));
}

/** Now, as the log writes it: ISO date and time in the spreadsheet's zone (pass the zone already read). */
export function logTime(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, ISO_FORMAT);
}

/** The signed-in person's email as Session gives it ("" when Google withholds it). */
export function signedInEmail(): string {
  return Session.getActiveUser().getEmail() ?? "";
}

/** When and by whom entries were logged, as their cells say. */
export interface LogStamp {
  readonly when: string;
  readonly who: string;
}

/**
 * Appends entries to the handoff log, signed, in one batched write whatever the log's size; creates
 * the log on first use. Runs under the document lock (taking it unless the caller already holds it).
 * Returns the when and who written (null when there was nothing to log).
 */
export function appendLog(
  ss: Spreadsheet,
  entries: readonly LogEntry[],
  when: string = logTime(ss.getSpreadsheetTimeZone()),
): LogStamp | null {
  if (!entries.length) return null;
  const busy = "The handoff log is busy: your change is saved; try the action again to record it.";
  return underDocumentLock(busy, () => {
    const props = PropertiesService.getDocumentProperties();
    const mac = logMac(props);
    const head = parseHead(props.getProperty(HEAD_PROPERTY));
    const sheet = findLogSheet(ss) ?? createLogSheet(ss);
    const who = signedInEmail();
    const plan = planAppend(
      head,
      entries.map((e) => logCells(e, when, who)),
      mac,
    );
    const values = plan.values.map((row) => row.map(literalText));
    if (values.length === 1) sheet.appendRow(values[0] ?? []);
    else {
      // Rows inserted under the last entry: the log grows by what it records and keeps its spare rows,
      // in the same calls however full it is.
      const last = sheet.getLastRow();
      sheet.insertRowsAfter(last, values.length);
      sheet.getRange(last + 1, 1, values.length, LOG_HEADER.length).setValues(values);
    }
    props.setProperty(HEAD_PROPERTY, JSON.stringify(plan.head));
    return { when, who: whoCell(who) };
  });
}

/** The log's rows as read (header row left out); empty when there is no log. */
export function readLog(ss: Spreadsheet): ReadLogRow[] {
  const sheet = findLogSheet(ss);
  if (!sheet) return [];
  return sheet
    .getDataRange()
    .getValues()
    .map((cells, i) => ({ row: i + 1, cells: cells.map((c) => String(c ?? "")) }))
    .filter((r) => !(r.row === 1 && r.cells[5] === LOG_HEADER[5]));
}

/** Checks the log against its chain and the head the add-on kept. */
export function verifyLogIn(ss: Spreadsheet): LogVerdict {
  const props = PropertiesService.getDocumentProperties();
  const head: LogHead = parseHead(props.getProperty(HEAD_PROPERTY));
  return verifyLog(readLog(ss), head, logMac(props));
}

/** Menu: verifies the handoff log and reports "intact, N entries" or the first row tampered with. */
export function verifyHandoffLog(): string {
  const ss = SpreadsheetApp.getActive();
  const message = verifyLogIn(ss).message;
  ss.toast(message, ADDON_NAME);
  return message;
}
