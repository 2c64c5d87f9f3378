// The template versions a handoff used, and their code form ("standard-new-client@1+double-check@1") as
// the register and the tab's metadata keep it.

/** One template version a handoff used. */
export interface TemplatePart {
  readonly id: string;
  readonly version: number;
}

/** The parts in code form: "id@1+other@2". */
export function templateCode(parts: readonly TemplatePart[]): string {
  return parts.map((p) => `${p.id}@${p.version}`).join("+");
}
