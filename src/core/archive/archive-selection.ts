// Which handoffs an archive takes: every finished one (decided Go and acknowledged) unless the person
// names some, and any named one that is not finished only once the person confirmed it. IDs that are not
// in the register, or already archived, are refused with the fix.
import { parseDecision } from "../gate/decision";
import { parseHandoffId } from "../register/handoff-id";
import { readRegister } from "../register/register-reader";
import { cellText } from "../sheet/cell-text";
import { isReopenedNote } from "../tab/decision-note";
import { parseArchiveLink } from "./archive-link";

type Grid = readonly (readonly unknown[])[];

/** A handoff of the register as Archive sees it. */
export interface ArchiveCandidate {
  readonly id: string;
  /** Why it is not finished ("" when decided Go and acknowledged, and not reopened since). */
  readonly unfinished: string;
}

/** The register's handoffs not archived yet (the first row of each ID), with why each is not finished. */
export function archiveCandidates(
  values: Grid,
  formulas: Grid,
  archiveSheetId: number | null,
): { active: ArchiveCandidate[]; archived: string[] } {
  const table = readRegister(values);
  const seen = new Set<string>();
  const active: ArchiveCandidate[] = [];
  const archived: string[] = [];
  for (const row of table.rows) {
    const id = row.id.toUpperCase();
    if (parseHandoffId(id) === null || seen.has(id)) continue;
    seen.add(id);
    const formula = formulas[row.sheetRow - 1]?.[table.columns.Tab ?? -1];
    if (parseArchiveLink(formula, archiveSheetId)) {
      archived.push(id);
      continue;
    }
    const decision = parseDecision(row.text("Decision"));
    const reopened = row.text("Reopened");
    const unfinished =
      decision !== "Go"
        ? `decision is ${row.text("Decision") ? `"${row.text("Decision")}"` : "blank"}, not Go`
        : cellText(row.cells["Acknowledged by"]) === ""
          ? "not acknowledged by the receiving team"
          : isReopenedNote(reopened)
            ? `the checklist changed after Go (${reopened}) and Go was not confirmed again`
            : "";
    active.push({ id, unfinished });
  }
  return { active, archived };
}

/** What an archive will take, or the message saying why it cannot. */
export type ArchiveChoice =
  | { readonly ids: string[]; readonly unfinished: ArchiveCandidate[] }
  | { readonly error: string };

/** "HO-0003 (decision is blank, not Go)" for each, for messages. */
export function unfinishedText(list: readonly ArchiveCandidate[]): string {
  return list.map((c) => `${c.id} (${c.unfinished})`).join(", ");
}

/**
 * The handoffs to archive: `asked` (IDs typed by the person) or, when none, every finished one.
 * Handoffs not finished need `confirmed`.
 */
export function chooseForArchive(
  candidates: ReturnType<typeof archiveCandidates>,
  asked: readonly string[],
  confirmed: boolean,
): ArchiveChoice {
  const named = [...new Set(asked.map((a) => a.trim().toUpperCase()).filter(Boolean))];
  if (!named.length) {
    const ids = candidates.active.filter((c) => !c.unfinished).map((c) => c.id);
    if (!ids.length) {
      return {
        error:
          "No handoff is finished yet: a handoff is archived when it is decided Go and acknowledged by the receiving team, its checklist unchanged since. " +
          "To archive another one, name it by its ID.",
      };
    }
    return { ids, unfinished: [] };
  }
  const problems: string[] = [];
  const chosen: ArchiveCandidate[] = [];
  for (const id of named) {
    const found = candidates.active.find((c) => c.id === id);
    if (found) chosen.push(found);
    else if (parseHandoffId(id) === null) problems.push(`"${id}" is not a handoff ID like HO-0007`);
    else if (candidates.archived.includes(id)) problems.push(`${id} is already archived`);
    else problems.push(`${id} is not in the register`);
  }
  if (problems.length) {
    return { error: `Handoff IDs: ${problems.join("; ")}. Correct the IDs and archive again.` };
  }
  const unfinished = chosen.filter((c) => c.unfinished);
  if (unfinished.length && !confirmed) {
    return {
      error:
        `Not finished: ${unfinishedText(unfinished)}. Archive them only if you are sure ` +
        "(their tabs are removed; Restore brings them back): confirm to go ahead.",
    };
  }
  return { ids: chosen.map((c) => c.id), unfinished };
}
