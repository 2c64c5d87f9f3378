// The Handoffs register sheet as it is first created: header with notes, colours for the live gate,
// yes/no checks on the outcome columns and date formats, as plain data the server writes in one batch.
import { a1, columnLetter } from "../sheet/a1";
import { COLORS, type ConditionalSpec, type ValidationSpec } from "../sheet/format-specs";
import {
  REGISTER_COLUMNS,
  REGISTER_HEADER_NOTES,
  type RegisterColumn,
  registerColumn,
  START_COLUMNS,
} from "./register-columns";

/** Register columns that hold dates. */
const DATE_COLUMNS: readonly RegisterColumn[] = [
  "Created",
  "Target kickoff",
  "Acknowledged on",
  "Completed on",
  "Actual start",
  "Next due",
];

/** Everything a new register sheet gets, for `bodyRows` rows below its header. */
export interface RegisterSheetPlan {
  readonly header: string[];
  readonly headerNotes: string[];
  readonly headerBackground: string;
  readonly frozenRows: number;
  readonly conditionalRules: ConditionalSpec[];
  /** The yes/no columns' range (A1) and rule. */
  readonly yesNoRange: string;
  /** The same yes/no columns as numbers, for rows added later. */
  readonly yesNoColumns: { readonly start: number; readonly count: number };
  readonly yesNo: ValidationSpec;
  /** One row of number formats, repeated for every body row. */
  readonly bodyFormats: string[];
  readonly columnWidth: number;
}

/** Plans the register sheet's header, colours, checks and formats. */
export function planRegisterSheet(bodyRows: number): RegisterSheetPlan {
  const gate = columnLetter(registerColumn("Gate"));
  const detail = columnLetter(registerColumn("Gate detail"));
  const live = `${gate}2:${detail}`;
  const kickoff = columnLetter(registerColumn("Target kickoff"));
  const overdue = columnLetter(registerColumn("Overdue items"));
  const lastStart = columnLetter(START_COLUMNS.length);
  const yesNoColumn = registerColumn("Scope matched");
  return {
    header: [...REGISTER_COLUMNS],
    headerNotes: REGISTER_COLUMNS.map((c) => REGISTER_HEADER_NOTES[c] ?? ""),
    headerBackground: COLORS.tableHeaderBg,
    frozenRows: 1,
    conditionalRules: [
      { ranges: [live], when: { textEqualTo: "GO" }, background: COLORS.goBg, fontColor: COLORS.goText },
      {
        ranges: [live],
        when: { textStartsWith: "NOT YET" },
        background: COLORS.notYetBg,
        fontColor: COLORS.notYetText,
      },
      // Late: past its target kickoff (before the spreadsheet's today) and the gate still NOT YET.
      {
        ranges: [`A2:${lastStart}`],
        when: { formula: `=AND($${kickoff}2<>"",$${kickoff}2<TODAY(),LEFT($${gate}2,7)="NOT YET")` },
        background: COLORS.lateBg,
        fontColor: COLORS.blockedText,
      },
      {
        ranges: [`${overdue}2:${overdue}`],
        when: { numberGreaterThan: 0 },
        background: COLORS.blockedBg,
        fontColor: COLORS.blockedText,
        bold: true,
      },
    ],
    yesNoRange: a1(2, yesNoColumn, bodyRows + 1, yesNoColumn + 1),
    yesNoColumns: { start: yesNoColumn, count: 2 },
    yesNo: { type: "list", values: ["Yes", "No"], help: "Yes or No." },
    bodyFormats: REGISTER_COLUMNS.map((c) => (DATE_COLUMNS.includes(c) ? "yyyy-mm-dd" : "General")),
    columnWidth: 120,
  };
}
