// Whether a handoff built from older template versions can be upgraded, and to what: each part of its
// template ref moved to the catalogue's current version of the same scenario (a retired scenario keeps
// its version), with the items of both sides from the stored versions.
import { type Catalogue, findScenario, type TemplateItem } from "./catalogue";
import { parseTemplateRef } from "./template-parts";
import { storedItems } from "./template-store";

export interface UpgradeTarget {
  readonly oldItems: TemplateItem[];
  readonly newItems: TemplateItem[];
  readonly fromRef: string;
  readonly toRef: string;
  /** "(v2 → v3)" for one scenario; "(Standard new client v2 → v3, Double-check before go v1 → v2)" for several. */
  readonly label: string;
  /** How a removed item's N/A reason names the new version: "v3", or "Standard new client v3". */
  readonly toVersion: string;
}

/** The upgrade a tab stamped `templateRef` can take; null when it is current or its old items are unknown. */
export function upgradeTarget(
  templateRef: string,
  catalogue: Catalogue,
  props: Readonly<Record<string, string>>,
): UpgradeTarget | null {
  const parts = parseTemplateRef(templateRef);
  if (!parts.length) return null;
  const oldItems: TemplateItem[] = [];
  const newItems: TemplateItem[] = [];
  const moved: { name: string; from: number; to: number }[] = [];
  const to: string[] = [];
  for (const part of parts) {
    const before = storedItems(props, part.id, part.version);
    if (!before) return null;
    const current = findScenario(catalogue, part.id);
    const newer = current && current.version > part.version ? current : null;
    oldItems.push(...before);
    newItems.push(...(newer ? newer.items : before));
    to.push(`${part.id}@${newer ? newer.version : part.version}`);
    if (newer) moved.push({ name: newer.name, from: part.version, to: newer.version });
  }
  if (!moved.length) return null;
  const one = moved.length === 1 ? moved[0] : undefined;
  return {
    oldItems,
    newItems,
    fromRef: parts.map((p) => `${p.id}@${p.version}`).join("+"),
    toRef: to.join("+"),
    label: one
      ? `(v${one.from} → v${one.to})`
      : `(${moved.map((m) => `${m.name} v${m.from} → v${m.to}`).join(", ")})`,
    toVersion: one ? `v${one.to}` : moved.map((m) => `${m.name} v${m.to}`).join(", "),
  };
}

/** The sidebar's notice: "Template updated (v2 → v3): 2 items added, 1 reworded, 1 removed". */
export function upgradeMessage(label: string, summary: string): string {
  return `Template updated ${label}: ${summary}`;
}
