// Versions follow content: a scenario whose items' fingerprint differs from its last recorded version
// gets the next version number, with what changed. Scenarios gone from the sheet stay known (retired),
// so older handoffs keep their names and versions.

import { builtInScenario } from "./built-in";
import { type Catalogue, findScenario, type TemplateScenario, type VersionedScenario } from "./catalogue";
import { itemsFingerprint } from "./fingerprint";
import { diffItems, type VersionDiff } from "./version-diff";

/** A new version: the scenario at it, and the diff from the version before (null for a new scenario). */
export interface VersionChange {
  readonly scenario: VersionedScenario;
  readonly from: number | null;
  readonly diff: VersionDiff | null;
}

/** The catalogue the sheet now gives, and each scenario whose version it moved. */
export function planVersions(
  read: readonly TemplateScenario[],
  last: Catalogue,
): { catalogue: Catalogue; changes: VersionChange[] } {
  const changes: VersionChange[] = [];
  const current = read.map((s): VersionedScenario => {
    const fingerprint = itemsFingerprint(s.items);
    const before = findScenario(last, s.id) ?? builtInScenario(s.id);
    if (before && before.fingerprint === fingerprint) return { ...s, version: before.version, fingerprint };
    const scenario = { ...s, version: before ? before.version + 1 : 1, fingerprint };
    changes.push({
      scenario,
      from: before ? before.version : null,
      diff: before ? diffItems(before.items, s.items) : null,
    });
    return scenario;
  });
  const retired = last.filter((s) => !findScenario(read, s.id)).map((s) => ({ ...s, active: false }));
  return { catalogue: [...current, ...retired], changes };
}
