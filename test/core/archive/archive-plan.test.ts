// The archive's pure plans: the rows a tab becomes, the tab they rebuild, the register's links and
// which handoffs an archive takes.
import { describe, expect, it } from "vitest";
import { ARCHIVE_COLUMNS } from "../../../src/core/archive/archive-columns";
import {
  archiveLinkFormula,
  parseArchiveLink,
  spanAfterRemoval,
} from "../../../src/core/archive/archive-link";
import { archiveLayout, readArchivedHandoff, spanOf } from "../../../src/core/archive/archive-reader";
import { archiveRowsOf } from "../../../src/core/archive/archive-rows";
import { archiveCandidates, chooseForArchive } from "../../../src/core/archive/archive-selection";
import { planArchiveLinks, planRestoreLinks } from "../../../src/core/archive/register-links";
import { planRestoredTab } from "../../../src/core/archive/restore-plan";
import { planRegisterRefresh } from "../../../src/core/register/refresh-plan";
import { MIRRORED_COLUMNS, REGISTER_COLUMNS } from "../../../src/core/register/register-columns";
import { mirrorFormulas } from "../../../src/core/register/register-row";
import { storedValue } from "../../../src/core/sheet/literal-text";
import { planChecklistTab } from "../../../src/core/tab/tab-plan";
import { builtInChecklist } from "../support/built-in-checklist";

const created = { year: 2026, month: 11, day: 24 };
const header = {
  id: "HO-0007",
  client: "Acme Corp",
  scenarioName: "Expansion, renewal or change order",
  handoffOwner: "Dana Lee",
  receivingOwner: "Sam Ortiz",
  exceptions: "",
  templateRef: "expansion-change@1+double-check@1",
  templateLabel: "Expansion, renewal or change order (v1) + Double-check before go (v1)",
  created,
  targetKickoff: null,
};

/** A new tab's cells as Sheets stores them (formulas as their text), with a person's typing on top. */
function typedTab() {
  const plan = planChecklistTab(header, builtInChecklist("expansion-change", { hasExceptions: false }));
  const values = plan.values.map((line) => line.map(storedValue));
  const first = values[plan.firstItemRow - 1] ?? [];
  first.splice(
    4,
    6,
    "Done",
    "  Dana Lee ",
    { year: 2026, month: 12, day: 1 },
    "=HYPERLINK(x)",
    "",
    "+1 call",
  );
  const decision = plan.decisionRow - 1;
  for (const [i, v] of ["Go", "@legal said so", "Priya Shah", "Sam Ortiz", created].entries()) {
    const line = values[decision + i];
    if (line) line[1] = v;
  }
  return { plan, values };
}

/** Archive rows as Sheets stores them once written (apostrophes gone). */
const stored = (rows: unknown[][]) => rows.map((r) => r.map(storedValue));
const layout = Object.fromEntries(ARCHIVE_COLUMNS.map((c, i) => [c, i])) as Record<
  (typeof ARCHIVE_COLUMNS)[number],
  number
>;

describe("archive rows", () => {
  it("hold the tab's name, header fields, every item and the decision block, text written literally", () => {
    const { plan, values } = typedTab();
    const rows = archiveRowsOf("HO-0007", "HO-0007 Acme", values);
    const items = plan.lastTableRow - plan.firstItemRow + 1;
    expect(rows.length).toBe(1 + 10 + items + 6);
    expect(rows[0]).toEqual([
      "'HO-0007",
      "'Tab",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "'HO-0007 Acme",
      "",
    ]);
    const item = rows[11] ?? [];
    expect(item.slice(1, 12)).toEqual([
      "'Item",
      "'Change",
      expect.stringMatching(/^'/),
      "'Task",
      true,
      "'Done",
      "'  Dana Lee ",
      { year: 2026, month: 12, day: 1 },
      "'=HYPERLINK(x)",
      "",
      "'+1 call",
    ]);
    const override = rows.find((r) => r[3] === "'Override reason") ?? [];
    expect([override[1], override[12]]).toEqual(["'Decision", "'@legal said so"]);
  });

  it("refuse a tab whose header names another handoff", () => {
    const { values } = typedTab();
    expect(() => archiveRowsOf("HO-0008", "HO-0007 Acme", values)).toThrow(
      'The tab "HO-0007 Acme" that HO-0008\'s named range points at says it is HO-0007: put HO-0008 back in its Handoff ID cell (or undo the change), then archive again.',
    );
  });

  it("rebuild the same tab: every cell of the restored plan equals the typed one", () => {
    const { values } = typedTab();
    const archived = readArchivedHandoff(
      stored(archiveRowsOf("HO-0007", "HO-0007 Acme", values)),
      layout,
      "HO-0007",
    );
    expect(archived.tabName).toBe("HO-0007 Acme");
    const restored = planRestoredTab(archived, header.templateRef).plan.values.map((line) =>
      line.map(storedValue),
    );
    expect(restored).toEqual(values);
  });

  it("keep cells typed aside by address, and the restore puts them back there or right of the block", () => {
    const { plan, values } = typedTab();
    const wide = values.map((line) => [...line, "", "", ""]);
    const beside = wide[4];
    if (beside) beside[12] = "=call Dana";
    const header = wide[2];
    if (header) header[2] = "note to self";
    // Between the table and the decision block: inside the rebuilt block, where nothing of the header is.
    const spacer = wide[plan.decisionRow - 2];
    if (spacer) spacer[2] = "ask legal";
    wide.push(["", "", "", "", "", "", "", "", "", "", "", "", "Budget 12k"]);
    const rows = archiveRowsOf("HO-0007", "HO-0007 Acme", wide);
    expect(rows.filter((r) => r[1] === "'Cell").map((r) => [r[3], r[12]])).toEqual([
      ["'C3", "'note to self"],
      ["'M5", "'=call Dana"],
      [`'C${plan.decisionRow - 1}`, "'ask legal"],
      [`'M${plan.rows + 1}`, "'Budget 12k"],
    ]);
    const aside = planRestoredTab(readArchivedHandoff(stored(rows), layout, "HO-0007"), "").aside;
    expect([aside?.rows, aside?.columns]).toEqual([plan.rows + 1, 13]);
    expect(aside?.values[4]?.[12]).toBe("'=call Dana");
    expect(aside?.values[plan.rows]?.[12]).toBe("'Budget 12k");
    // An empty header cell is free in the rebuilt tab: the note goes back where it was.
    expect(aside?.values[2]?.[2]).toBe("'note to self");
    // The spacer row belongs to the rebuilt block: its note goes right of it, in column L.
    expect(aside?.values[plan.decisionRow - 2]?.[2]).toBe("");
    expect(aside?.values[0]?.[11]).toBe("'ask legal");
  });

  it("keep the formulas a person typed beside what they computed, and restore them as formulas", () => {
    const { plan, values } = typedTab();
    const formulas = values.map((line) => line.map(() => ""));
    const at = (row: number, column: number, formula: string, shown: unknown) => {
      const line = formulas[row - 1];
      if (line) line[column - 1] = formula;
      const value = values[row - 1];
      if (value) value[column - 1] = shown;
    };
    const item = plan.firstItemRow;
    at(item, 8, '=HYPERLINK("https://drive.example.com/sow","SOW")', "SOW");
    at(item + 1, 6, "=B4", "Dana Lee");
    at(plan.decisionRow + 3, 2, '=IF(TRUE,"Sam Ortiz","")', "Sam Ortiz");
    const wide = values.map((line) => [...line, "", ""]);
    const wideFormulas = formulas.map((line) => [...line, "", ""]);
    const aside = (row: number, formula: string, shown: unknown) => {
      const line = wide[row - 1];
      if (line) line[12] = shown;
      const f = wideFormulas[row - 1];
      if (f) f[12] = formula;
    };
    aside(3, "=COUNTA(E10:E40)", 18);
    aside(4, '=IF(FALSE,"x","")', "");

    const rows = archiveRowsOf("HO-0007", "HO-0007 Acme", wide, "", wideFormulas);
    const formulasColumn = ARCHIVE_COLUMNS.indexOf("Formulas");
    const evidenceColumn = ARCHIVE_COLUMNS.indexOf("Evidence");
    const firstItem = rows.find((r) => r[1] === "'Item") ?? [];
    // What the auditor reads is what the formula computed; the formula itself is kept beside it.
    expect(firstItem[evidenceColumn]).toBe("'SOW");
    expect(JSON.parse(String(storedValue(firstItem[formulasColumn])))).toEqual({
      Evidence: '=HYPERLINK("https://drive.example.com/sow","SOW")',
    });
    expect(rows.filter((r) => r[1] === "'Cell").map((r) => [r[3], storedValue(r[formulasColumn])])).toEqual([
      ["'M3", '{"Value":"=COUNTA(E10:E40)"}'],
      ["'M4", '{"Value":"=IF(FALSE,\\"x\\",\\"\\")"}'],
    ]);

    const restored = planRestoredTab(readArchivedHandoff(stored(rows), layout, "HO-0007"), "");
    const cells = restored.aside?.values ?? [];
    expect(cells[item - 1]?.[7]).toBe('=HYPERLINK("https://drive.example.com/sow","SOW")');
    expect(cells[item]?.[5]).toBe("=B4");
    expect(cells[plan.decisionRow + 2]?.[1]).toBe('=IF(TRUE,"Sam Ortiz","")');
    expect(cells[2]?.[12]).toBe("=COUNTA(E10:E40)");
    expect(cells[3]?.[12]).toBe('=IF(FALSE,"x","")');
    // Plain text that looks like a formula is still written as text.
    expect(restored.plan.values[item - 1]?.[9]).toBe("'+1 call");
  });

  it("refuse to restore when a Formulas cell was edited into something Archive did not write", () => {
    const { values } = typedTab();
    const rows = stored(archiveRowsOf("HO-0007", "HO-0007 Acme", values));
    const formulasColumn = ARCHIVE_COLUMNS.indexOf("Formulas");
    const line = rows[12];
    if (line) line[formulasColumn] = "=B4";
    expect(() => readArchivedHandoff(rows, layout, "HO-0007")).toThrow(
      'An archive row of HO-0007 has Formulas "=B4": it must be as Archive wrote it, like {"Evidence":"=HYPERLINK(…)"}, or empty. Put it back (or undo the change), then restore again.',
    );
  });

  it("are read by header name and refused with the fix when a column is gone", () => {
    expect(archiveLayout(["Part", ...ARCHIVE_COLUMNS.slice(2)], "Archive")).toBe(
      'The archive sheet "Archive" has no "Handoff ID" column in row 1 (renamed or deleted): head a column with that name again (any order), then try again.',
    );
    expect(spanOf(["Handoff ID", "HO-0001", "HO-0002", "HO-0002", "HO-0003"], "ho-0002")).toEqual({
      first: 3,
      last: 4,
    });
    expect(spanOf(["Handoff ID", "HO-0001"], "HO-0002")).toBeNull();
    expect(() => spanOf(["HO-0002", "HO-0001", "HO-0002"], "HO-0002")).toThrow(
      "HO-0002's archive rows are no longer together (rows 1–3 hold other handoffs too)",
    );
  });
});

describe("archive links", () => {
  it("point at the rows, are told apart from tab links, and move up when rows above are removed", () => {
    const link = archiveLinkFormula(99, { first: 40, last: 74 });
    expect(link).toBe('=HYPERLINK("#gid=99&range=A40:N74","Archived (rows 40–74)")');
    expect(parseArchiveLink(link, 99)).toEqual({ first: 40, last: 74 });
    expect(parseArchiveLink(link, 12)).toBeNull();
    expect(parseArchiveLink('=HYPERLINK("#gid=99","Open HO-0001")', 99)).toBeNull();
    expect(spanAfterRemoval({ first: 40, last: 74 }, { first: 2, last: 36 })).toEqual({ first: 5, last: 39 });
    expect(spanAfterRemoval({ first: 2, last: 36 }, { first: 40, last: 74 })).toEqual({ first: 2, last: 36 });
  });
});

/** A register: header, then rows [ID, Decision, Acknowledged by, Tab formula, Reopened?]. */
function register(rows: ([string, string, string, string] | [string, string, string, string, string])[]) {
  const at = (c: (typeof REGISTER_COLUMNS)[number]) => REGISTER_COLUMNS.indexOf(c);
  const values: unknown[][] = [[...REGISTER_COLUMNS]];
  const formulas: unknown[][] = [REGISTER_COLUMNS.map(() => "")];
  for (const [id, decision, ack, tab, reopened = ""] of rows) {
    const line: unknown[] = REGISTER_COLUMNS.map(() => "");
    const f: unknown[] = REGISTER_COLUMNS.map(() => "");
    line[at("ID")] = id;
    line[at("Gate")] = "NOT YET";
    line[at("Decision")] = decision;
    line[at("Acknowledged by")] = ack;
    line[at("Reopened")] = reopened;
    if (!tab.includes("Archived")) {
      mirrorFormulas(id).forEach((formula, i) => {
        f[REGISTER_COLUMNS.indexOf(MIRRORED_COLUMNS[i] ?? "ID")] = formula;
      });
    }
    f[at("Tab")] = tab;
    line[at("Tab")] = tab.includes("Archived") ? "Archived" : `Open ${id}`;
    values.push(line);
    formulas.push(f);
  }
  return { values, formulas };
}

describe("choosing handoffs to archive", () => {
  const { values, formulas } = register([
    ["HO-0001", "Go", "Sam Ortiz", '=HYPERLINK("#gid=5","Open HO-0001")'],
    ["HO-0002", "Go", "", '=HYPERLINK("#gid=6","Open HO-0002")'],
    ["HO-0003", "Not yet", "Sam Ortiz", '=HYPERLINK("#gid=7","Open HO-0003")'],
    ["HO-0004", "Go", "Sam Ortiz", archiveLinkFormula(9, { first: 2, last: 30 })],
    ["HO-0001", "Go", "Sam Ortiz", '=HYPERLINK("#gid=5","Open HO-0001")'],
    [
      "HO-0005",
      "Go",
      "Sam Ortiz",
      '=HYPERLINK("#gid=8","Open HO-0005")',
      "Go on 2026-12-01, reopened on 2026-12-03: row 14 changed",
    ],
  ]);
  const candidates = archiveCandidates(values, formulas, 9);

  it("takes every finished handoff, once, when none is named", () => {
    expect(candidates.archived).toEqual(["HO-0004"]);
    expect(chooseForArchive(candidates, [], false)).toEqual({ ids: ["HO-0001"], unfinished: [] });
  });

  it("counts a Go whose checklist changed afterwards as not finished until Go is confirmed again", () => {
    expect(chooseForArchive(candidates, ["HO-0005"], false)).toEqual({
      error:
        "Not finished: HO-0005 (the checklist changed after Go (Go on 2026-12-01, reopened on 2026-12-03: row 14 changed) and Go was not confirmed again). Archive them only if you are sure (their tabs are removed; Restore brings them back): confirm to go ahead.",
    });
  });

  it("takes named unfinished ones only when confirmed", () => {
    expect(chooseForArchive(candidates, ["ho-0002", "HO-0003"], true)).toEqual({
      ids: ["HO-0002", "HO-0003"],
      unfinished: [
        { id: "HO-0002", unfinished: "not acknowledged by the receiving team" },
        { id: "HO-0003", unfinished: 'decision is "Not yet", not Go' },
      ],
    });
    expect(chooseForArchive(candidates, ["HO-0002"], false)).toEqual({
      error:
        "Not finished: HO-0002 (not acknowledged by the receiving team). Archive them only if you are sure (their tabs are removed; Restore brings them back): confirm to go ahead.",
    });
  });
});

describe("register links", () => {
  it("freeze an archived row's live values and link it to its rows; a restore brings its formulas back and moves later links up", () => {
    const { values, formulas } = register([
      ["HO-0001", "Go", "Sam Ortiz", '=HYPERLINK("#gid=5","Open HO-0001")'],
      ["HO-0002", "Go", "Sam Ortiz", archiveLinkFormula(9, { first: 2, last: 30 })],
      ["HO-0003", "Go", "Sam Ortiz", archiveLinkFormula(9, { first: 31, last: 60 })],
    ]);
    const archived = planArchiveLinks(values, formulas, 9, new Map([["HO-0001", { first: 61, last: 90 }]]));
    expect(archived.map((w) => w.column)).toEqual([REGISTER_COLUMNS.indexOf("Gate") + 1]);
    const rows = archived[0]?.values ?? [];
    expect(rows[0]).toEqual([
      "'NOT YET",
      "",
      "'Go",
      "",
      "'Sam Ortiz",
      "",
      "",
      "",
      "",
      archiveLinkFormula(9, { first: 61, last: 90 }),
    ]);
    expect(rows[1]?.[9]).toBe(archiveLinkFormula(9, { first: 2, last: 30 }));

    const restored =
      planRestoreLinks(values, formulas, 9, "HO-0002", { first: 2, last: 30 }, 77)[0]?.values ?? [];
    expect(restored[1]).toEqual([
      "=HandoffGate_HO_0002_gate",
      "=HandoffGate_HO_0002_gateDetail",
      "=HandoffGate_HO_0002_decision",
      "=HandoffGate_HO_0002_gateWhenDecided",
      "=HandoffGate_HO_0002_acknowledgedBy",
      "=HandoffGate_HO_0002_acknowledgedOn",
      "=HandoffGate_HO_0002_reopened",
      '=IFERROR(COUNTIFS(HandoffGate_HO_0002_status,"<>Done",HandoffGate_HO_0002_status,"<>N/A",HandoffGate_HO_0002_due,"<"&TODAY()),"")',
      expect.stringMatching(/^=IFERROR\(IF\(COUNTIFS\(HandoffGate_HO_0002_status,/),
      '=HYPERLINK("#gid=77","Open HO-0002")',
    ]);
    expect(restored[2]?.[9]).toBe(archiveLinkFormula(9, { first: 2, last: 31 }));
    expect(restored[0]?.[0]).toBe("=HandoffGate_HO_0001_gate");
  });

  it("are left as recorded by Refresh register, which counts them", () => {
    const { values, formulas } = register([
      ["HO-0001", "Go", "Sam Ortiz", '=HYPERLINK("#gid=5","Open HO-0001")'],
      ["HO-0002", "Go", "Sam Ortiz", archiveLinkFormula(9, { first: 2, last: 30 })],
    ]);
    const plan = planRegisterRefresh(values, formulas, 2, "Handoffs", 9);
    const gate = plan.writes[0]?.values ?? [];
    expect(gate[0]?.[0]).toBe("=HandoffGate_HO_0001_gate");
    expect(gate[1]?.slice(0, 3)).toEqual(["'NOT YET", "", "'Go"]);
    expect(plan.summary).toBe("Register refreshed: 2 handoffs · 0 GO · 2 NOT YET · 1 archived.");
  });
});
