// ARCHITECTURE.md's drawing of the layers (mermaid), made from the rules in .dependency-cruiser.cjs and
// the folders that are there: one box per layer, holding its folders, each layer above the ones it may use.
import type { IModule } from "dependency-cruiser";

export type TLayer = { name: string; says: string; path: string };

function unitOf(path: string): string | null {
  if (/\.test\.tsx?$/.test(path)) return null;
  const match = /^(lib\/[^/]+|app|components)(\/|$)/.exec(path);
  return match ? match[1] : null;
}

export function layersGraph(layers: TLayer[], modules: IModule[]): string {
  const units = [...new Set(modules.map((mod) => unitOf(mod.source)).filter((unit) => unit !== null))].sort();
  const lines = ["flowchart TB"];
  const top = [...layers].reverse();
  top.forEach((layer, index) => {
    const pattern = new RegExp(layer.path);
    const members = units.filter((unit) => pattern.test(unit) || pattern.test(`${unit}/`));
    const id = `L${layers.length - index}`;
    lines.push(`  subgraph ${id}["${layer.name}: ${layer.says}"]`);
    lines.push(`    ${id}f["${members.map((unit) => unit.replace(/^lib\//, "")).join(" · ")}"]`);
    lines.push("  end");
  });
  for (let index = 0; index + 1 < top.length; index++)
    lines.push(`  L${layers.length - index} --> L${layers.length - index - 1}`);
  return `${lines.join("\n")}\n`;
}
