// Where versions live: the document properties (people edit the sheet, not the add-on's properties).
// An index holds the last valid catalogue's scenarios and versions; each version's items are kept
// under their own key, in pieces under PropertiesService's 9 KB per value, so an older handoff can be
// compared with any later version and a broken sheet never stops New handoff.
import { ITEM_KINDS, type ItemKind } from "../checklist/item-kinds";
import { BUILT_IN_CATALOGUE, builtInScenario } from "./built-in";
import type { Catalogue, TemplateItem, VersionedScenario } from "./catalogue";

/** Property with the last valid catalogue's scenarios (without items) and their versions. */
export const TEMPLATES_INDEX_KEY = "handoffGate.templates.index";
const SNAPSHOT_PREFIX = "handoffGate.template.";
/** Characters per stored piece: 2,500 UTF-16 units are at most 7.5 KB of UTF-8, under the 9 KB limit. */
const PIECE = 2500;

type StoredItem = [
  id: string,
  section: string,
  text: string,
  kind: string,
  required: 0 | 1,
  due: number | null,
];

/** The property key of a version's items. */
export function snapshotKey(id: string, version: number): string {
  return `${SNAPSHOT_PREFIX}${id}@${version}`;
}

function pieces(key: string, text: string): Record<string, string> {
  if (text.length <= PIECE) return { [key]: text };
  const out: Record<string, string> = {};
  const n = Math.ceil(text.length / PIECE);
  out[key] = `pieces:${n}`;
  for (let i = 1; i <= n; i++) out[`${key}#${i}`] = text.slice((i - 1) * PIECE, i * PIECE);
  return out;
}

function joined(props: Readonly<Record<string, string>>, key: string): string | undefined {
  const head = props[key];
  const m = head === undefined ? null : /^pieces:(\d+)$/.exec(head);
  if (!m) return head;
  let text = "";
  for (let i = 1; i <= Number(m[1]); i++) {
    const part = props[`${key}#${i}`];
    if (part === undefined) return undefined;
    text += part;
  }
  return text;
}

function parseItems(text: string | undefined): TemplateItem[] | null {
  if (text === undefined) return null;
  try {
    const rows = JSON.parse(text) as StoredItem[];
    return rows.map(([id, section, itemText, kind, required, due]) => ({
      id,
      section,
      text: itemText,
      kind: (ITEM_KINDS.includes(kind as ItemKind) ? kind : "task") as ItemKind,
      required: required === 1,
      dueDays: typeof due === "number" ? due : null,
    }));
  } catch {
    return null;
  }
}

/** A scenario's items at a version: stored, or the built-in version 1. */
export function storedItems(
  props: Readonly<Record<string, string>>,
  id: string,
  version: number,
): readonly TemplateItem[] | null {
  const items = parseItems(joined(props, snapshotKey(id, version)));
  if (items) return items;
  const builtIn = builtInScenario(id);
  return builtIn && version === builtIn.version ? builtIn.items : null;
}

/** The last valid catalogue the properties hold; the built-in one when nothing was recorded yet. */
export function storedCatalogue(props: Readonly<Record<string, string>>): Catalogue {
  const index = props[TEMPLATES_INDEX_KEY];
  if (!index) return BUILT_IN_CATALOGUE;
  try {
    const entries = JSON.parse(index) as Omit<VersionedScenario, "items">[];
    const out: VersionedScenario[] = [];
    for (const e of entries) {
      const items = storedItems(props, e.id, e.version);
      if (items) out.push({ ...e, items });
    }
    return out.length ? out : BUILT_IN_CATALOGUE;
  } catch {
    return BUILT_IN_CATALOGUE;
  }
}

/** The properties to set after recording: the new index, and the items of each new version. */
export function storeEntries(
  catalogue: Catalogue,
  newVersions: readonly VersionedScenario[],
): Record<string, string> {
  const index = catalogue.map(({ items: _, ...meta }) => meta);
  const out: Record<string, string> = { [TEMPLATES_INDEX_KEY]: JSON.stringify(index) };
  for (const s of newVersions) {
    const rows: StoredItem[] = s.items.map((i) => [
      i.id,
      i.section,
      i.text,
      i.kind,
      i.required ? 1 : 0,
      i.dueDays,
    ]);
    Object.assign(out, pieces(snapshotKey(s.id, s.version), JSON.stringify(rows)));
  }
  return out;
}
