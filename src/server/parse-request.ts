// Parses a google.script.run argument with the shared zod schema; a bad one fails with the fix.
import type * as z from "zod/mini";

/** The parsed request, or an Error whose message names the field to fix. */
export function parseRequest<S extends z.ZodMiniType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new Error(result.error.issues[0]?.message ?? "Check the form.");
}
