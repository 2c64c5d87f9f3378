import { describe, expect, it } from "vitest";
import { formatHandoffId, nextHandoffNumber, parseHandoffId } from "../../src/core/register/handoff-id";
import { planRegisterRefresh } from "../../src/core/register/refresh-plan";
import { REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { readRegister } from "../../src/core/register/register-reader";
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
    const row = registerRowValues({
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
    });
    expect(row).toHaveLength(REGISTER_COLUMNS.length);
    expect(row[1]).toBe("'+1 555 0100");
    expect(row[9]).toBe("=INDEX(HandoffGate_HO_0004,1,6)");
    expect(row[REGISTER_COLUMNS.indexOf("Gate when decided")]).toBe("=INDEX(HandoffGate_HO_0004,2,7)");
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
    const plan = planRegisterRefresh([
      header,
      line("HO-0001", "GO"),
      line("HO-0002", "#REF!"),
      Array(REGISTER_COLUMNS.length).fill(""),
      line("HO-0003", "NOT YET"),
    ]);
    expect(plan.firstColumn).toBe(10);
    expect(plan.block).toHaveLength(4);
    expect(plan.block[0]).toEqual(mirrorFormulas("HO-0001"));
    expect(plan.block[2]).toEqual(["", "", "", "", "", "", ""]);
    expect(plan.counts).toEqual({ go: 1, notYet: 1, missingTab: ["HO-0002"], unreadGate: [], total: 3 });
    expect(plan.summary).toContain("1 tab was deleted (HO-0002); their rows are kept.");
  });

  it("a gate showing #NAME? (add-on not enabled in the document) is unread, not a deleted tab", () => {
    const line: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
    line[0] = "HO-0004";
    line[9] = "#NAME?";
    const plan = planRegisterRefresh([[...REGISTER_COLUMNS], line]);
    expect(plan.counts).toEqual({ go: 0, notYet: 0, missingTab: [], unreadGate: ["HO-0004"], total: 1 });
    expect(plan.summary).not.toContain("deleted");
    expect(plan.summary).toContain("1 gate could not be read (HO-0004)");
  });

  it("refresh puts back a lost header row", () => {
    const line: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
    line[0] = "HO-0001";
    const plan = planRegisterRefresh([line]);
    expect(plan.headerMissing).toBe(true);
    expect(plan.block).toEqual([mirrorFormulas("HO-0001")]);
  });
});
