// Cycles between lib/ folders, which dependency-cruiser's own rules cannot say: its cycle rule is per
// file, and its folder scope counts lib/mail/templates apart from lib/mail. Here a "folder" is what
// sits directly under lib/ (lib/mail with everything below it, or a file such as lib/env.ts).
import type { IModule } from "dependency-cruiser";

const TEST_FILE = /\.test\.tsx?$/;

export function libFolderOf(path: string): string | null {
  const match = /^lib\/[^/]+/.exec(path);
  return match ? match[0] : null;
}

/** folder → folder it imports → the first few imports that make the edge (tests left out). */
export function libFolderEdges(modules: IModule[]): Map<string, Map<string, string[]>> {
  const edges = new Map<string, Map<string, string[]>>();
  for (const mod of modules) {
    const from = libFolderOf(mod.source);
    if (!from || TEST_FILE.test(mod.source)) continue;
    for (const dependency of mod.dependencies) {
      const to = libFolderOf(dependency.resolved);
      if (!to || to === from) continue;
      const targets = edges.get(from) ?? new Map<string, string[]>();
      edges.set(from, targets);
      const why = targets.get(to) ?? [];
      targets.set(to, why);
      const edge = `${mod.source} → ${dependency.resolved}`;
      if (!why.includes(edge)) why.push(edge);
    }
  }
  return edges;
}

/** Strongly connected components with more than one folder (Tarjan). */
export function folderCycles(edges: Map<string, Map<string, string[]>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (folder: string) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder)!);
    stack.push(folder);
    onStack.add(folder);
    for (const next of edges.get(folder)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(folder, Math.min(low.get(folder)!, index.get(next)!));
    }
    if (low.get(folder) !== index.get(folder)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== folder);
    if (component.length > 1) components.push(component.sort());
  };
  for (const folder of edges.keys()) if (!index.has(folder)) visit(folder);
  return components;
}

/** Each cycle in words: its folders, then every import between two of them. */
export function describeCycles(edges: Map<string, Map<string, string[]>>, cycles: string[][]): string[] {
  return cycles.map((cycle) => {
    const lines = [`  folder cycle: ${cycle.join(" ⇄ ")}`];
    for (const from of cycle)
      for (const [to, why] of edges.get(from) ?? [])
        if (cycle.includes(to)) lines.push(`    ${from} → ${to}: ${why.slice(0, 3).join(", ")}`);
    return lines.join("\n");
  });
}
