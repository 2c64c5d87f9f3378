// What Sheets stores when a script writes a value with setValue/setValues.
// Source: Range.setValue/setValues parse strings like typed input — the Sheets API calls this
// USER_ENTERED: "parsed exactly as if it were entered into the Google Sheets UI, so 'Mar 1 2016'
// becomes a date, and '=1+2' becomes a formula" (developers.google.com/sheets/api/reference/rest/v4/ValueInputOption);
// that setValue behaves as USER_ENTERED is observed/widely reported, not stated on the Range page.

import { zonedToInstant } from "./time-zone";
import type { CellValue } from "./workbook-model";

/** The stored outcome of writing one value: a value, or a formula (value computed later). */
export interface StoredInput {
  readonly value: CellValue;
  readonly formula?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const CURRENCY = /^([+-]?)\$(\d{1,3}(,\d{3})*(\.\d+)?|\d+(\.\d+)?)$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Duck-typed Date check that works across vm realms. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Parses a string as Sheets parses typed input:
 * - a leading "=" (with more after it) makes a formula;
 * - a leading apostrophe forces text and is not part of the value read back;
 * - with the plain-text number format "@" the string is stored as is;
 * - numbers (also "1,000", "10%", "$5"), TRUE/FALSE and dates (yyyy-mm-dd, m/d/yyyy) are converted.
 * A leading "+" or "-" only makes a number here; Sheets turning "+A1" into a formula is UNCONFIRMED
 * and not modelled, so escape = + - @ anyway.
 */
export function parseUserString(text: string, numberFormat?: string, timeZone = "UTC"): StoredInput {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (numberFormat === "@") return { value: text };
  if (text.length > 1 && text.startsWith("=")) return { value: "", formula: text };
  if (NUMBER.test(text)) return { value: Number(text) };
  if (GROUPED.test(text)) return { value: Number(text.replace(/,/g, "")) };
  const pct = PERCENT.exec(text);
  if (pct?.[1]) return { value: Number(pct[1]) / 100 };
  const cur = CURRENCY.exec(text);
  if (cur?.[2]) return { value: Number(`${cur[1]}${cur[2].replace(/,/g, "")}`) };
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validDate(y, m, d)) return { value: zonedToInstant(timeZone, y, m, d) };
  }
  const us = US_DATE.exec(text);
  if (us) {
    const [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
    if (validDate(y, m, d)) return { value: zonedToInstant(timeZone, y, m, d) };
  }
  return { value: text };
}

/** What a script's setValue(value) stores, for any JavaScript value (Dates from any realm). */
export function parseUserInput(value: unknown, numberFormat?: string, timeZone = "UTC"): StoredInput {
  if (value === null || value === undefined) return { value: "" };
  if (typeof value === "string") return parseUserString(value, numberFormat, timeZone);
  if (typeof value === "number") return { value: Number.isFinite(value) ? value : "#NUM!" };
  if (typeof value === "boolean") return { value };
  if (isDate(value)) return { value: new Date(value.getTime()) };
  return { value: String(value) };
}
