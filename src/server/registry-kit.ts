// Builders for the registry of public functions in src/main.ts: each entry carries its kind and
// its real parameter names so the build can generate the top-level stubs Apps Script needs.

/** Where an entry is reached from: a trigger, a menu item, the sidebar, or a cell formula. */
export type EntryKind = "trigger" | "menu" | "endpoint" | "customFunction";

/** One parameter of a custom function, as Sheets shows it in autocomplete. */
export interface ParamDoc {
  readonly name: string;
  readonly description: string;
  /** Shown in braces after @param, as Google's own samples do (e.g. `A1:B10`). */
  readonly example: string;
}

/** Names for every parameter of a function with parameters P: a tuple of the same length. */
export type ParamNames<P extends unknown[]> = { readonly [K in keyof P]-?: string };

export interface RegistryEntry<P extends unknown[] = never[], R = unknown, K extends EntryKind = EntryKind> {
  readonly kind: K;
  readonly fn: (...args: P) => R;
  readonly params: readonly string[];
  readonly summary?: string;
  readonly paramDocs?: readonly ParamDoc[];
  readonly returns?: string;
}

/** A simple or installable trigger (onOpen, onInstall, …). */
export function trigger<P extends unknown[], R>(
  fn: (...args: P) => R,
  params: ParamNames<P>,
): RegistryEntry<P, R, "trigger"> {
  return { kind: "trigger", fn, params };
}

/** A handler bound to an add-on menu item by its name. */
export function menuItem<R>(fn: () => R): RegistryEntry<[], R, "menu"> {
  return { kind: "menu", fn, params: [] };
}

/** A function the sidebar calls through google.script.run. */
export function endpoint<P extends unknown[], R>(
  fn: (...args: P) => R,
  params: ParamNames<P>,
): RegistryEntry<P, R, "endpoint"> {
  return { kind: "endpoint", fn, params };
}

/** A custom spreadsheet function, with the JSDoc Sheets shows in autocomplete. */
export function customFunction<P extends unknown[], R>(
  fn: (...args: P) => R,
  doc: {
    readonly summary: string;
    readonly params: { readonly [K in keyof P]-?: ParamDoc };
    readonly returns: string;
  },
): RegistryEntry<P, R, "customFunction"> {
  const paramDocs: readonly ParamDoc[] = doc.params;
  return {
    kind: "customFunction",
    fn,
    params: paramDocs.map((p) => p.name),
    summary: doc.summary,
    paramDocs,
    returns: doc.returns,
  };
}

/** Names of registry entries of one kind. */
export type NamesOfKind<R, K extends EntryKind> = {
  [N in keyof R]: R[N] extends { readonly kind: K } ? N : never;
}[keyof R];
