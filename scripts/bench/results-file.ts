// bench/RESULTS.md is written by several benchmarks: each replaces only its own part. The part before
// the first "## " heading is `npm run bench`'s table; every other part starts with its heading.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const FILE = "bench/RESULTS.md";

function parts(): { heading: string; text: string }[] {
  const text = existsSync(FILE) ? readFileSync(FILE, "utf8") : "";
  const found: { heading: string; text: string }[] = [];
  for (const chunk of text.split(/^(?=## )/m)) {
    const heading = chunk.startsWith("## ") ? chunk.slice(0, chunk.indexOf("\n")) : "";
    found.push({ heading, text: chunk.trimEnd() });
  }
  return found;
}

/** The lines of the current file, for a benchmark that keeps some of its own rows (P4). */
export function resultLines(): string[] {
  return existsSync(FILE) ? readFileSync(FILE, "utf8").split("\n") : [];
}

/**
 * Replaces the part of bench/RESULTS.md whose heading starts with `headingStart` (or, with "", the
 * part before the first heading) by `text`, or adds it at the end.
 */
export function writeResultsPart(headingStart: string, text: string): void {
  const all = parts();
  const at = all.findIndex((p) => (headingStart ? p.heading.startsWith(headingStart) : p.heading === ""));
  const part = { heading: headingStart, text: text.trimEnd() };
  if (at === -1) all.push(part);
  else all[at] = part;
  writeFileSync(FILE, all.map((p) => p.text).join("\n\n") + "\n");
}
