// Wall-clock parts of an instant in a time zone, and the reverse: IANA zones through Intl (no
// dependencies), plus Java's custom "GMT+05:30" ids, which Apps Script accepts wherever it takes a zone.

/** Calendar and clock fields of an instant as seen in a time zone. */
export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 0 = Sunday. */
  readonly weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

const CUSTOM_ID = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/** Minutes east of UTC of a Java custom zone id ("GMT+05:30", "GMT-7", "GMT+0530"), or null for any other id. */
function customOffset(timeZone: string): number | null {
  const m = CUSTOM_ID.exec(timeZone.trim());
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

function knownToIntl(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone Java's TimeZone.getTimeZone(id) gives for an id: an IANA id ("Asia/Kolkata"), "GMT"/"UTC",
 * or a custom "GMT±hh:mm" id as it is; any id it cannot understand becomes "GMT" (the TimeZone
 * reference: "the specified TimeZone, or the GMT zone if the given ID cannot be understood";
 * docs.oracle.com/javase/8/docs/api/java/util/TimeZone.html#getTimeZone-java.lang.String-).
 * Utilities.formatDate and parseDate take their zone this way (they are documented in terms of
 * Java's SimpleDateFormat: developers.google.com/apps-script/reference/utilities/utilities).
 */
export function javaTimeZone(id: string): string {
  const text = String(id).trim();
  if (customOffset(text) !== null) return text;
  return text !== "" && knownToIntl(text) ? text : "GMT";
}

/** The wall-clock fields of `date` in `timeZone`. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const fixed = customOffset(timeZone);
  if (fixed !== null) {
    const shifted = new Date(date.getTime() + fixed * 60_000);
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
      millisecond: shifted.getUTCMilliseconds(),
      weekday: shifted.getUTCDay(),
    };
  }
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(date)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: date.getUTCMilliseconds(),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? "Sun"),
  };
}

/** Offset of `timeZone` from UTC at `date`, in minutes (New York in winter → -300). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return Math.round((asUtc - date.getTime()) / 60_000);
}

/** The instant whose wall clock in `timeZone` reads the given fields. */
export function zonedToInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  let t = guess - offsetMinutes(new Date(guess), timeZone) * 60_000;
  t = guess - offsetMinutes(new Date(t), timeZone) * 60_000;
  return new Date(t);
}

/** A short zone name such as "EST" (falls back to "GMT-05:00" style when Intl has none). */
export function zoneAbbreviation(date: Date, timeZone: string): string {
  const fixed = customOffset(timeZone);
  if (fixed !== null) {
    const sign = fixed < 0 ? "-" : "+";
    const abs = Math.abs(fixed);
    return `GMT${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  }
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? "GMT";
}

/** Month and day names for date patterns (Sheets' and Java's formats use the same English names). */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
export const DAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;
