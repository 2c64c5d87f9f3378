import { describe, expect, it } from "vitest";
import { BUILT_IN_CATALOGUE } from "../../../src/core/templates/built-in";
import type { TemplateItem, TemplateScenario } from "../../../src/core/templates/catalogue";
import { checklistFromCatalogue } from "../../../src/core/templates/handoff-checklist";
import { assignItemIds } from "../../../src/core/templates/item-ids";
import { storedCatalogue, storedItems, storeEntries } from "../../../src/core/templates/template-store";
import { planVersions } from "../../../src/core/templates/template-versions";
import { diffItems, diffSummary } from "../../../src/core/templates/version-diff";

const item = (id: string, text: string, required = true): TemplateItem => ({
  id,
  section: "S",
  text,
  kind: "task",
  required,
  dueDays: null,
});
const scenario = (items: TemplateItem[]): TemplateScenario => ({
  id: "a",
  name: "A",
  when: "",
  role: "scenario",
  active: true,
  buildsOn: "",
  items,
});

describe("versions", () => {
  it("a new scenario is v1; the same items keep the version; any change moves it by one", () => {
    const v1 = planVersions([scenario([item("a-1", "One")])], []);
    expect(v1.catalogue[0]?.version).toBe(1);
    expect(v1.changes[0]?.from).toBeNull();
    const same = planVersions([scenario([item("a-1", "One ")])], v1.catalogue);
    expect(same.changes).toEqual([]);
    expect(same.catalogue[0]?.version).toBe(1);
    const v2 = planVersions([scenario([item("a-1", "One, reworded"), item("a-2", "Two")])], v1.catalogue);
    expect(v2.catalogue[0]?.version).toBe(2);
    expect(v2.changes[0]?.from).toBe(1);
  });

  it("a scenario gone from the sheet stays known as retired", () => {
    const v1 = planVersions([scenario([item("a-1", "One")])], []);
    const after = planVersions([], v1.catalogue);
    expect(after.catalogue.map((s) => [s.id, s.version, s.active])).toEqual([["a", 1, false]]);
  });

  it("an edited built-in scenario is v2 of the built-in one", () => {
    const std = BUILT_IN_CATALOGUE[0] as TemplateScenario;
    const edited = { ...std, items: std.items.slice(1) };
    const r = planVersions([edited], BUILT_IN_CATALOGUE);
    expect(r.catalogue[0]?.version).toBe(2);
    expect(r.changes[0] && diffSummary(r.changes[0].diff ?? diffItems([], []))).toBe("1 item removed");
  });

  it("says what changed in words", () => {
    const d = diffItems(
      [item("1", "One"), item("2", "Two"), item("3", "Three")],
      [item("1", "One!"), item("3", "Three", false), item("4", "Four"), item("5", "Five")],
    );
    expect(diffSummary(d)).toBe("2 items added, 1 reworded, 1 removed, 1 required changed");
    expect(diffSummary(diffItems([item("1", "One")], [item("1", "Uno")]))).toBe("1 item reworded");
  });

  it("stores every version and reads the last valid catalogue back, long ones in pieces", () => {
    const long = Array.from({ length: 60 }, (_, i) => item(`a-${i}`, `Step ${i} ${"x".repeat(100)}`));
    const r = planVersions([scenario(long)], []);
    const props = storeEntries(
      r.catalogue,
      r.changes.map((c) => c.scenario),
    );
    expect(Object.values(props).every((v) => v.length <= 2500)).toBe(true);
    expect(storedCatalogue(props)[0]?.items).toEqual(long);
    expect(storedItems(props, "a", 1)).toEqual(long);
    expect(storedItems({}, "standard-new-client", 1)?.length).toBe(10);
    expect(storedCatalogue({})).toBe(BUILT_IN_CATALOGUE);
  });

  it("gives blank Item IDs the scenario's next number, unique across the sheet", () => {
    const { scenarios, newIds } = assignItemIds([
      {
        ...scenario([]),
        row: 4,
        items: [
          { ...item("std-09", "x"), row: 10 },
          { ...item("", "new"), row: 11 },
          { ...item("", "newer"), row: 12 },
        ],
      },
      { ...scenario([]), id: "fresh", row: 5, items: [{ ...item("", "first"), row: 13 }] },
    ]);
    expect(newIds).toEqual([
      { row: 11, id: "std-10" },
      { row: 12, id: "std-11" },
      { row: 13, id: "fresh-01" },
    ]);
    expect(scenarios[0]?.items.map((i) => i.id)).toEqual(["std-09", "std-10", "std-11"]);
  });

  it("builds the checklist: the scenario it builds on first, the high-risk path for exceptions, the review last", () => {
    const c = checklistFromCatalogue(BUILT_IN_CATALOGUE, "custom-high-risk", { hasExceptions: true });
    if (typeof c === "string") throw new Error(c);
    expect(c.templateRef).toBe("standard-new-client@1+custom-high-risk@1+double-check@1");
    expect(c.items.length).toBe(16);
    expect(c.review.length).toBe(8);
    const ops = checklistFromCatalogue(BUILT_IN_CATALOGUE, "ops-to-delivery", { hasExceptions: true });
    if (typeof ops === "string") throw new Error(ops);
    expect(ops.templateRef).toBe("ops-to-delivery@1+custom-high-risk@1+double-check@1");
    expect(checklistFromCatalogue(BUILT_IN_CATALOGUE, "double-check", { hasExceptions: false })).toMatch(
      /is not a scenario on the checklist templates/,
    );
  });
});
