// Parses a google.script.run argument with the shared zod schema; a bad one fails with a message that
// names the field and the fix, also for requests no sidebar would send.
import type * as z from "zod/mini";
import { refusalMessage } from "../core/api/issue-findings";

/** The parsed request, or an Error whose message names the field to fix. */
export function parseRequest<S extends z.ZodMiniType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(
    refusalMessage(
      issue && {
        message: issue.message,
        path: issue.path,
        code: issue.code,
        expected: "expected" in issue ? String(issue.expected) : undefined,
      },
      raw,
    ),
  );
}
