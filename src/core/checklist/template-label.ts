// The template line of a handoff in plain words ("Standard new client v1 + Double-check before go v1"),
// and that line read back to template ids and versions, from either the words or the older code form
// ("standard-new-client@1+double-check@1"). Names come from the caller, so a templates sheet can supply them.
import { textKey } from "../sheet/text-key";
import type { TemplatePart } from "./template-ref";

export { type TemplatePart, templateCode } from "./template-ref";

/** A template's id and the name people see. */
export interface TemplateName {
  readonly id: string;
  readonly name: string;
}

/** The parts in plain words, each template by its name and version: "Standard new client v1 + …". */
export function templateLabel(parts: readonly TemplatePart[], names: readonly TemplateName[]): string {
  return parts.map((p) => `${names.find((n) => n.id === p.id)?.name ?? p.id} v${p.version}`).join(" + ");
}

const CODE_PART = /^([a-z0-9][a-z0-9-]*)@(\d+)$/i;
const LABEL_PART = /^(.+?)\s+v(\d+)$/i;

/** The parts of a template line in words or in code form; null when a part names no known template. */
export function parseTemplateLine(text: string, names: readonly TemplateName[]): TemplatePart[] | null {
  const pieces = text
    .split("+")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (pieces.length === 0) return null;
  const parts: TemplatePart[] = [];
  for (const piece of pieces) {
    const code = CODE_PART.exec(piece);
    if (code?.[1] && code[2]) {
      parts.push({ id: code[1].toLowerCase(), version: Number(code[2]) });
      continue;
    }
    const label = LABEL_PART.exec(piece);
    const named = label?.[1] ? names.find((n) => textKey(n.name) === textKey(label[1] ?? "")) : undefined;
    if (!named || !label?.[2]) return null;
    parts.push({ id: named.id, version: Number(label[2]) });
  }
  return parts;
}
