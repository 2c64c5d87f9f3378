// What a person typed and has not saved, kept per handoff and row (with the item's text, so a draft
// follows its item when rows move and survives its text being reworded) while the sidebar re-renders.
import type { HandoffView, ItemView } from "../src/core/api-contract";
import type { DecisionDraft } from "./decision-checks";
import type { ItemDraft } from "./item-checks";

interface Kept {
  text: string;
  draft: ItemDraft;
}

/** Unsaved item and decision drafts of every handoff shown in this sidebar session. */
export class Drafts {
  private readonly items = new Map<string, Kept>();
  private readonly decisions = new Map<string, DecisionDraft>();

  /** The draft typed for `item`: same row and text, else the same text moved to another row, else the same row reworded. */
  item(handoff: HandoffView, item: ItemView): ItemDraft | null {
    const atRow = this.items.get(`${handoff.id}|${item.row}`);
    if (atRow?.text === item.text) return atRow.draft;
    const moved = this.keyOfText(handoff.id, item.text);
    if (moved) return this.items.get(moved)?.draft ?? null;
    if (atRow && !handoff.items.some((i) => i.text === atRow.text)) return atRow.draft;
    return null;
  }

  /** Keeps (or with null forgets) the draft of `item`. */
  setItem(handoff: HandoffView, item: ItemView, draft: ItemDraft | null): void {
    const moved = this.keyOfText(handoff.id, item.text);
    if (moved) this.items.delete(moved);
    const key = `${handoff.id}|${item.row}`;
    if (draft) this.items.set(key, { text: item.text, draft });
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
