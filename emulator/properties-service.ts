// PropertiesService: document, script and per-user stores that persist across executions.
// Source: guides/properties and PLATFORM §3: values are strings (setProperty(k, 5) stores "5");
// getProperty of a missing key is null; no Properties in AuthMode.NONE ([LC]). Not counted.

import type { Execution } from "./execution";

/** A Properties object over one store. */
export class PropertiesObj {
  constructor(
    private readonly ex: Execution,
    private readonly store: Map<string, string>,
  ) {}
  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): this {
    this.store.set(String(key), String(value));
    return this;
  }
  getProperties(): Record<string, unknown> {
    return this.ex.realm.object(Object.fromEntries(this.store));
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this;
  }
  getKeys(): unknown[] {
    return this.ex.realm.array([...this.store.keys()]);
  }
  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

/** The PropertiesService global for one execution. */
export function createPropertiesService(ex: Execution): Record<string, unknown> {
  const model = ex.host.model;
  const get = (method: string, store: () => Map<string, string>) => () => {
    ex.requireAuthorized("PropertiesService", method);
    return new PropertiesObj(ex, store());
  };
  return {
    getDocumentProperties: get("getDocumentProperties", () => model.documentProperties),
    getScriptProperties: get("getScriptProperties", () => model.scriptProperties),
    getUserProperties: get("getUserProperties", () => model.userStore(ex.user)),
  };
}
