import { describe, expect, it } from "vitest";
import type { SaveItemRequest } from "../../src/core/api/requests";
import { valuesAfter } from "../../src/core/sheet/cell-block";
import { planSaveStep } from "../../src/core/tab/step-plan";
import { COLUMNS_IN_ORDER } from "../core/support/checklist-fixture";

const request: SaveItemRequest = {
  handoffId: "HO-0001",
  row: 10,
  itemText: " Signed contract attached ",
  status: "  done ",
  owner: '=HYPERLINK("x")',
  due: "2026-12-01",
  evidence: "https://example.com/c.pdf",
  approvedBy: "",
  notes: "+1 555",
};
const items = [
  { row: 9, text: "Kickoff booked" },
  { row: 10, text: "Signed contract attached" },
];
// Section, Item, Kind, Required, Status, Owner, Due, Evidence, Approved by, Notes in A..J
const inOrder = COLUMNS_IN_ORDER;

describe("planSaveStep", () => {
  it("writes Status…Notes of the item's row in one block, status canonical and typed text literal", () => {
    const block = planSaveStep(request, items, inOrder);
    expect(block.row).toBe(10);
    expect(block.column).toBe(5);
    const [line] = block.values;
    expect(line?.[0]).toBe("Done");
    expect(line?.[1]).toBe('\'=HYPERLINK("x")');
    expect(line?.[2]).toEqual({ year: 2026, month: 12, day: 1 });
    expect(line?.slice(3)).toEqual(["'https://example.com/c.pdf", "", "'+1 555"]);
  });

  it("keeps Due text the date picker could not show when the field comes back empty; clears a date", () => {
    const shownAs = (due: string) => [{ row: 10, text: "Signed contract attached", due }];
    const noDue = { ...request, due: "" };
    expect(planSaveStep(noDue, shownAs("after go-live"), inOrder).values[0]?.[2]).toBe("'after go-live");
    expect(planSaveStep(noDue, shownAs("2026-12-05"), inOrder).values[0]?.[2]).toBe("");
    expect(planSaveStep(noDue, shownAs(""), inOrder).values[0]?.[2]).toBe("");
    expect(planSaveStep(request, shownAs("tbd"), inOrder).values[0]?.[2]).toEqual({
      year: 2026,
      month: 12,
      day: 1,
    });
  });

  it("follows the six columns wherever they were moved, as long as they stay side by side", () => {
    const moved = {
      ...inOrder,
      Notes: 2,
      "Approved by": 3,
      Evidence: 4,
      Due: 5,
      Owner: 6,
      Status: 7,
      Kind: 8,
    };
    const block = planSaveStep({ ...request, status: "Blocked" }, items, moved);
    expect(block.column).toBe(3);
    expect(block.values[0]?.[0]).toBe("'+1 555");
    expect(block.values[0]?.[5]).toBe("Blocked");
  });

  it("refuses a row that moved or changed since the sidebar read it", () => {
    expect(() => planSaveStep({ ...request, row: 11 }, items, inOrder)).toThrow(/Press Refresh/);
    expect(() => planSaveStep({ ...request, itemText: "Something else" }, items, inOrder)).toThrow(
      /changed since the sidebar loaded it/,
    );
  });

  it("writes a column people inserted among the edited ones back as it was, and names a column that is gone", () => {
    const current = ["", "", "", "", "Not started", "", "", "", "", "", "", "my own remark", ""];
    const block = planSaveStep(request, items, { ...inOrder, Notes: 12 }, current);
    expect(block.values[0]?.slice(-3)).toEqual(["", "'my own remark", "'+1 555"]);
    const { Due: _gone, ...withoutDue } = inOrder;
    expect(() => planSaveStep(request, items, withoutDue)).toThrow(
      'The checklist has no "Due" column: put the header back on the table\'s header row, then save again.',
    );
  });

  it("names the rows that are items when asked for one that is not", () => {
    expect(() => planSaveStep({ ...request, row: 400 }, items, inOrder)).toThrow(
      "Row 400 is not an item of this checklist (its items are on rows 9–10). Press Refresh in the sidebar and save again.",
    );
  });

  it("gives the values Sheets then holds, apostrophes dropped, without reading again", () => {
    const values = [
      ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"],
      ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"],
    ];
    const after = valuesAfter(values, { row: 2, column: 5, values: [["Done", "'Ana", "'+1"]] });
    expect(after[1]).toEqual(["a", "b", "c", "d", "Done", "Ana", "+1", "h", "i", "j"]);
    expect(values[1]?.[4]).toBe("e");
  });
});
