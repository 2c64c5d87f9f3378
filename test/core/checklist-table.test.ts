import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { CHECKLIST_COLUMNS } from "../../src/core/checklist/columns";
import { readChecklistTable } from "../../src/core/checklist/table-reader";
import { doneLine, table } from "./support/checklist-fixture";

describe("readChecklistTable", () => {
  it("reads each column into a typed row, keeping the original text", () => {
    const due = { year: 2026, month: 12, day: 1 };
    const { rows, columns } = readChecklistTable(
      table([
        {
          Section: " Documents ",
          Item: "Attach the final source documents",
          Kind: "Attachment",
          Required: "yes",
          Status: " done ",
          Owner: " Dana Lee ",
          Due: due,
          Evidence: "https://drive/x",
          "Approved by": "Sam Roe",
          Notes: "signed",
        },
      ]),
    );
    expect(columns).toEqual(Object.fromEntries(CHECKLIST_COLUMNS.map((c, i) => [c, i])));
    expect(rows).toEqual([
      {
        index: 1,
        section: "Documents",
        item: "Attach the final source documents",
        kind: "attachment",
        required: true,
        status: "Done",
        statusText: "done",
        owner: "Dana Lee",
        due,
        dueText: "2026-12-01",
        evidence: "https://drive/x",
        approvedBy: "Sam Roe",
        notes: "signed",
      },
    ]);
  });

  it("finds columns by name in any order and case, with spaces or none, ignoring extra columns", () => {
    const values = [
      ["notes", "Extra", "  STATUS ", "ApprovedBy", "item", "OWNER", "due"],
      ["why", "ignored", "Blocked", "Sam", "Check", "Dana", "2026-07-01"],
    ];
    const { rows, columns } = readChecklistTable(values);
    expect(columns).toEqual({ Notes: 0, Status: 2, "Approved by": 3, Item: 4, Owner: 5, Due: 6 });
    expect(rows[0]).toMatchObject({
      item: "Check",
      status: "Blocked",
      owner: "Dana",
      approvedBy: "Sam",
      notes: "why",
      kind: null,
      required: true,
    });
  });

  it("skips entirely blank rows but keeps indices pointing at the original rows", () => {
    const values = table([
      doneLine({ Item: "a" }),
      {},
      { Item: "  ", Required: false, Notes: "" },
      doneLine({ Item: "b" }),
    ]);
    values.push(["", "", "", false, "", "", "", "", "", "", "an extra column"]);
    const { rows } = readChecklistTable(values);
    expect(rows.map((r) => [r.index, r.item])).toEqual([
      [1, "a"],
      [4, "b"],
    ]);
  });

  it("keeps a row that has only a Status or a ticked Required", () => {
    const { rows } = readChecklistTable(table([{ Status: "Done" }, { Required: true }]));
    expect(rows.map((r) => [r.index, r.status, r.statusText])).toEqual([
      [1, "Done", "Done"],
      [2, null, ""],
    ]);
  });

  it("reads Required leniently, blank or unclear meaning required", () => {
    const cases: [unknown, boolean][] = [
      [true, true],
      [false, false],
      ["TRUE", true],
      ["false", false],
      ["Yes", true],
      ["no", false],
      ["Y", true],
      ["n", false],
      ["required", true],
      [" Optional ", false],
      [1, true],
      [0, false],
      ["", true],
      [null, true],
      ["maybe", true],
    ];
    const { rows } = readChecklistTable(
      table(cases.map(([Required]) => ({ Item: "x", Status: "Done", Required }))),
    );
    expect(rows.map((r) => r.required)).toEqual(cases.map(([, want]) => want));
  });

  it("reads Kind leniently and leaves an unknown or absent kind null", () => {
    const kinds = [
      "Task",
      "ATTACHMENTS",
      "approval",
      "Acknowledgment",
      "acknowledgement",
      " Review ",
      "memo",
      "",
    ];
    const { rows } = readChecklistTable(table(kinds.map((Kind) => ({ Item: "x", Status: "Done", Kind }))));
    expect(rows.map((r) => r.kind)).toEqual([
      "task",
      "attachment",
      "approval",
      "acknowledgement",
      "acknowledgement",
      "review",
      null,
      null,
    ]);
  });

  it("keeps an unreadable status as text with a null status", () => {
    const { rows } = readChecklistTable(
      table([
        { Item: "x", Status: "need clarification" },
        { Item: "y", Status: 3 },
      ]),
    );
    expect(rows.map((r) => [r.status, r.statusText])).toEqual([
      [null, "need clarification"],
      [null, "3"],
    ]);
  });

  it("parses due dates, including calendar dates from another realm, and keeps what was typed", () => {
    const foreign = runInNewContext("({ year: 2026, month: 7, day: 1 })") as { year: number };
    const { rows } = readChecklistTable(
      table([
        { Item: "a", Due: foreign },
        { Item: "b", Due: "next week" },
        { Item: "c", Due: "12/1/2026" },
        { Item: "d" },
      ]),
    );
    expect(rows[0]?.due).toBe(foreign);
    expect(rows[0]?.dueText).toBe("2026-07-01");
    expect(rows[1]).toMatchObject({ due: "invalid", dueText: "next week" });
    expect(rows[2]?.dueText).toBe("12/1/2026");
    expect(rows[2]?.due).toEqual({ year: 2026, month: 12, day: 1 });
    expect(rows[3]?.due).toBeNull();
  });

  it("throws naming what is missing when there is no Status column", () => {
    expect(() =>
      readChecklistTable([
        ["Item", "Owner"],
        ["x", "Dana"],
      ]),
    ).toThrow(/no "Status" column.*found "Item", "Owner"/);
    expect(() => readChecklistTable([["", ""]])).toThrow(/no "Status" column.*first row is empty/);
  });

  it("throws when the input is not rows of cells", () => {
    for (const bad of [[], "Status", 3, null, ["Status"], [["Status"], "x"]]) {
      expect(() => readChecklistTable(bad as unknown as unknown[][])).toThrow(
        /range of rows with a header row/,
      );
    }
  });
});
