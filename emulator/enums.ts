// Apps Script enums (ScriptApp.AuthMode, SpreadsheetApp.ProtectionType…) as realm objects whose
// values compare by identity within an execution and print as their name, like Apps Script's Enum.

import type { Realm } from "./realm";

/** Builds an enum object of the realm with one value per name. */
export function makeEnum(realm: Realm, names: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  names.forEach((name, ordinal) => {
    const value = realm.object({});
    Object.defineProperties(value, {
      toString: { value: () => name },
      toJSON: { value: () => name },
      name: { value: () => name },
      ordinal: { value: () => ordinal },
    });
    values[name] = value;
  });
  const out = realm.object({});
  for (const [k, v] of Object.entries(values)) Object.defineProperty(out, k, { value: v, enumerable: true });
  return out;
}

/** The name of an enum value (or of a string passed in its place). */
export function enumName(value: unknown): string {
  return String(value);
}

export const AUTH_MODES = ["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"] as const;
export const PROTECTION_TYPES = ["RANGE", "SHEET"] as const;
export const METADATA_VISIBILITY = ["DOCUMENT", "PROJECT"] as const;
export const METADATA_LOCATION_TYPES = ["SPREADSHEET", "SHEET", "ROW", "COLUMN"] as const;
export const WRAP_STRATEGIES = ["WRAP", "OVERFLOW", "CLIP"] as const;
export const DATA_VALIDATION_CRITERIA = [
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const;
export const BOOLEAN_CRITERIA = [
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_ENDS_WITH",
  "TEXT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "CUSTOM_FORMULA",
] as const;
export const BUTTONS = ["CLOSE", "OK", "CANCEL", "YES", "NO"] as const;
export const BUTTON_SETS = ["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"] as const;
