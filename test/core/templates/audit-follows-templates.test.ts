import { describe, expect, it } from "vitest";
import { auditPopulation } from "../../../src/core/audit/quarter-population";
import { stratumOf } from "../../../src/core/audit/strata";
import { REGISTER_COLUMNS } from "../../../src/core/register/register-columns";

const col = (name: (typeof REGISTER_COLUMNS)[number]) => REGISTER_COLUMNS.indexOf(name);

function row(id: string, scenario: string, template: string): unknown[] {
  const r: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
  r[col("ID")] = id;
  r[col("Scenario")] = scenario;
  r[col("Template")] = template;
  r[col("Created")] = { year: 2026, month: 8, day: 3 };
  r[col("Decision")] = "Go";
  return r;
}

describe("the audit's strata follow the checklist templates", () => {
  it("names a scenario added on the sheet by its name, and finds the sheet's custom/high-risk path", () => {
    const scenarios = [
      { id: "managed-it", name: "Managed IT service", role: "scenario" },
      { id: "exceptions", name: "Deal with exceptions", role: "high-risk" },
    ];
    const population = auditPopulation(
      [
        [...REGISTER_COLUMNS],
        row("HO-0001", "Managed IT service", "managed-it@1+double-check@2"),
        row("HO-0002", "Managed IT service", "managed-it@1+exceptions@3+double-check@2"),
        row("HO-0003", "Deal with exceptions", "standard-new-client@1+exceptions@3+double-check@2"),
      ],
      { year: 2026, q: 3 },
      scenarios,
    );
    expect(population.candidates.map((c) => [c.id, stratumOf(c).name])).toEqual([
      ["HO-0001", "Managed IT service"],
      ["HO-0002", "Custom/high-risk"],
      ["HO-0003", "Custom/high-risk"],
    ]);
  });
});
