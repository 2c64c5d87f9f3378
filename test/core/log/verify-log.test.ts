import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EMPTY_HEAD, type Mac, parseHead, planAppend } from "../../../src/core/log/log-chain";
import { type LogCells, logCells, WHO_NOT_SHARED } from "../../../src/core/log/log-entry";
import { type ReadLogRow, verifyLog } from "../../../src/core/log/verify-log";

const mac: Mac = (text) => createHmac("sha256", "secret-key").update(text).digest("base64");
const forger: Mac = (text) => createHmac("sha256", "guessed-key").update(text).digest("base64");

const cells = (i: number): LogCells => [
  `2026-12-0${(i % 9) + 1}T10:00:00-05:00`,
  "dana@acme.com",
  "HO-0001",
  "save",
  `Row ${10 + i}: Status: "Not started" → "Done"`,
];

/** A log of n entries as a sheet holds it: header in row 1, entries from row 2. */
function written(n: number) {
  const plan = planAppend(
    EMPTY_HEAD,
    Array.from({ length: n }, (_, i) => cells(i)),
    mac,
  );
  const rows: ReadLogRow[] = plan.values.map((c, i) => ({ row: i + 2, cells: c }));
  return { rows, head: plan.head };
}
const renumber = (rows: ReadLogRow[]) => rows.map((r, i) => ({ row: i + 2, cells: r.cells }));

describe("handoff log chain", () => {
  it("reports an untouched log as intact with its number of entries", () => {
    const { rows, head } = written(5);
    expect(verifyLog(rows, head, mac)).toMatchObject({ intact: true, entries: 5 });
    expect(verifyLog(rows, head, mac).message).toBe("The handoff log is intact, 5 entries.");
    expect(verifyLog([], EMPTY_HEAD, mac).message).toBe("The handoff log is intact, 0 entries.");
  });

  it("continues a chain across writes: two appends verify like one", () => {
    const first = planAppend(EMPTY_HEAD, [cells(0), cells(1)], mac);
    const second = planAppend(first.head, [cells(2)], mac);
    const rows = [...first.values, ...second.values].map((c, i) => ({ row: i + 2, cells: c }));
    expect(second.head.count).toBe(3);
    expect(verifyLog(rows, second.head, mac)).toMatchObject({ intact: true, entries: 3 });
  });

  it("names an edited cell's row", () => {
    const { rows, head } = written(5);
    const edited = rows.map((r) =>
      r.row === 4 ? { ...r, cells: r.cells.map((c, i) => (i === 1 ? "eve@acme.com" : c)) } : r,
    );
    expect(verifyLog(edited, head, mac)).toMatchObject({ intact: false, problem: "edited", row: 4 });
  });

  it("names a deleted row, in the middle and at the end", () => {
    const { rows, head } = written(5);
    const middle = renumber(rows.filter((r) => r.row !== 4));
    const v = verifyLog(middle, head, mac);
    expect(v).toMatchObject({ intact: false, problem: "deleted", row: 4 });
    expect(v.message).toBe("Rows were deleted: entry 3 was deleted just above row 4.");
    const end = rows.slice(0, 3);
    expect(verifyLog(end, head, mac)).toMatchObject({ intact: false, problem: "deleted", row: null });
    expect(verifyLog([], head, mac)).toMatchObject({ intact: false, problem: "deleted" });
  });

  it("names two swapped rows as reordered", () => {
    const { rows, head } = written(5);
    const swapped = renumber([rows[0], rows[2], rows[1], rows[3], rows[4]] as ReadLogRow[]);
    const v = verifyLog(swapped, head, mac);
    expect(v).toMatchObject({ intact: false, problem: "reordered", row: 3 });
    expect(v.message).toContain("entry 3");
  });

  it("names a row appended by hand as forged, signed with a guessed key or copied", () => {
    const { rows, head } = written(3);
    const forgedCells = [...cells(9)];
    const plan = planAppend(head, [forgedCells as unknown as LogCells], forger);
    const forged = [...rows, { row: 5, cells: plan.values[0] as string[] }];
    expect(verifyLog(forged, head, mac)).toMatchObject({ intact: false, problem: "forged", row: 5 });
    const copied = [...rows, { row: 5, cells: rows[2]?.cells as string[] }];
    expect(verifyLog(copied, head, mac)).toMatchObject({ intact: false, problem: "reordered", row: 5 });
  });

  it("skips blank rows a person left between entries", () => {
    const { rows, head } = written(2);
    const spaced = [
      rows[0],
      { row: 3, cells: ["", "", "", "", "", ""] },
      { ...rows[1], row: 4 },
    ] as ReadLogRow[];
    expect(verifyLog(spaced, head, mac)).toMatchObject({ intact: true, entries: 2 });
  });

  it("records who as the email, or says Google did not share it", () => {
    const entry = { handoff: "HO-0001", action: "decision", details: "Go" } as const;
    expect(logCells(entry, "t", "ann@acme.com")[1]).toBe("ann@acme.com");
    expect(logCells(entry, "t", "")[1]).toBe(WHO_NOT_SHARED);
    expect(parseHead("not json")).toEqual(EMPTY_HEAD);
  });
});
