// Tiny DOM builder: attributes are set as attributes and every text goes in as a Text node, never as markup.

type AttrValue = string | number | boolean | undefined | null;
export type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (true → present, false/null/undefined → absent) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, AttrValue> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** Replaces all children of `parent` (strings become Text nodes). */
export function replaceChildren(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

let nextId = 0;
/** A document-unique id with a readable prefix. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
