import { describe, expect, it } from "vitest";
import type { ScenarioId } from "../../src/core/checklist/scenario-ids";
import { DOUBLE_CHECK, type ItemTemplate, SCENARIOS, scenarioById } from "../../src/core/checklist/scenarios";
import { DOUBLE_CHECK_SECTION, HIGH_RISK_SECTION } from "../../src/core/checklist/sections";
import { builtInChecklist } from "./support/built-in-checklist";

/** Every fact of each bullet of the source article, as words its item text must carry. */
const FACTS: Record<string, readonly string[]> = {
  "std-01": [
    "closed-won",
    "contract executed",
    "payment terms approved",
    "billing entity verified",
    "start date documented",
  ],
  "std-02": [
    "legal entity name",
    "billing contact",
    "executive sponsor",
    "day-to-day contact",
    "time zone",
    "preferred communication channel",
  ],
  "std-03": [
    "signed proposal",
    "statement of work",
    "order form",
    "pricing summary",
    "approved redlines",
    "exceptions",
  ],
  "std-04": [
    "services",
    "deliverables",
    "support level",
    "implementation scope",
    "usage assumptions",
    "included hours",
    "exclusions",
    "renewal expectations",
  ],
  "std-05": ["business problem", "expected outcomes", "urgency", "success measures", "sales cycle"],
  "std-06": [
    "access requirements",
    "data inputs",
    "integrations",
    "stakeholder availability",
    "content from the client",
    "technical prerequisites",
  ],
  "std-07": [
    "kickoff target",
    "launch date",
    "milestone deadlines",
    "contract start and end dates",
    "review points",
    "invoicing triggers",
  ],
  "std-08": ["operations owner", "delivery lead", "account owner", "billing owner", "escalation contact"],
  "std-09": [
    "aggressive timeline",
    "custom scope",
    "compliance concerns",
    "unclear stakeholder alignment",
    "unsupported feature assumptions",
  ],
  "std-10": [
    "operations confirms receipt",
    "delivery confirms readiness",
    "lists blockers",
    "sales confirms",
    "undocumented",
  ],
  "risk-01": [
    "custom pricing",
    "nonstandard slas",
    "discounted setup",
    "extended payment terms",
    "security questionnaires",
    "legal obligations",
  ],
  "risk-02": ["promise", "negotiation", "deliverable", "owner", "timeline", "explicit exclusion"],
  "risk-03": [
    "fulfillment effort is variable",
    "expected labor",
    "support load",
    "profitability",
    "before launch",
  ],
  "risk-04": ["who approved the exception", "where it was recorded", "who can approve future changes"],
  "risk-05": ["issue log", "technical", "legal", "operational", "chat or memory"],
  "risk-06": ["early review checkpoint", "2 weeks", "first milestone", "mismatches"],
  "ops-01": [
    "project record",
    "project name",
    "client name",
    "internal code",
    "service package",
    "source documents",
    "system of record",
  ],
  "ops-02": ["working plan", "milestones", "tasks", "dependencies", "assumptions", "target dates"],
  "ops-03": ["delivery team", "project lead", "specialists", "backup owner", "client-facing contacts"],
  "ops-04": [
    "project management workspace",
    "shared folders",
    "communication channels",
    "credentials",
    "system permissions",
  ],
  "ops-05": [
    "kickoff agenda",
    "business goals",
    "scope",
    "timeline",
    "roles",
    "client responsibilities",
    "communication cadence",
    "immediate next steps",
  ],
  "ops-06": ["on track", "at risk", "blocked", "complete", "who updates status"],
  "ops-07": ["billing triggers", "deposit", "milestone invoices", "recurring billing", "usage-based charges"],
  "ops-08": ["change-control", "requested", "approved", "priced", "communicated"],
  "chg-01": [
    "additional services",
    "more users",
    "revised timeline",
    "new stakeholders",
    "support tier changes",
    "expanded regions",
  ],
  "chg-02": ["old scope", "new scope", "additions", "removals", "unchanged items"],
  "chg-03": ["effective date", "operationally", "financially"],
  "chg-04": ["capacity impact", "staffing", "scheduling", "vendor support"],
  "chg-05": ["crm", "billing platform", "project board", "forecasting sheet", "internal documentation"],
  "chg-06": [
    "rebrief delivery",
    "written update",
    "approvals",
    "affected workflows",
    "account manager summary",
  ],
  "xfer-01": ["open tasks", "completed milestones", "pending approvals", "unresolved issues"],
  "xfer-02": ["stakeholder preferences", "meeting cadence", "sensitive history", "escalation patterns"],
  "xfer-03": ["project tools", "crm", "file storage", "billing records", "communication channels"],
  "xfer-04": ["upcoming meetings", "deadlines", "invoices", "deliverables", "renewal dates"],
  "xfer-05": ["access hygiene", "remove outdated access", "preserve records"],
  "xfer-06": ["transition note", "one page", "risks", "next actions", "who to contact", "edge cases"],
  "dc-01": [
    "sold scope",
    "delivery plan",
    "final commercial document",
    "missing deliverables",
    "unsupported assumptions",
    "overly broad language",
  ],
  "dc-02": ["one source of truth", "one primary location"],
  "dc-03": ["owners", "due dates", "need clarification", "not a status"],
  "dc-04": [
    "client responsibilities",
    "access",
    "approvals",
    "assets",
    "test data",
    "stakeholder attendance",
    "written down",
  ],
  "dc-05": ["billing", "operational start dates", "invoicing triggers", "before work begins"],
  "dc-06": ["escalation rules", "scope changes", "timelines slip", "risk materializes", "who decides"],
  "dc-07": [
    "custom pricing",
    "security reviews",
    "legal exceptions",
    "delivery deviations",
    "attached",
    "not merely referenced",
  ],
  "dc-08": ["tool access", "permissions", "kickoff"],
};

const all: ItemTemplate[] = [...SCENARIOS.flatMap((s) => s.items), ...DOUBLE_CHECK.items];

describe("scenario catalog", () => {
  it("holds the five scenarios in article order with 10/6/8/6/6 items and an 8-item review", () => {
    expect(SCENARIOS.map((s) => [s.id, s.items.length])).toEqual([
      ["standard-new-client", 10],
      ["custom-high-risk", 6],
      ["ops-to-delivery", 8],
      ["expansion-change", 6],
      ["owner-transfer", 6],
    ]);
    expect(DOUBLE_CHECK.items).toHaveLength(8);
  });

  it("keeps every fact of every article bullet", () => {
    expect(all.map((i) => i.id).sort()).toEqual(Object.keys(FACTS).sort());
    for (const item of all) {
      const text = item.text.toLowerCase();
      for (const fact of FACTS[item.id] ?? []) expect(text, `${item.id} lacks "${fact}"`).toContain(fact);
    }
  });

  it("gives every item a unique stable id, a section, concise text and a kind", () => {
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    for (const item of all) {
      expect(item.section.length).toBeGreaterThan(0);
      expect(item.text.length).toBeLessThan(200);
    }
    expect(
      DOUBLE_CHECK.items.every(
        (i) => i.kind === "review" && i.section === DOUBLE_CHECK_SECTION && i.required,
      ),
    ).toBe(true);
    expect(all.filter((i) => i.kind === "review")).toEqual([...DOUBLE_CHECK.items]);
    expect(scenarioById("custom-high-risk")?.items.every((i) => i.section === HIGH_RISK_SECTION)).toBe(true);
  });

  it("marks what needs evidence by kind", () => {
    const kind = (id: string) => all.find((i) => i.id === id)?.kind;
    expect(kind("std-03")).toBe("attachment");
    expect(kind("risk-04")).toBe("approval");
    expect(kind("std-10")).toBe("acknowledgement");
    expect(kind("xfer-06")).toBe("attachment");
    expect(all.filter((i) => !i.required).map((i) => i.id)).toEqual(["risk-03"]);
  });

  it("names and explains each scenario for the picker, with a version", () => {
    for (const s of [...SCENARIOS, DOUBLE_CHECK]) {
      expect(s.name.length).toBeGreaterThan(3);
      expect(s.name.length).toBeLessThanOrEqual(40);
      expect(s.when.length).toBeGreaterThan(20);
      expect(s.version).toBeGreaterThanOrEqual(1);
    }
    expect(scenarioById("ops-to-delivery")?.name).toBe("Operations to delivery");
    expect(scenarioById("double-check")).toBe(DOUBLE_CHECK);
    expect(scenarioById("nope")).toBeUndefined();
  });
});

describe("the checklist from the built-in templates", () => {
  const ids = (items: readonly ItemTemplate[]) => items.map((i) => i.id);

  it("puts the custom/high-risk items on top of the standard path, never instead", () => {
    const c = builtInChecklist("custom-high-risk", { hasExceptions: false });
    expect(ids(c.items)).toEqual([
      ...ids([...(scenarioById("standard-new-client")?.items ?? [])]),
      "risk-01",
      "risk-02",
      "risk-03",
      "risk-04",
      "risk-05",
      "risk-06",
    ]);
    expect(c.templateRef).toBe("standard-new-client@1+custom-high-risk@1+double-check@1");
    expect(builtInChecklist("custom-high-risk", { hasExceptions: true }).items).toHaveLength(16);
  });

  it("appends the custom/high-risk items to any other scenario with exceptions", () => {
    const plain = builtInChecklist("ops-to-delivery", { hasExceptions: false });
    expect(plain.items).toHaveLength(8);
    expect(plain.templateRef).toBe("ops-to-delivery@1+double-check@1");
    const risky = builtInChecklist("ops-to-delivery", { hasExceptions: true });
    expect(ids(risky.items).slice(8)).toEqual([
      "risk-01",
      "risk-02",
      "risk-03",
      "risk-04",
      "risk-05",
      "risk-06",
    ]);
    expect(risky.templateRef).toBe("ops-to-delivery@1+custom-high-risk@1+double-check@1");
  });

  it("always ends with the double-check review and hands out copies", () => {
    const ids5: ScenarioId[] = [
      "standard-new-client",
      "custom-high-risk",
      "ops-to-delivery",
      "expansion-change",
      "owner-transfer",
    ];
    for (const id of ids5) {
      const c = builtInChecklist(id, { hasExceptions: false });
      expect(c.scenario.id).toBe(id);
      expect(ids(c.review)).toEqual(ids([...DOUBLE_CHECK.items]));
    }
    const c = builtInChecklist("standard-new-client", { hasExceptions: false });
    const first = c.items[0] as { text: string } | undefined;
    if (first) first.text = "changed";
    expect(scenarioById("standard-new-client")?.items[0]?.text).not.toBe("changed");
  });

  it("refuses an unknown scenario", () => {
    expect(() => builtInChecklist("double-check", { hasExceptions: false })).toThrow(
      /"double-check" is not a scenario on the checklist templates/,
    );
  });
});
