// Utilities.parseDate: text read with a java.text.SimpleDateFormat pattern, in a time zone.
// Sources: the Utilities reference ("Parses the provided string date according to the specification
// described in the Java Standard Edition SimpleDateFormat class"; example
// parseDate("1970-01-01 00:00:00", "GMT", "yyyy-MM-dd' 'HH:mm:ss");
// developers.google.com/apps-script/reference/utilities/utilities#parsedatedate,-timezone,-format) and
// the SimpleDateFormat / DateFormat references (docs.oracle.com/javase/8/docs/api/java/text/):
// - parsing is lenient by default (DateFormat.setLenient): out-of-range fields roll over, so
//   "2026-02-30" is 2026-03-02;
// - "for parsing, the number of pattern letters is ignored unless it's needed to separate two adjacent
//   fields"; M/MM read a number, MMM and longer a month name (short or long form);
// - y/yy followed by exactly two digits is a year within 80 years before and 20 after now; more letters,
//   or another number of digits, take the year literally;
// - fields the pattern leaves out default to 1970-01-01 00:00:00.000 in the given zone; a parsed zone
//   (z, Z, X) overrides it;
// - DateFormat.parse(String) reads from the start and ignores text after the pattern, and throws
//   ParseException "Unparseable date" when the text does not match (exact Apps Script wording UNCONFIRMED).
import { DAY_NAMES, MONTH_NAMES, zonedParts, zonedToInstant } from "./time-zone";

type Token = { readonly field: string; readonly count: number } | { readonly literal: string };

const NUMERIC = new Set([
  "y",
  "Y",
  "M",
  "L",
  "d",
  "D",
  "H",
  "k",
  "K",
  "h",
  "m",
  "s",
  "S",
  "u",
  "F",
  "w",
  "W",
]);

function tokens(pattern: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] ?? "";
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out.push({ literal: "'" });
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      out.push({ literal: pattern.slice(i + 1, end < 0 ? pattern.length : end).replace(/''/g, "'") });
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let n = 1;
      while (pattern[i + n] === ch) n++;
      if (!"GyYMLdDHkKhmsSEuaFwWzZX".includes(ch)) throw new Error(`Illegal pattern character '${ch}'`);
      out.push({ field: ch, count: n });
      i += n;
      continue;
    }
    out.push({ literal: ch });
    i++;
  }
  return out;
}

interface Fields {
  year?: number;
  twoDigitYear?: boolean;
  month?: number;
  day?: number;
  hour?: number;
  hour12?: number;
  pm?: boolean;
  minute?: number;
  second?: number;
  millisecond?: number;
  offsetMinutes?: number;
}

class Unparseable extends Error {}

/** Reads text that matches one of `names` (case-insensitive, longest first); returns its index and length. */
function matchName(text: string, at: number, names: readonly string[]): [number, number] {
  let best: [number, number] = [-1, 0];
  names.forEach((name, i) => {
    if (name.length > best[1] && text.slice(at, at + name.length).toLowerCase() === name.toLowerCase())
      best = [i, name.length];
  });
  if (best[0] < 0) throw new Unparseable();
  return best;
}

function readOffset(text: string, at: number): [number, number] {
  if (/^Z/i.test(text.slice(at)) && !/^[A-Za-z]{2}/.test(text.slice(at))) return [0, 1];
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?/i.exec(text.slice(at));
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return [(m[1] === "-" ? -1 : 1) * minutes, m[0].length];
  }
  const plain = /^(?:GMT|UTC)/i.exec(text.slice(at));
  if (plain) return [0, plain[0].length];
  throw new Unparseable();
}

/** Parses `text` with a SimpleDateFormat `pattern` in `timeZone` (already resolved as Java does); `now` for 2-digit years. */
export function parseJavaDate(text: string, timeZone: string, pattern: string, now: Date): Date {
  const list = tokens(pattern);
  const f: Fields = {};
  let at = 0;
  try {
    list.forEach((token, i) => {
      if ("literal" in token) {
        if (text.slice(at, at + token.literal.length) !== token.literal) throw new Unparseable();
        at += token.literal.length;
        return;
      }
      const { field, count } = token;
      if ((field === "M" || field === "L") && count >= 3) {
        const [index, length] = matchName(text, at, [
          ...MONTH_NAMES,
          ...MONTH_NAMES.map((m) => m.slice(0, 3)),
        ]);
        f.month = (index % 12) + 1;
        at += length;
        return;
      }
      if (field === "E") {
        at += matchName(text, at, [...DAY_NAMES, ...DAY_NAMES.map((d) => d.slice(0, 3))])[1];
        return;
      }
      if (field === "a") {
        const [index, length] = matchName(text, at, ["AM", "PM"]);
        f.pm = index === 1;
        at += length;
        return;
      }
      if (field === "G") {
        at += matchName(text, at, ["AD"])[1];
        return;
      }
      if (field === "z" || field === "Z" || field === "X") {
        const [minutes, length] = readOffset(text, at);
        f.offsetMinutes = minutes;
        at += length;
        return;
      }
      const next = list[i + 1];
      const adjacent = next !== undefined && "field" in next && NUMERIC.has(next.field);
      const digits = adjacent ? new RegExp(`^\\d{1,${count}}`) : /^\d+/;
      const m = digits.exec(text.slice(at));
      if (!m) throw new Unparseable();
      at += m[0].length;
      const n = Number(m[0]);
      if (field === "y" || field === "Y") {
        f.year = n;
        f.twoDigitYear = count <= 2 && m[0].length === 2;
      } else if (field === "M" || field === "L") f.month = n;
      else if (field === "d") f.day = n;
      else if (field === "H") f.hour = n;
      else if (field === "k") f.hour = n === 24 ? 0 : n;
      else if (field === "K" || field === "h") f.hour12 = field === "h" && n === 12 ? 0 : n;
      else if (field === "m") f.minute = n;
      else if (field === "s") f.second = n;
      else if (field === "S") f.millisecond = n;
    });
  } catch (e) {
    if (e instanceof Unparseable) throw new Error(`Unparseable date: "${text}"`);
    throw e;
  }
  if (at === 0 && list.length > 0) throw new Error(`Unparseable date: "${text}"`);
  let year = f.year ?? 1970;
  if (f.twoDigitYear) {
    // Java's default century: the 100 years starting 80 years before now.
    const start = zonedParts(now, timeZone).year - 80;
    year = Math.floor(start / 100) * 100 + year;
    if (year < start) year += 100;
  }
  const hour = f.hour ?? (f.hour12 !== undefined ? f.hour12 + (f.pm ? 12 : 0) : f.pm ? 12 : 0);
  const wall = [
    year,
    f.month ?? 1,
    f.day ?? 1,
    hour,
    f.minute ?? 0,
    f.second ?? 0,
    f.millisecond ?? 0,
  ] as const;
  if (f.offsetMinutes !== undefined) {
    const utc = Date.UTC(wall[0], wall[1] - 1, wall[2], wall[3], wall[4], wall[5], wall[6]);
    return new Date(utc - f.offsetMinutes * 60_000);
  }
  return zonedToInstant(timeZone, ...wall);
}
