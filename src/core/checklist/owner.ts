// Whether an Owner cell names exactly one person: shared ownership is how tasks get dropped.

const EMAIL = /[^\s<>(),;/&|+@]+(?:\+[^\s<>(),;/&|@]+)?@[^\s<>(),;/&|@]+\.[a-z]{2,}/gi;
const SEPARATOR = /[/&+,;|\n]|\s(?:and|or)\s/i;
const PLACEHOLDERS = new Set([
  "tbd",
  "tba",
  "tbc",
  "?",
  "??",
  "-",
  "–",
  "—",
  "n/a",
  "na",
  "none",
  "nobody",
  "unassigned",
  "unknown",
]);
const TEAMS = new Set([
  "sales",
  "ops",
  "operations",
  "delivery",
  "finance",
  "billing",
  "accounting",
  "legal",
  "security",
  "it",
  "support",
  "engineering",
  "product",
  "marketing",
  "procurement",
  "hr",
  "pmo",
  "cs",
  "customer success",
  "account management",
  "professional services",
  "services",
  "implementation",
  "onboarding",
  "management",
  "leadership",
  "everyone",
  "all",
  "both",
  "team",
  "client",
  "customer",
]);
const TEAM_SUFFIX = /\s(?:team|dept\.?|department|group|squad|crew|org|organization|organisation)$/;
const SHARED_MAILBOXES = new Set([...TEAMS, "team", "info", "hello", "contact", "admin", "office", "help"]);

/**
 * Why an Owner cell does not name one person, or null when it does: "missing" (blank or a placeholder
 * like "TBD"), "multiple" ("Sales/Ops", "a & b", "a, b", "a and b", two addresses), "team" ("Sales",
 * "Ops team", or a shared mailbox such as sales@acme.com).
 */
export function ownerProblem(owner: string): null | "missing" | "multiple" | "team" {
  const text = owner.trim().replace(/[^\S\n]+/g, " ");
  const lower = text.toLowerCase();
  if (text === "" || PLACEHOLDERS.has(lower)) return "missing";
  const emails = lower.match(EMAIL) ?? [];
  if (emails.length > 1) return "multiple";
  const rest = emails.length === 1 ? lower.replace(EMAIL, " ") : lower;
  if (SEPARATOR.test(rest)) return "multiple";
  const mailbox = emails[0]?.slice(0, emails[0].indexOf("@"));
  if (mailbox !== undefined && SHARED_MAILBOXES.has(mailbox)) return "team";
  if (TEAMS.has(lower) || TEAM_SUFFIX.test(lower)) return "team";
  return null;
}

/** The finding each owner problem raises (the Owner rule and the forms' person fields share it). */
export const OWNER_FINDING_CODES = {
  missing: "missing-owner",
  multiple: "multiple-owners",
  team: "team-owner",
} as const;
