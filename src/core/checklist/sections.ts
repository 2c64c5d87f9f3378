// The checklist sections the rules recognise by name, so a tab without a Kind column still works.

/** Section of the custom/high-risk items; the gate formula recognises them by it. */
export const HIGH_RISK_SECTION = "Custom / high-risk";
/** Section of the final review; rows in it are review rows even without a Kind column. */
export const DOUBLE_CHECK_SECTION = "Double-check before go";
