// A scenario's content fingerprint: what its version follows. Items in order with every field that
// changes the checklist a handoff gets; spaces at the ends of text do not count.

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits: stable across Node, Apps Script and browsers. */
function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // Multiply by the FNV prime 0x100000001b3 in 32-bit halves.
    const a = lo * 0x1b3;
    const b = hi * 0x1b3 + lo * 0x100 + Math.floor(a / 0x100000000);
    lo = a >>> 0;
    hi = b >>> 0;
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/** The fingerprint of a scenario's items (order, id, section, text, kind, required, due offset). */
export function itemsFingerprint(
  items: readonly {
    readonly id: string;
    readonly section: string;
    readonly text: string;
    readonly kind: string;
    readonly required: boolean;
    readonly dueDays: number | null;
  }[],
): string {
  const normal = items.map((i) => [
    i.id.trim(),
    i.section.trim(),
    i.text.trim(),
    i.kind,
    i.required,
    i.dueDays,
  ]);
  return fnv1a64(JSON.stringify(normal));
}
