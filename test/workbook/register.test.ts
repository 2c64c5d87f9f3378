import { describe, expect, it } from "vitest";
import { formatHandoffId, nextHandoffNumber, parseHandoffId } from "../../src/core/register/handoff-id";
import { planRegisterRefresh } from "../../src/core/register/refresh-plan";
import { REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { readRegister, registerColumnsProblem } from "../../src/core/register/register-reader";
import { mirrorFormulas, registerRowValues } from "../../src/core/register/register-row";
import { handoffTabName } from "../../src/core/tab/tab-name";

describe("handoff IDs", () => {
  it("are HO- and four digits, growing past 9999", () => {
    expect(formatHandoffId(7)).toBe("HO-0007");
    expect(formatHandoffId(12345)).toBe("HO-12345");
    expect(parseHandoffId(" ho-0042 ")).toBe(42);
    expect(parseHandoffId("HO-")).toBeNull();
  });

  it("are never reused: the stored counter wins over a register whose last rows were deleted", () => {
    expect(nextHandoffNumber("9", ["ID", "HO-0001", "HO-0002"])).toBe(10);
  });

  it("continue past the register when the counter is lost", () => {
    expect(nextHandoffNumber(null, ["ID", "HO-0003", "", "HO-0011", "junk"])).toBe(12);
  });
});

describe("tab names", () => {
  it("drop characters that break references and stay short and unique", () => {
    expect(handoffTabName("HO-0001", "Acme [EU]: 'R&D'/Ops?", [])).toBe("HO-0001 Acme EU R&D Ops");
    const long = handoffTabName("HO-0002", "A".repeat(80), []);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long.endsWith("…")).toBe(true);
    expect(handoffTabName("HO-0003", "Acme", ["ho-0003 acme"])).toBe("HO-0003 Acme (2)");
  });
});

describe("the register", () => {
  it("keeps people's text literal and links each row to its tab through a named range", () => {
    const columns = Object.fromEntries(REGISTER_COLUMNS.map((c, i) => [c, i]));
    const row = registerRowValues(
      {
        id: "HO-0004",
        client: "+1 555 0100",
        scenarioName: "Standard new client",
        templateRef: "standard-new-client@1+double-check@1",
        exceptions: "",
        handoffOwner: "Dana",
        receivingOwner: "Sam",
        created: { year: 2026, month: 1, day: 5 },
        targetKickoff: null,
        sheetId: 42,
      },
      columns,
      REGISTER_COLUMNS.length,
    );
    expect(row).toHaveLength(REGISTER_COLUMNS.length);
    expect(row[1]).toBe("'+1 555 0100");
    expect(row[9]).toBe("=HandoffGate_HO_0004_gate");
    expect(row[REGISTER_COLUMNS.indexOf("Gate when decided")]).toBe("=HandoffGate_HO_0004_gateWhenDecided");
    expect(row[REGISTER_COLUMNS.indexOf("Tab")]).toBe('=HYPERLINK("#gid=42","Open HO-0004")');
  });

  it("says how to fix a register whose header row was deleted", () => {
    expect(() => readRegister([["HO-0001", "Acme"]])).toThrow(
      /no "ID" header in row 1\. Put the header row back/,
    );
  });

  it("refresh restores live formulas, keeps rows of deleted tabs and reports them", () => {
    const header = [...REGISTER_COLUMNS];
    const line = (id: string, gate: string) => {
      const r: unknown[] = Array(header.length).fill("");
      r[0] = id;
      r[9] = gate;
      return r;
    };
    const values = [
      header,
      line("HO-0001", "GO"),
      line("HO-0002", "#REF!"),
      Array(REGISTER_COLUMNS.length).fill(""),
      line("HO-0003", "NOT YET"),
    ];
    const formulas: unknown[][] = values.map((v, r) =>
      v.map((_, c) =>
        r > 0 && c === 9 && v[0] ? `=HandoffGate_${String(v[0]).replace("-", "_")}_gate` : "",
      ),
    );
    const plan = planRegisterRefresh(values, formulas, 3);
    expect(plan.writes.map((w) => w.column)).toEqual([10]);
    expect(plan.writes[0]?.values.map((line) => line[0])).toEqual([
      "=HandoffGate_HO_0001_gate",
      "=HandoffGate_HO_0002_gate",
      "",
      "=HandoffGate_HO_0003_gate",
    ]);
    expect(plan.writes[0]?.values[0]?.slice(0, 7)).toEqual(mirrorFormulas("HO-0001"));
    // The overdue and next-due columns sit beside them: one block, one write.
    expect(plan.writes[0]?.values[0]?.slice(7)).toEqual([
      '=IFERROR(COUNTIFS(HandoffGate_HO_0001_status,"<>Done",HandoffGate_HO_0001_status,"<>N/A",HandoffGate_HO_0001_due,"<"&TODAY()),"")',
      '=IFERROR(IF(COUNTIFS(HandoffGate_HO_0001_status,"<>Done",HandoffGate_HO_0001_status,"<>N/A",HandoffGate_HO_0001_due,">="&TODAY()),MINIFS(HandoffGate_HO_0001_due,HandoffGate_HO_0001_status,"<>Done",HandoffGate_HO_0001_status,"<>N/A",HandoffGate_HO_0001_due,">="&TODAY()),""),"")',
    ]);
    expect(plan.writes[0]?.values[2]).toEqual(["", "", "", "", "", "", "", "", ""]);
    expect(plan.counts).toEqual({ go: 1, notYet: 1, missingTab: ["HO-0002"], unreadGate: [], total: 3 });
    expect(plan.summary).toContain("1 tab was deleted (HO-0002); their rows are kept.");
  });

  it("a gate showing #NAME? (add-on not enabled in the document) is unread, not a deleted tab", () => {
    const line: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
    line[0] = "HO-0004";
    line[9] = "#NAME?";
    const formula: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
    formula[9] = "=HandoffGate_HO_0004_gate";
    const plan = planRegisterRefresh([[...REGISTER_COLUMNS], line], [[], formula]);
    expect(plan.counts).toEqual({ go: 0, notYet: 0, missingTab: [], unreadGate: ["HO-0004"], total: 1 });
    expect(plan.summary).not.toContain("deleted");
    expect(plan.summary).toContain("1 gate could not be read (HO-0004)");
  });

  it("refresh puts back a lost header row", () => {
    const line: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
    line[0] = "HO-0001";
    const plan = planRegisterRefresh([line]);
    expect(plan.headerMissing).toBe(true);
    expect(plan.writes.map((w) => w.values[0]?.slice(0, 7))).toEqual([mirrorFormulas("HO-0001")]);
    expect(plan.writes[0]?.values[0]).toHaveLength(9);
  });
});

describe("the register as people leave it", () => {
  const header = [...REGISTER_COLUMNS];
  const at = (c: (typeof REGISTER_COLUMNS)[number]) => REGISTER_COLUMNS.indexOf(c);

  it("writes live formulas only on rows with IDs it issued, once per ID, and keeps every other cell as typed", () => {
    const row = (id: string, gate: unknown) => {
      const r: unknown[] = Array(header.length).fill("");
      r[0] = id;
      r[at("Gate")] = gate;
      return r;
    };
    const values = [header, row("HO-0001", "GO"), row("Totals", 3), row("HO-0001", "GO"), row("HO-0042", "")];
    const formulas: unknown[][] = values.map((v, r) =>
      v.map((_, c) => (c === at("Gate") && r === 1 ? "=HandoffGate_HO_0001_gate" : "")),
    );
    formulas[2] = formulas[2]?.map((f, c) => (c === at("Gate") ? "=SUM(J2:J4)" : f)) ?? [];
    const plan = planRegisterRefresh(values, formulas, 2);
    const gate = plan.writes.find((w) => w.column === at("Gate") + 1);
    expect(gate?.values.map((line) => line[0])).toEqual([
      "=HandoffGate_HO_0001_gate",
      "=SUM(J2:J4)",
      "'GO",
      "",
    ]);
    expect(plan.counts.total).toBe(1);
    expect(plan.summary).toContain(
      "Duplicate IDs: HO-0001 (rows 2, 4): only the first row of each stays live",
    );
  });

  it("reports text typed over a live cell with its cell, and names a missing column", () => {
    const columns = header.filter((c) => c !== "Gate detail");
    const line: unknown[] = Array(columns.length).fill("");
    line[0] = "HO-0001";
    line[columns.indexOf("Decision")] = "Go (Dana said so)";
    const plan = planRegisterRefresh([columns, line], [], 1);
    expect(plan.typedOver).toEqual([
      { row: 2, column: columns.indexOf("Decision") + 1, typed: "Go (Dana said so)" },
    ]);
    expect(plan.summary).toContain(
      'Text typed over live cells was replaced and kept in each cell\'s note: K2 "Go (Dana said so)".',
    );
    expect(plan.summary).toContain('has no "Gate detail" column (renamed or deleted)');
    expect(plan.writes.map((w) => [w.column, w.values[0]?.length])).toEqual([[10, 8]]);
  });
});

describe("a register made before the overdue and next-due columns", () => {
  const old = REGISTER_COLUMNS.filter((c) => c !== "Overdue items" && c !== "Next due");

  it("still takes new handoffs and refreshes, without asking for the new columns", () => {
    expect(typeof registerColumnsProblem(old, "Handoffs")).toBe("object");
    const line: unknown[] = Array(old.length).fill("");
    line[0] = "HO-0001";
    const plan = planRegisterRefresh([old, line], [], 1);
    expect(plan.summary).not.toContain("Overdue items");
    expect(plan.writes.map((w) => [w.column, w.values[0]?.length])).toEqual([[10, 7]]);
  });

  it('fills a column a person heads "Overdue items" on refresh', () => {
    const header = [...old, "Overdue items"];
    const line: unknown[] = Array(header.length).fill("");
    line[0] = "HO-0001";
    const plan = planRegisterRefresh([header, line], [], 1);
    const write = plan.writes.find((w) => w.column === header.length);
    expect(String(write?.values[0]?.[0])).toMatch(/^=IFERROR\(COUNTIFS\(HandoffGate_HO_0001_status,/);
  });
});
