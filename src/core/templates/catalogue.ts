// The checklist templates as the add-on uses them: scenarios, each with its items, a role (a scenario
// people pick, the custom/high-risk path exceptions require, or the double-check review every handoff
// ends with) and the version its content fingerprint gave it.
import type { ItemKind } from "../checklist/item-kinds";

/** What a scenario is for: picked by people, added when exceptions are recorded, or the final review. */
export type ScenarioRole = "scenario" | "high-risk" | "review";

export interface TemplateItem {
  readonly id: string;
  readonly section: string;
  readonly text: string;
  readonly kind: ItemKind;
  readonly required: boolean;
  /** Days before the target kickoff the item is due; null for the default by kind. */
  readonly dueDays: number | null;
}

export interface TemplateScenario {
  readonly id: string;
  readonly name: string;
  readonly when: string;
  readonly role: ScenarioRole;
  readonly active: boolean;
  /** Another scenario whose items come first when this one is picked ("" for none). */
  readonly buildsOn: string;
  readonly items: readonly TemplateItem[];
}

/** An item as read from the sheet (its row kept), before the add-on gives a blank Item ID one. */
export interface ReadItem extends TemplateItem {
  readonly row: number;
}

/** A scenario as read from the sheet, its row kept. */
export interface ReadScenario extends Omit<TemplateScenario, "items"> {
  readonly row: number;
  readonly items: readonly ReadItem[];
}

/** A scenario at a recorded version. */
export interface VersionedScenario extends TemplateScenario {
  readonly version: number;
  readonly fingerprint: string;
}

/** Every scenario the add-on knows, in the sheet's order. */
export type Catalogue = readonly VersionedScenario[];

/** A scenario of a catalogue by id (case and spaces ignored). */
export function findScenario<S extends { readonly id: string }>(
  catalogue: readonly S[],
  id: string,
): S | undefined {
  const key = id.trim().toLowerCase();
  return catalogue.find((s) => s.id.toLowerCase() === key);
}
