// What Sheets stores when a script writes a value with setValue/setValues/appendRow.
// Source: Range.setValue/setValues parse strings like typed input — the Sheets API calls this
// USER_ENTERED: "parsed exactly as if it were entered into the Google Sheets UI, so 'Mar 1 2016'
// becomes a date, and '=1+2' becomes a formula" (developers.google.com/sheets/api/reference/rest/v4/ValueInputOption);
// that setValue behaves as USER_ENTERED is observed/widely reported, not stated on the Range page.
// Numbers, percentages, currency and dates are read in the spreadsheet's locale (File → Settings →
// Locale "affects formatting details such as functions, dates, and currency", Sheets help
// "Set a spreadsheet's location & calculation settings"); the locale table below holds the few
// locales the emulator models.

import { zonedToInstant } from "./time-zone";
import type { CellValue } from "./workbook-model";

/** The stored outcome of writing one value: a value, or a formula (value computed later). */
export interface StoredInput {
  readonly value: CellValue;
  readonly formula?: string;
}

/** How a locale writes numbers, dates and money. */
interface LocaleRules {
  readonly decimal: "." | ",";
  /** Thousands separators accepted when grouping digits. */
  readonly group: readonly string[];
  /** Order of day, month and year in a short date (ISO yyyy-mm-dd is read in every locale). */
  readonly dateOrder: "MDY" | "DMY";
  readonly dateSeparators: readonly string[];
  /** Currency symbol and whether it goes before the amount. */
  readonly currency: { readonly symbol: string; readonly before: boolean };
}

const LOCALES: Readonly<Record<string, LocaleRules>> = {
  en_US: {
    decimal: ".",
    group: [","],
    dateOrder: "MDY",
    dateSeparators: ["/"],
    currency: { symbol: "$", before: true },
  },
  en_GB: {
    decimal: ".",
    group: [","],
    dateOrder: "DMY",
    dateSeparators: ["/"],
    currency: { symbol: "£", before: true },
  },
  de_DE: {
    decimal: ",",
    group: ["."],
    dateOrder: "DMY",
    dateSeparators: ["."],
    currency: { symbol: "€", before: false },
  },
  fr_FR: {
    decimal: ",",
    group: [" ", "\u00a0", "\u202f"],
    dateOrder: "DMY",
    dateSeparators: ["/"],
    currency: { symbol: "€", before: false },
  },
};

/** Locales whose typed numbers, dates and currency the emulator reads. */
export const SUPPORTED_LOCALES: readonly string[] = Object.keys(LOCALES);

function rulesOf(locale: string): LocaleRules {
  const rules = LOCALES[locale] ?? LOCALES.en_US;
  if (!rules) throw new Error("en_US locale missing");
  return rules;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Duck-typed Date check that works across vm realms. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A plain or grouped number in the locale ("1234.5", "1,234.5"; "1.234,5" in de_DE), or null. */
function localeNumber(text: string, rules: LocaleRules): number | null {
  const d = esc(rules.decimal);
  const plain = new RegExp(`^([+-]?)(\\d+(?:${d}\\d*)?|${d}\\d+)(?:[eE]([+-]?\\d+))?$`);
  const g = rules.group.map(esc).join("|");
  const grouped = new RegExp(`^([+-]?)(\\d{1,3}(?:(?:${g})\\d{3})+(?:${d}\\d+)?)$`);
  const m = plain.exec(text) ?? grouped.exec(text);
  if (!m) return null;
  const digits = (m[2] ?? "").replace(new RegExp(`(?:${g})`, "g"), "").replace(rules.decimal, ".");
  const exp = m[3] === undefined ? "" : `e${m[3]}`;
  return Number(`${m[1] ?? ""}${digits}${exp}`);
}

/** "10%", "$5", "-$1,000.50" ("5 €", "1.000,50 €" where the symbol follows), or null. */
function localeAmount(text: string, rules: LocaleRules): number | null {
  const pct = /^(.+)%$/.exec(text.replace(/\s+%$/, "%"));
  if (pct?.[1]) {
    const n = localeNumber(pct[1], rules);
    return n === null ? null : n / 100;
  }
  const sym = esc(rules.currency.symbol);
  const re = rules.currency.before
    ? new RegExp(`^([+-]?)${sym}\\s?(.+)$`)
    : new RegExp(`^([+-]?)(.+?)\\s?${sym}$`);
  const cur = re.exec(text);
  if (!cur?.[2] || /^[+-]/.test(cur[2])) return null;
  const n = localeNumber(cur[2], rules);
  return n === null ? null : cur[1] === "-" ? -n : n;
}

/** A short date in the locale (m/d/yyyy in en_US, dd.mm.yyyy in de_DE) or ISO, as midnight in `timeZone`. */
function localeDate(text: string, rules: LocaleRules, timeZone: string): Date | null {
  const iso = ISO_DATE.exec(text);
  let parts: [number, number, number] | null = null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const sep = rules.dateSeparators.map(esc).join("|");
    const m = new RegExp(`^(\\d{1,2})(?:${sep})(\\d{1,2})(?:${sep})(\\d{4})$`).exec(text);
    if (m) {
      const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      parts = rules.dateOrder === "MDY" ? [y, a, b] : [y, b, a];
    }
  }
  if (!parts || !validDate(...parts)) return null;
  return zonedToInstant(timeZone, ...parts);
}

/**
 * Whether text after a leading "+", "-" or "@" makes Sheets read the entry as a formula. Typing
 * `+A1`, `-2+3` or `-B2*2` in Sheets enters the formula `=+A1`, `=-2+3`… (a spreadsheet convention
 * Sheets keeps from Lotus/Excel; issue 17 records it from a peer project's assertions on live
 * Sheets); text that does not parse, such as the phone number `+1 555 0100` or a list item
 * `- call back`, becomes a formula that shows #ERROR! (widely reported by people typing phone
 * numbers; exact behaviour UNCONFIRMED against a Google page). `@NAME(…)` is the function shorthand
 * for `=NAME(…)` (issue 17, peer assertions; UNCONFIRMED in Google's reference). A lone sign, or "@"
 * before anything but a function call (an @mention), stays text.
 */
function signedFormula(text: string): string | null {
  const first = text[0];
  if ((first === "+" || first === "-") && text.length > 1 && !/^[+-]\s*$/.test(text)) return `=${text}`;
  if (first === "@" && /^@[A-Za-z_][\w.]*\s*\(/.test(text)) return `=${text.slice(1)}`;
  return null;
}

/**
 * Parses a string as Sheets parses typed input:
 * - a leading apostrophe forces text and is not part of the value read back;
 * - with the plain-text number format "@" the string is stored as is;
 * - a leading "=" (with more after it) makes a formula;
 * - numbers, percentages, currency and dates in the spreadsheet's locale become numbers and Dates;
 * - TRUE/FALSE become booleans;
 * - then a leading "+", "-" or "@NAME(" makes a formula (signedFormula).
 */
export function parseUserString(
  text: string,
  numberFormat?: string,
  timeZone = "UTC",
  locale = "en_US",
): StoredInput {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (numberFormat === "@") return { value: text };
  if (text.length > 1 && text.startsWith("=")) return { value: "", formula: text };
  const rules = rulesOf(locale);
  const trimmed = text.trim();
  const n = localeNumber(trimmed, rules) ?? localeAmount(trimmed, rules);
  if (n !== null && Number.isFinite(n)) return { value: n };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const date = localeDate(trimmed, rules, timeZone);
  if (date) return { value: date };
  const formula = signedFormula(text);
  if (formula) return { value: "", formula };
  return { value: text };
}

/** What a script's setValue(value) stores, for any JavaScript value (Dates from any realm). */
export function parseUserInput(
  value: unknown,
  numberFormat?: string,
  timeZone = "UTC",
  locale = "en_US",
): StoredInput {
  if (value === null || value === undefined) return { value: "" };
  if (typeof value === "string") return parseUserString(value, numberFormat, timeZone, locale);
  if (typeof value === "number") return { value: Number.isFinite(value) ? value : "#NUM!" };
  if (typeof value === "boolean") return { value };
  if (isDate(value)) return { value: new Date(value.getTime()) };
  return { value: String(value) };
}
