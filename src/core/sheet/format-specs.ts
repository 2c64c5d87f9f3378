// Formats as plain data: validation and conditional-format specs the server turns into rule objects,
// and the colours every sheet uses.

/** A data-validation rule, as plain data the server turns into a DataValidation. */
export type ValidationSpec =
  | { readonly type: "list"; readonly values: readonly string[]; readonly help: string }
  | { readonly type: "checkbox" }
  | { readonly type: "date"; readonly help: string };

/** A conditional-format rule, as plain data the server turns into a ConditionalFormatRule. */
export interface ConditionalSpec {
  readonly ranges: readonly string[];
  readonly when:
    | { readonly textEqualTo: string }
    | { readonly textStartsWith: string }
    | { readonly numberGreaterThan: number }
    | { readonly formula: string };
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

/** The colours of gates, statuses, labels and marks, shared by every sheet the add-on writes. */
export const COLORS = {
  goBg: "#e6f4ea",
  goText: "#137333",
  notYetBg: "#fef7e0",
  notYetText: "#b06000",
  blockedBg: "#fce8e6",
  blockedText: "#c5221f",
  progressBg: "#e8f0fe",
  progressText: "#1967d2",
  notStartedBg: "#f3e8fd",
  notStartedText: "#681da8",
  lateBg: "#fce8e6",
  naBg: "#f1f3f4",
  naText: "#5f6368",
  labelBg: "#f8f9fa",
  tableHeaderBg: "#e8eaed",
  errorBg: "#fce8e6",
  warningBg: "#fef7e0",
} as const;
