// Runs every bench/*.bench.ts in turn; each prints its own figures.
import { readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
// The whole run stays minutes long: the 10,000-handoff life (about an hour) runs when asked by name.
if (!only) process.env.ARCHIVE_BENCH_N ??= "1000";
const files = (await readdir(here))
  .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
  .sort();
for (const file of files) {
  console.log(`\n## ${file}`);
  await import(pathToFileURL(join(here, file)).href);
}
