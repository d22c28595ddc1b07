// `npm run lint` runs this: dependency-cruiser with the rules in .dependency-cruiser.cjs (no upward
// import, no database client in components, one way to the database, no file cycle), then no cycle
// between lib/ folders (folder-cycles.ts), then whether ARCHITECTURE.md's drawing of the layers is current.
// `--write` redraws it.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cruise, format, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { describeCycles, folderCycles, libFolderEdges } from "./folder-cycles";
import { layersGraph, type TLayer } from "./layers-graph";

const CONFIG = "./.dependency-cruiser.cjs";
const ROOTS = ["app", "components", "lib", "proxy.ts", "instrumentation.ts", "instrumentation-node.ts"];
const DOC = "ARCHITECTURE.md";
const BEGIN = "<!-- layers-graph: begin (npx tsx scripts/layers/check-layers.ts --write) -->";
const END = "<!-- layers-graph: end -->";

async function main() {
  const options = await extractDepcruiseOptions(CONFIG);
  const result = await cruise(ROOTS, options, {}, { tsConfig: extractTSConfig("tsconfig.json") });
  const cruised = result.output as ICruiseResult;
  let failed = false;

  if (cruised.summary.violations.length > 0) {
    failed = true;
    console.log((await format(cruised, { outputType: "err" })).output);
  }

  const edges = libFolderEdges(cruised.modules);
  const cycles = folderCycles(edges);
  if (cycles.length > 0) {
    failed = true;
    console.log(`✘ ${cycles.length} cycle(s) between lib/ folders:\n${describeCycles(edges, cycles).join("\n")}`);
  }

  const { LAYERS } = createRequire(import.meta.url)("./layers.cjs") as { LAYERS: TLayer[] };
  const drawn = `${BEGIN}\n\`\`\`mermaid\n${layersGraph(LAYERS, cruised.modules)}\`\`\`\n${END}`;
  const doc = readFileSync(DOC, "utf8");
  const current = doc.slice(doc.indexOf(BEGIN), doc.indexOf(END) + END.length);
  if (process.argv.includes("--write")) writeFileSync(DOC, doc.replace(current, drawn));
  else if (current !== drawn) {
    failed = true;
    console.log(`✘ ${DOC}'s drawing of the layers is out of date: npx tsx scripts/layers/check-layers.ts --write`);
  }

  if (failed) process.exit(1);
  console.log(`layers: ${cruised.summary.totalCruised} files, ${edges.size} lib/ folders, no violation, no cycle`);
}

await main();
