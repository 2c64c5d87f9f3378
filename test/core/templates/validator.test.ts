import { describe, expect, it } from "vitest";
import { BUILT_IN_CATALOGUE } from "../../../src/core/templates/built-in";
import { planTemplates } from "../../../src/core/templates/templates-plan";
import { readTemplatesGrid } from "../../../src/core/templates/templates-reader";
import { planTemplatesSheet } from "../../../src/core/templates/templates-sheet-plan";
import { validateTemplates } from "../../../src/core/templates/templates-validator";

const S = ["Scenario ID", "Name", "When to use it", "Role", "Active", "Builds on"];
const I = ["Scenario ID", "Item ID", "Section", "Item", "Kind", "Required", "Due (days before kickoff)"];

/** A small valid sheet: one scenario, the high-risk path and the review. */
function sheet(): unknown[][] {
  return [
    ["Checklist templates", "help"],
    [],
    ["Scenarios"],
    [...S],
    ["new-client", "New client", "Closed-won", "scenario", true, ""],
    ["risk", "High risk", "Exceptions", "custom/high-risk path", true, "new-client"],
    ["review", "Double-check", "Always", "double-check review", true, ""],
    [],
    ["Items"],
    [...I],
    ["new-client", "nc-01", "Commercial", "Confirm the contract.", "task", true, ""],
    ["new-client", "nc-02", "Commercial", "Attach the SOW.", "attachment", false, 3],
    ["risk", "rk-01", "Custom / high-risk", "Document every exception.", "attachment", true, ""],
    ["review", "rv-01", "Double-check before go", "Scope matches.", "review", true, 1],
  ];
}

function problems(values: unknown[][]) {
  const r = validateTemplates(readTemplatesGrid(values));
  return r.ok ? [] : r.problems.map((p) => `${p.row} ${p.field}: ${p.message}`);
}

describe("templates validator", () => {
  it("reads a valid sheet: roles, builds-on, defaults for blank cells", () => {
    const r = validateTemplates(readTemplatesGrid(sheet()));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.scenarios.map((s) => [s.id, s.role, s.active, s.buildsOn])).toEqual([
      ["new-client", "scenario", true, ""],
      ["risk", "high-risk", true, "new-client"],
      ["review", "review", true, ""],
    ]);
    expect(r.scenarios[0]?.items.map((i) => [i.id, i.kind, i.required, i.dueDays, i.row])).toEqual([
      ["nc-01", "task", true, null, 11],
      ["nc-02", "attachment", false, 3, 12],
    ]);
  });

  it("finds blocks whose columns were reordered and rows that moved, and skips blank rows and notes", () => {
    const values = sheet();
    // Swap Item and Section in the items block, add a blank row and a note far right.
    for (const line of values.slice(9)) [line[2], line[3]] = [line[3], line[2]];
    values.splice(11, 0, [], ["", "", "", "", "", "", "", "", "a note"]);
    expect(problems(values)).toEqual([]);
  });

  it("names the row, the field and the fix for each problem", () => {
    const values = sheet();
    (values[10] as unknown[])[3] = "";
    (values[11] as unknown[])[4] = "checklist";
    (values[11] as unknown[])[1] = "nc-01";
    (values[11] as unknown[])[6] = "two";
    values.push(["nowhere", "", "X", "Orphan item.", "task", true, ""]);
    expect(problems(values)).toEqual([
      "11 Item: Item is empty: write what has to be done, or delete the row.",
      '12 Kind: Kind "checklist" is not one of: task, attachment, approval, acknowledgement, review.',
      '12 Due (days before kickoff): Due "two" is not a whole number of days from 0 to 365: enter one, or clear it for the default.',
      '12 Item ID: Item ID "nc-01" is also on row 11: clear this cell and the add-on gives the row a new ID.',
      '15 Scenario ID: No scenario has the ID "nowhere": use an ID from the scenarios block, or add the scenario there.',
    ]);
  });

  it("a scenario without a required item, two high-risk paths, no review", () => {
    const values = sheet();
    (values[10] as unknown[])[5] = false;
    (values[6] as unknown[])[3] = "custom/high-risk path";
    expect(problems(values)).toEqual([
      '4 Role: No active double-check review (every handoff ends with it): set Role to "double-check review" on one scenario.',
      '5 Required: Scenario "new-client" has no required item: tick Required on at least one of its items.',
      '7 Role: More than one custom/high-risk path (exceptions require it) (rows 6, 7): keep Role "custom/high-risk path" on one of them.',
      '14 Section: Items of the custom/high-risk path keep the section "Custom / high-risk" (the gate recognises them by it): set Section to "Custom / high-risk".',
    ]);
  });

  it("a retired scenario (Active unticked) is not checked for required items and is not offered", () => {
    const values = sheet();
    values.splice(7, 0, ["old", "Old line", "", "scenario", false, ""]);
    expect(problems(values)).toEqual([]);
  });

  it("the built-in sheet reads back as the built-in catalogue at version 1, with no change to record", () => {
    const plan = planTemplatesSheet(BUILT_IN_CATALOGUE, []);
    const stored = plan.values.map((line) =>
      line.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v)),
    );
    const read = planTemplates(stored, BUILT_IN_CATALOGUE);
    expect(read.problems).toEqual([]);
    expect(read.changes).toEqual([]);
    expect(read.newIds).toEqual([]);
    expect(read.catalogue.map((s) => `${s.id}@${s.version}`)).toEqual([
      "standard-new-client@1",
      "custom-high-risk@1",
      "ops-to-delivery@1",
      "expansion-change@1",
      "owner-transfer@1",
      "double-check@1",
    ]);
  });

  it("a deleted Item ID or Role column is named, not taken for a missing block", () => {
    const values = sheet();
    for (const line of values.slice(9)) line.splice(1, 1);
    expect(problems(values)).toEqual([
      '10 Item ID: This header row has no "Item ID" column (renamed or deleted): head a column "Item ID" again.',
    ]);
    const noRole = sheet();
    for (const line of noRole.slice(3, 7)) line.splice(3, 1);
    expect(problems(noRole)).toEqual([
      '4 Role: This header row has no "Role" column (renamed or deleted): head a column "Role" again.',
    ]);
  });
});
