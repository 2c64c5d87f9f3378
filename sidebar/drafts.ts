// What a person typed and has not saved, kept per handoff and row (with the item's text, so a draft
// follows its item when rows move and survives its text being reworded) while the sidebar re-renders.
import type { HandoffView, ItemView } from "../src/core/api/views";
import type { DecisionDraft } from "./decision-checks";
import { draftOf, type ItemDraft, type ItemField } from "./item-checks";

interface Kept {
  text: string;
  /** The item's fields when the person started typing: fields still equal to them were not edited. */
  base: ItemDraft;
  draft: ItemDraft;
}

/** What was typed over `base`, laid on the item as it is now: a colleague's edit in the sheet to a field the person did not touch shows. */
function onto(kept: Kept, item: ItemView): ItemDraft | null {
  const now = draftOf(item);
  const merged = { ...now };
  let edited = false;
  for (const field of Object.keys(now) as ItemField[]) {
    if (kept.draft[field] === kept.base[field]) continue;
    merged[field] = kept.draft[field];
    edited ||= merged[field] !== now[field];
  }
  return edited ? merged : null;
}

/** Unsaved item and decision drafts of every handoff shown in this sidebar session. */
export class Drafts {
  private readonly items = new Map<string, Kept>();
  private readonly decisions = new Map<string, DecisionDraft>();

  /** The draft typed for `item`: same row and text, else the same text moved to another row, else the same row reworded. */
  item(handoff: HandoffView, item: ItemView): ItemDraft | null {
    const atRow = this.items.get(`${handoff.id}|${item.row}`);
    if (atRow?.text === item.text) return onto(atRow, item);
    const moved = this.keyOfText(handoff.id, item.text);
    const kept = moved ? this.items.get(moved) : undefined;
    if (kept) return onto(kept, item);
    if (atRow && !handoff.items.some((i) => i.text === atRow.text)) return onto(atRow, item);
    return null;
  }

  /** Keeps (or with null forgets) the draft of `item`, typed over the item as the step showed it. */
  setItem(handoff: HandoffView, item: ItemView, draft: ItemDraft | null): void {
    const moved = this.keyOfText(handoff.id, item.text);
    if (moved) this.items.delete(moved);
    const key = `${handoff.id}|${item.row}`;
    if (draft) this.items.set(key, { text: item.text, base: draftOf(item), draft });
    else this.items.delete(key);
  }

  /** Forgets the draft saved for a row. */
  savedItem(handoffId: string, row: number): void {
    this.items.delete(`${handoffId}|${row}`);
  }

  /** The unsaved decision of a handoff. */
  decision(handoffId: string): DecisionDraft | null {
    return this.decisions.get(handoffId) ?? null;
  }

  /** Keeps (or with null forgets) the unsaved decision of a handoff. */
  setDecision(handoffId: string, draft: DecisionDraft | null): void {
    if (draft) this.decisions.set(handoffId, draft);
    else this.decisions.delete(handoffId);
  }

  private keyOfText(handoffId: string, text: string): string | null {
    for (const [key, kept] of this.items)
      if (kept.text === text && key.startsWith(`${handoffId}|`)) return key;
    return null;
  }
}
