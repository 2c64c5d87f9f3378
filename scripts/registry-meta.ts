// Reads the registry of public functions (src/main.ts) as plain metadata, for the build and the tests.
import { rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import type { StubSpec } from "./stubs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles src/main.ts for Node, imports it, and returns one spec per registry entry. */
export async function readRegistry(): Promise<StubSpec[]> {
  const out = join(root, "node_modules", ".cache", "handoff-gate", `registry-${process.pid}.mjs`);
  await esbuild.build({
    entryPoints: [join(root, "src/main.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    outfile: out,
    logLevel: "silent",
  });
  let mod: { registry: Record<string, Omit<StubSpec, "name">> };
  try {
    mod = await import(`${pathToFileURL(out).href}?t=${Date.now()}`);
  } finally {
    await rm(out, { force: true });
  }
  return Object.entries(mod.registry).map(([name, e]) => ({
    name,
    kind: e.kind,
    params: e.params,
    summary: e.summary,
    paramDocs: e.paramDocs,
    returns: e.returns,
  }));
}
