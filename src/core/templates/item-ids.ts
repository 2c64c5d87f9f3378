// Item IDs for rows the process owner added with a blank Item ID: the scenario's own pattern
// ("std-11" after "std-10"), unique across the sheet. The server writes them into the blank cells only.
import type { ReadScenario, TemplateScenario } from "./catalogue";

/** A new ID for the server to write into a blank Item ID cell. */
export interface NewItemId {
  readonly row: number;
  readonly id: string;
}

const NUMBERED = /^(.*?)(\d+)$/;

/** Gives every blank Item ID one; returns the scenarios with full IDs and the cells to fill. */
export function assignItemIds(scenarios: readonly ReadScenario[]): {
  scenarios: (TemplateScenario & { readonly row: number })[];
  newIds: NewItemId[];
} {
  const taken = new Set(scenarios.flatMap((s) => s.items.map((i) => i.id.toLowerCase()).filter((id) => id)));
  const newIds: NewItemId[] = [];
  const out = scenarios.map((s) => {
    const pattern = s.items.map((i) => NUMBERED.exec(i.id)).find((m) => m !== null);
    const prefix = pattern ? (pattern[1] as string) : `${s.id}-`;
    const width = pattern ? (pattern[2] as string).length : 2;
    let next = 1;
    for (const id of taken) {
      const m = NUMBERED.exec(id);
      if (m && m[1] === prefix.toLowerCase()) next = Math.max(next, Number(m[2]) + 1);
    }
    const items = s.items.map(({ row, ...item }) => {
      if (item.id) return item;
      let id = `${prefix}${String(next++).padStart(width, "0")}`;
      while (taken.has(id.toLowerCase())) id = `${prefix}${String(next++).padStart(width, "0")}`;
      taken.add(id.toLowerCase());
      newIds.push({ row, id });
      return { ...item, id };
    });
    return { ...s, items };
  });
  return { scenarios: out, newIds };
}
