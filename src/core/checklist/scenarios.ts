// The handoff scenarios of the source article and the review every handoff ends with: the built-in
// checklists, version 1 of each (the checklist templates sheet starts from them, core/templates).
import type { ItemKind } from "./item-kinds";
import type { ScenarioId } from "./scenario-ids";
import { DOUBLE_CHECK_SECTION, HIGH_RISK_SECTION } from "./sections";

export interface ItemTemplate {
  id: string;
  section: string;
  text: string;
  required: boolean;
  kind: ItemKind;
}

export interface ScenarioTemplate {
  id: ScenarioId | "double-check";
  version: number;
  name: string;
  when: string;
  items: readonly ItemTemplate[];
}

type ItemSpec = readonly [id: string, section: string, kind: ItemKind, text: string, required?: boolean];

function template<I extends ScenarioTemplate["id"]>(
  id: I,
  name: string,
  when: string,
  items: readonly ItemSpec[],
): ScenarioTemplate & { readonly id: I } {
  return {
    id,
    version: 1,
    name,
    when,
    items: items.map(([itemId, section, kind, text, required = true]) => ({
      id: itemId,
      section,
      text,
      required,
      kind,
    })),
  };
}

const STANDARD = template(
  "standard-new-client",
  "Standard new client",
  "A new client moves from closed-won to onboarding (sales → operations); finish before kickoff is scheduled.",
  [
    [
      "std-01",
      "Commercial",
      "task",
      "Confirm commercial status: deal closed-won, contract executed, payment terms approved, billing entity verified, start date documented.",
    ],
    [
      "std-02",
      "Client",
      "task",
      "Capture client details: legal entity name, billing contact, executive sponsor, day-to-day contact, time zone and preferred communication channel.",
    ],
    [
      "std-03",
      "Documents",
      "attachment",
      "Attach the final source documents: signed proposal, statement of work, order form, pricing summary, and any approved redlines or exceptions.",
    ],
    [
      "std-04",
      "Scope",
      "task",
      "Summarize what was sold: services, deliverables, support level, implementation scope, usage assumptions, included hours, exclusions and renewal expectations.",
    ],
    [
      "std-05",
      "Scope",
      "task",
      "Record why the client bought: primary business problem, expected outcomes, urgency, and the success measures discussed during the sales cycle.",
    ],
    [
      "std-06",
      "Dependencies",
      "task",
      "List delivery dependencies: access requirements, data inputs, integrations, stakeholder availability, content from the client and technical prerequisites.",
    ],
    [
      "std-07",
      "Dates",
      "task",
      "Identify key dates: kickoff target, launch date, milestone deadlines, contract start and end dates, review points and invoicing triggers.",
    ],
    [
      "std-08",
      "Ownership",
      "task",
      "Assign internal owners: operations owner, delivery lead, account owner, billing owner and escalation contact.",
    ],
    [
      "std-09",
      "Risk",
      "task",
      "Review risk flags: aggressive timeline, custom scope, compliance concerns, unclear stakeholder alignment, unsupported feature assumptions.",
    ],
    [
      "std-10",
      "Acknowledgement",
      "acknowledgement",
      "Complete the handoff acknowledgment: operations confirms receipt, delivery confirms readiness or lists blockers, sales confirms no open promises remain undocumented.",
    ],
  ],
);

const HIGH_RISK = template(
  "custom-high-risk",
  "Custom or high-risk deal",
  "The deal has exceptions, discounts, custom terms or nonstandard delivery; added on top of the standard path, never instead.",
  [
    [
      "risk-01",
      HIGH_RISK_SECTION,
      "attachment",
      "Document every exception: custom pricing, nonstandard SLAs, discounted setup, extended payment terms, security questionnaires, legal obligations.",
    ],
    [
      "risk-02",
      HIGH_RISK_SECTION,
      "task",
      "Translate promises into tasks: every commitment made in negotiation maps to a deliverable, owner, timeline or explicit exclusion.",
    ],
    [
      "risk-03",
      HIGH_RISK_SECTION,
      "task",
      "Validate margin assumptions when fulfillment effort is variable: review expected labor, support load and profitability before launch.",
      false,
    ],
    [
      "risk-04",
      HIGH_RISK_SECTION,
      "approval",
      "Confirm the approval chain: who approved the exception, where it was recorded, and who can approve future changes.",
    ],
    [
      "risk-05",
      HIGH_RISK_SECTION,
      "attachment",
      "Create an issue log of unresolved technical, legal and operational questions, so none lives only in chat or memory.",
    ],
    [
      "risk-06",
      HIGH_RISK_SECTION,
      "task",
      "Set an early review checkpoint (2 weeks in, or the first milestone) to catch mismatches before they become delivery problems.",
    ],
  ],
);

const OPS_TO_DELIVERY_SECTION = "Project start";
const OPS_TO_DELIVERY = template(
  "ops-to-delivery",
  "Operations to delivery",
  "Operations hands a project to delivery at project start: execution readiness.",
  [
    [
      "ops-01",
      OPS_TO_DELIVERY_SECTION,
      "task",
      "Create the project record in the system of record: project name, client name, internal code, service package and linked source documents.",
    ],
    [
      "ops-02",
      OPS_TO_DELIVERY_SECTION,
      "task",
      "Build the working plan: milestones, tasks, dependencies, assumptions and target dates.",
    ],
    [
      "ops-03",
      OPS_TO_DELIVERY_SECTION,
      "task",
      "Assign the delivery team: project lead, specialists, backup owner and client-facing contacts.",
    ],
    [
      "ops-04",
      OPS_TO_DELIVERY_SECTION,
      "task",
      "Provision tools and access: project management workspace, shared folders, communication channels, credentials and system permissions.",
    ],
    [
      "ops-05",
      OPS_TO_DELIVERY_SECTION,
      "task",
      "Confirm the kickoff agenda: business goals, scope, timeline, roles, client responsibilities, communication cadence and immediate next steps.",
    ],
    [
      "ops-06",
      OPS_TO_DELIVERY_SECTION,
      "task",
      "Set status rules: what counts as on track, at risk, blocked or complete, and who updates status.",
    ],
    [
      "ops-07",
      OPS_TO_DELIVERY_SECTION,
      "task",
      "Prepare billing triggers: deposit, milestone invoices, recurring billing or usage-based charges.",
    ],
    [
      "ops-08",
      OPS_TO_DELIVERY_SECTION,
      "task",
      "Record change-control rules: how scope changes are requested, approved, priced and communicated.",
    ],
  ],
);

const CHANGE_SECTION = "Change";
const EXPANSION_CHANGE = template(
  "expansion-change",
  "Expansion, renewal or change order",
  "An existing account changes: added services, seats, integrations or support levels, a renewal, or a change order.",
  [
    [
      "chg-01",
      CHANGE_SECTION,
      "task",
      "State what is changing: additional services, more users, revised timeline, new stakeholders, support tier changes or expanded regions.",
    ],
    [
      "chg-02",
      CHANGE_SECTION,
      "task",
      "Compare old scope to new scope, naming additions, removals and unchanged items explicitly.",
    ],
    [
      "chg-03",
      CHANGE_SECTION,
      "task",
      "Confirm the effective date: when the new service or revised commitment begins, operationally and financially.",
    ],
    [
      "chg-04",
      CHANGE_SECTION,
      "task",
      "Review capacity impact: whether current staffing, scheduling or vendor support can absorb the change.",
    ],
    [
      "chg-05",
      CHANGE_SECTION,
      "task",
      "Update system records: CRM, billing platform, project board, forecasting sheet and internal documentation.",
    ],
    [
      "chg-06",
      CHANGE_SECTION,
      "attachment",
      "Rebrief delivery with a written update covering approvals and affected workflows, not an account manager summary alone.",
    ],
  ],
);

const TRANSFER_SECTION = "Owner transfer";
const OWNER_TRANSFER = template(
  "owner-transfer",
  "Owner transfer or recovery",
  "A team member leaves or goes on leave, a project changes hands, or a paused engagement restarts after a long gap.",
  [
    [
      "xfer-01",
      TRANSFER_SECTION,
      "task",
      "List current status: open tasks, completed milestones, pending approvals and unresolved issues.",
    ],
    [
      "xfer-02",
      TRANSFER_SECTION,
      "task",
      "Transfer relationship context: stakeholder preferences, meeting cadence, sensitive history and escalation patterns.",
    ],
    [
      "xfer-03",
      TRANSFER_SECTION,
      "task",
      "Move ownership in systems: project tools, CRM, file storage, billing records and communication channels.",
    ],
    [
      "xfer-04",
      TRANSFER_SECTION,
      "task",
      "Confirm continuity items: upcoming meetings, deadlines, invoices, deliverables and renewal dates.",
    ],
    [
      "xfer-05",
      TRANSFER_SECTION,
      "task",
      "Verify access hygiene: remove outdated access where needed and preserve records.",
    ],
    [
      "xfer-06",
      TRANSFER_SECTION,
      "attachment",
      "Write a transition note (one page is often enough) with risks, next actions, and who to contact for edge cases.",
    ],
  ],
);

/** The final review every handoff ends with; its rows must all be Done for GO. */
export const DOUBLE_CHECK: ScenarioTemplate = template(
  "double-check",
  "Double-check before go",
  "Every handoff, as the last step before the next team starts.",
  [
    [
      "dc-01",
      DOUBLE_CHECK_SECTION,
      "review",
      "Sold scope matches the delivery plan: the final commercial document was compared with the project setup for missing deliverables, unsupported assumptions or overly broad language.",
    ],
    [
      "dc-02",
      DOUBLE_CHECK_SECTION,
      "review",
      "There is one source of truth: one primary location holds the current handoff record, not scattered notes.",
    ],
    [
      "dc-03",
      DOUBLE_CHECK_SECTION,
      "review",
      'Open questions have owners and due dates: each names its owner and expected resolution date ("need clarification" is not a status).',
    ],
    [
      "dc-04",
      DOUBLE_CHECK_SECTION,
      "review",
      "Client responsibilities are explicit: access, approvals, assets, test data and stakeholder attendance are written down, not implied.",
    ],
    [
      "dc-05",
      DOUBLE_CHECK_SECTION,
      "review",
      "Billing and operational start dates align: invoicing triggers are confirmed before work begins.",
    ],
    [
      "dc-06",
      DOUBLE_CHECK_SECTION,
      "review",
      "Escalation rules are clear: everyone knows who decides next steps if scope changes, timelines slip or a risk materializes.",
    ],
    [
      "dc-07",
      DOUBLE_CHECK_SECTION,
      "review",
      "Approvals are visible: custom pricing, security reviews, legal exceptions and delivery deviations are attached, not merely referenced.",
    ],
    [
      "dc-08",
      DOUBLE_CHECK_SECTION,
      "review",
      "Tool access is ready: every permission is granted before kickoff, since missing permissions delay it more than missing strategy.",
    ],
  ],
);

/** The five scenarios, in the article's order. */
export const SCENARIOS: readonly (ScenarioTemplate & { readonly id: ScenarioId })[] = [
  STANDARD,
  HIGH_RISK,
  OPS_TO_DELIVERY,
  EXPANSION_CHANGE,
  OWNER_TRANSFER,
];

/** A scenario (or the double-check review) by its id; undefined for an unknown id. */
export function scenarioById(id: string): ScenarioTemplate | undefined {
  return id === DOUBLE_CHECK.id ? DOUBLE_CHECK : SCENARIOS.find((s) => s.id === id);
}

/** Every template's id and name, for the template line in plain words. */
export const TEMPLATE_NAMES: readonly { readonly id: string; readonly name: string }[] = [
  ...SCENARIOS,
  DOUBLE_CHECK,
].map((t) => ({
  id: t.id,
  name: t.name,
}));
