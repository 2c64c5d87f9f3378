// Failures of google.script.run that the platform causes, not the add-on, told in words a person can act on.
import { ADDON_NAME } from "../src/core/product";

/**
 * Several Google accounts signed in, with the default one not using the add-on, make every call fail
 * with a ScriptError ending "Error code PERMISSION_DENIED." (widely reported; PLATFORM §9). The code
 * is matched, not the sentence around it, which Google localizes.
 */
const SEVERAL_ACCOUNTS = /\bPERMISSION_DENIED\b/;

/** What to tell a person when signed into several accounts. */
export const SEVERAL_ACCOUNTS_MESSAGE = `Google could not tell which of your signed-in accounts is using ${ADDON_NAME}. Open this spreadsheet in a private (incognito) window and sign in with one account only, or sign out of your other Google accounts, then reload.`;

/** The error to show for a failed call: the server's own, or a platform failure explained. */
export function explainFailure(error: unknown): Error {
  const failure = error instanceof Error ? error : new Error(String(error));
  return SEVERAL_ACCOUNTS.test(failure.message) ? new Error(SEVERAL_ACCOUNTS_MESSAGE) : failure;
}
