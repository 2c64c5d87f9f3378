// Parses a google.script.run argument with the shared zod schema; a bad one fails with the fix.
import type * as z from "zod/mini";
import { issueFinding } from "../core/api/issue-findings";

/** The parsed request, or an Error whose message names the field to fix. */
export function parseRequest<S extends z.ZodMiniType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = String(issue?.path[0] ?? "");
  const finding = issue && issueFinding({ message: issue.message, path: [field] }, [field]);
  throw new Error(finding?.message ?? "Check the form.");
}
