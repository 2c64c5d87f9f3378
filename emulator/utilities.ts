// Utilities, Session, ScriptApp and Logger/console for one execution. Not counted.
// Sources: Utilities reference (formatDate and parseDate use java.text.SimpleDateFormat patterns, in a
// zone given as Java's TimeZone.getTimeZone reads it: time-zone.ts javaTimeZone; computeDigest
// returns Byte[] — Java bytes, so -128..127; sleep max 300000 ms), Session reference (script time zone
// from the manifest, PLATFORM §6), [LC] (no user data in NONE/CUSTOM_FUNCTION).

import { createHash, createHmac, randomUUID } from "node:crypto";
import { isDate } from "./cell-input";
import { enumName } from "./enums";
import type { Execution } from "./execution";
import { parseJavaDate } from "./java-date-parse";
import {
  DAY_NAMES as DAYS,
  javaTimeZone,
  MONTH_NAMES as MONTHS,
  offsetMinutes,
  zoneAbbreviation,
  zonedParts,
} from "./time-zone";

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, "0");
}

function offsetText(minutes: number, colon: boolean, hoursOnly = false): string {
  const sign = minutes < 0 ? "-" : "+";
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (hoursOnly) return `${sign}${h}`;
  return colon ? `${sign}${h}:${m}` : `${sign}${h}${m}`;
}

/** Formats like java.text.SimpleDateFormat in a time zone (G y M d H k K h m s S E a z Z X D u). */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const dayOfYear =
    Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000) + 1;
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] ?? "";
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? pattern.length : end).replace(/''/g, "'");
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const offset = offsetMinutes(date, timeZone);
    switch (ch) {
      case "G":
        out += "AD";
        break;
      case "y":
      case "Y":
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case "M":
      case "L":
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1]?.slice(0, 3) : pad(p.month, n);
        break;
      case "d":
        out += pad(p.day, n);
        break;
      case "D":
        out += pad(dayOfYear, n);
        break;
      case "H":
        out += pad(p.hour, n);
        break;
      case "k":
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case "K":
        out += pad(p.hour % 12, n);
        break;
      case "h":
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case "m":
        out += pad(p.minute, n);
        break;
      case "s":
        out += pad(p.second, n);
        break;
      case "S":
        out += pad(p.millisecond, n);
        break;
      case "E":
        out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday]?.slice(0, 3);
        break;
      case "u":
        out += pad(p.weekday === 0 ? 7 : p.weekday, n);
        break;
      case "a":
        out += p.hour < 12 ? "AM" : "PM";
        break;
      case "z":
        out += zoneAbbreviation(date, timeZone);
        break;
      case "Z":
        out += offsetText(offset, false);
        break;
      case "X":
        out += offset === 0 ? "Z" : offsetText(offset, n >= 3, n === 1);
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

function toBytes(value: unknown, charset: string): Buffer {
  if (Array.isArray(value)) return Buffer.from(value.map((b: number) => b & 0xff));
  return Buffer.from(String(value), charset === "US_ASCII" ? "latin1" : "utf8");
}

function signed(buf: Buffer): number[] {
  return [...buf].map((b) => (b > 127 ? b - 256 : b));
}

const DIGESTS: Record<string, string> = {
  MD2: "md2",
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};
const MACS: Record<string, string> = {
  HMAC_MD5: "md5",
  HMAC_SHA_1: "sha1",
  HMAC_SHA_256: "sha256",
  HMAC_SHA_384: "sha384",
  HMAC_SHA_512: "sha512",
};

/** The Utilities global for one execution. */
export function createUtilities(ex: Execution): Record<string, unknown> {
  const r = ex.realm;
  return {
    DigestAlgorithm: ex.enums.DigestAlgorithm,
    Charset: ex.enums.Charset,
    MacAlgorithm: ex.enums.MacAlgorithm,
    formatDate: (date: unknown, timeZone: string, format: string) => {
      if (!isDate(date)) ex.fail("The parameters don't match the method signature for Utilities.formatDate.");
      try {
        return formatJavaDate(date, javaTimeZone(String(timeZone)), String(format));
      } catch (e) {
        return ex.fail((e as Error).message);
      }
    },
    parseDate: (text: unknown, timeZone: unknown, format: unknown) => {
      if (typeof text !== "string" || typeof format !== "string")
        ex.fail("The parameters don't match the method signature for Utilities.parseDate.");
      let parsed: Date;
      try {
        parsed = parseJavaDate(text, javaTimeZone(String(timeZone)), format, new Date(ex.host.now()));
      } catch (e) {
        return ex.fail((e as Error).message);
      }
      return r.date(parsed.getTime());
    },
    computeDigest: (algorithm: unknown, value: unknown, charset?: unknown) => {
      const alg = DIGESTS[enumName(algorithm)];
      if (!alg) ex.fail(`Unknown digest algorithm ${enumName(algorithm)}`);
      const hash = createHash(alg)
        .update(toBytes(value, charset === undefined ? "UTF_8" : enumName(charset)))
        .digest();
      return r.array(signed(hash));
    },
    computeHmacSignature: (algorithm: unknown, value: unknown, key: unknown, charset?: unknown) => {
      const alg = MACS[enumName(algorithm)];
      if (!alg) ex.fail(`Unknown MAC algorithm ${enumName(algorithm)}`);
      const cs = charset === undefined ? "UTF_8" : enumName(charset);
      return r.array(signed(createHmac(alg, toBytes(key, cs)).update(toBytes(value, cs)).digest()));
    },
    computeHmacSha256Signature: (value: unknown, key: unknown) =>
      r.array(signed(createHmac("sha256", toBytes(key, "UTF_8")).update(toBytes(value, "UTF_8")).digest())),
    getUuid: () => randomUUID(),
    /** Advances the virtual clock; the reference caps it at 300000 ms. */
    sleep: (ms: number) => {
      if (ms > 300_000) ex.fail("Sleep time must be no more than 300000 milliseconds.");
      ex.host.advance(Math.max(0, Number(ms)));
    },
    base64Encode: (data: unknown, charset?: unknown) =>
      toBytes(data, charset === undefined ? "UTF_8" : enumName(charset)).toString("base64"),
    base64EncodeWebSafe: (data: unknown, charset?: unknown) =>
      toBytes(data, charset === undefined ? "UTF_8" : enumName(charset))
        .toString("base64")
        .replace(/\+/g, "-")
        .replace(/\//g, "_"),
    base64Decode: (encoded: string) => r.array(signed(Buffer.from(String(encoded), "base64"))),
    base64DecodeWebSafe: (encoded: string) =>
      r.array(signed(Buffer.from(String(encoded).replace(/-/g, "+").replace(/_/g, "/"), "base64"))),
    newBlob: () => ex.fail("Utilities.newBlob is not modelled by the emulation."),
  };
}

/** The scope Session.getActiveUser / getEffectiveUser need (Session reference, "Authorization"). */
export const USERINFO_EMAIL_SCOPE = "https://www.googleapis.com/auth/userinfo.email";

/**
 * The Session global for one execution. The user's email is blank outside FULL/LIMITED ([LC]) and
 * when staged as "" (User reference: blank when security policies withhold it). A manifest that lists
 * its scopes without userinfo.email cannot call getActiveUser/getEffectiveUser (Session reference:
 * "Scripts that use this method require authorization with … userinfo.email"); the error names it.
 */
export function createSession(ex: Execution, scopes: readonly string[] = []): Record<string, unknown> {
  const email = (): string => (ex.authMode === "FULL" || ex.authMode === "LIMITED" ? ex.user : "");
  const user = (method: string) => {
    if (scopes.length && !scopes.includes(USERINFO_EMAIL_SCOPE))
      ex.fail(
        `You do not have permission to call Session.${method}. Required permissions: ${USERINFO_EMAIL_SCOPE}`,
      );
    return { getEmail: email, getUsername: () => email().split("@")[0] ?? "" };
  };
  return {
    getScriptTimeZone: () => ex.host.scriptTimeZone,
    getActiveUser: () => user("getActiveUser"),
    getEffectiveUser: () => user("getEffectiveUser"),
    getActiveUserLocale: () => "en",
    getTemporaryActiveUserKey: () => createHash("sha256").update(ex.user).digest("base64url").slice(0, 43),
  };
}

/** The ScriptApp global for one execution (AuthMode enum; triggers are not modelled). */
export function createScriptApp(ex: Execution): Record<string, unknown> {
  return {
    AuthMode: ex.enums.AuthMode,
    getScriptId: () => "1EmuLatedScriptId",
  };
}

function formatLog(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first === "string" && /%[sdf]/.test(first) && rest.length) {
    let i = 0;
    return first.replace(/%[sdf]/g, () => String(rest[i++]));
  }
  return args
    .map((a) => (typeof a === "string" ? a : isDate(a) ? a.toString() : (JSON.stringify(a) ?? String(a))))
    .join(" ");
}

/** Logger and console, writing to the execution's log. */
export function createLogging(ex: Execution): {
  Logger: Record<string, unknown>;
  console: Record<string, unknown>;
} {
  const write = (...args: unknown[]): void => {
    ex.logs.push(formatLog(args));
  };
  const Logger: Record<string, unknown> = {
    log: (...args: unknown[]) => {
      write(...args);
      return Logger;
    },
    getLog: () => ex.logs.join("\n"),
    clear: () => {
      ex.logs.length = 0;
    },
  };
  return { Logger, console: { log: write, info: write, warn: write, error: write, debug: write } };
}
