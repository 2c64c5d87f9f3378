// zod/mini schemas for the checklist cells people type freely (Required, Kind, Status), read leniently.
import * as z from "zod/mini";
import { textKey } from "../sheet/text-key";
import { parseYesNo } from "../sheet/yes-no";
import { ITEM_KINDS, type ItemKind } from "./item-kinds";
import { parseStatus } from "./status-reader";
import { STATUSES } from "./statuses";

const normalized = z.pipe(z.string(), z.transform(textKey));

/** Required: a checkbox, TRUE/FALSE, yes/no, y/n, 1/0 or required/optional; blank means required. */
export const requiredCell = z.union([
  z.pipe(
    z.union([z.null(), z.undefined(), z.literal("")]),
    z.transform(() => true),
  ),
  z.pipe(
    z.pipe(normalized, z.enum(["", "required", "optional", "mandatory"])),
    z.transform((s) => s !== "optional"),
  ),
  z.pipe(
    z.pipe(
      z.union([z.boolean(), z.number(), z.string()]),
      z.transform((v: boolean | number | string) => parseYesNo(v)),
    ),
    z.boolean(),
  ),
]);

const KIND_SPELLINGS: Readonly<Record<string, ItemKind>> = {
  acknowledgment: "acknowledgement",
  ack: "acknowledgement",
  attach: "attachment",
  approve: "approval",
  "double-check": "review",
};

/** Kind: one of the item kinds, case-insensitive, singular or plural, either spelling of acknowledg(e)ment. */
export const kindCell = z.pipe(
  z.pipe(
    normalized,
    z.transform((s: string): string => {
      const singular = s.endsWith("s") ? s.slice(0, -1) : s;
      return KIND_SPELLINGS[singular] ?? singular;
    }),
  ),
  z.enum(ITEM_KINDS as [ItemKind, ...ItemKind[]]),
);

/** Status: one of the five statuses, case- and space-insensitive. */
export const statusCell = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s: string) => parseStatus(s)),
  ),
  z.enum(STATUSES),
);

/** A reader for one kind of cell that runs the schema once per distinct value: tables repeat values. */
export function cellReader<T>(schema: z.ZodMiniType<T>): (v: unknown) => T | null {
  const seen = new Map<unknown, T | null>();
  return (v) => {
    const cacheable = typeof v !== "object" && v !== undefined;
    const known = cacheable ? seen.get(v) : undefined;
    if (known !== undefined) return known;
    const parsed = schema.safeParse(v);
    const value = parsed.success ? parsed.data : null;
    if (cacheable && seen.size < 1000) seen.set(v, value);
    return value;
  };
}
