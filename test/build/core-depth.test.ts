// src/core stays shallow enough to find one's way: the longest chain of imports (type imports too),
// from any core file down to a file that imports nothing, is at most five files.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const CORE = resolve("src/core");

function coreFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? coreFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)].map(
    (m) => `${resolve(dirname(file), m[1] ?? "")}.ts`,
  );
}

function longestChain(files: readonly string[]): string[] {
  const imports = new Map(files.map((f) => [f, importsOf(f).filter((t) => files.includes(t))]));
  const memo = new Map<string, string[]>();
  const from = (file: string, seen: Set<string>): string[] => {
    const known = memo.get(file);
    if (known) return known;
    if (seen.has(file)) return [file];
    seen.add(file);
    let best = [file];
    for (const next of imports.get(file) ?? []) {
      const chain = [file, ...from(next, seen)];
      if (chain.length > best.length) best = chain;
    }
    seen.delete(file);
    memo.set(file, best);
    return best;
  };
  return files.map((f) => from(f, new Set())).reduce((a, b) => (b.length > a.length ? b : a), []);
}

describe("src/core's imports", () => {
  it("go at most five files deep", () => {
    const chain = longestChain(coreFiles(CORE)).map((f) => relative(CORE, f).replace(/\.ts$/, ""));
    expect(chain.length, chain.join(" → ")).toBeLessThanOrEqual(5);
  });

  it("are measured along real imports, type imports included, down to a file that imports nothing", () => {
    const chain = longestChain(coreFiles(CORE));
    expect(chain.length).toBeGreaterThanOrEqual(4);
    expect(importsOf(chain.at(-1) ?? "")).toEqual([]);
    for (let i = 0; i + 1 < chain.length; i++) expect(importsOf(chain[i] ?? "")).toContain(chain[i + 1]);
  });
});
