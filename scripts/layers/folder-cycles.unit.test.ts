import type { IModule } from "dependency-cruiser";
import { describe, expect, it } from "vitest";
import { describeCycles, folderCycles, libFolderEdges } from "./folder-cycles";

// Only what the folder graph reads of dependency-cruiser's modules.
const mod = (source: string, ...imports: string[]) =>
  ({ source, dependencies: imports.map((resolved) => ({ resolved })) }) as unknown as IModule;

describe("cycles between lib/ folders", () => {
  it("finds two folders importing each other through different files, which no file cycle shows", () => {
    const edges = libFolderEdges([
      mod("lib/mail/deliver.ts", "lib/petition/links.ts"),
      mod("lib/petition/sign.ts", "lib/mail/templates/signature.ts"),
      mod("lib/mail/templates/signature.ts"),
      mod("lib/petition/links.ts"),
    ]);
    const cycles = folderCycles(edges);
    expect(cycles).toEqual([["lib/mail", "lib/petition"]]);
    expect(describeCycles(edges, cycles)[0]).toContain("lib/mail/deliver.ts → lib/petition/links.ts");
  });

  it("leaves out tests and imports within one folder, and finds nothing in a graph that only goes down", () => {
    const edges = libFolderEdges([
      mod("lib/petition/sign.ts", "lib/mail/queue.ts", "lib/petition/rules.ts"),
      mod("lib/mail/queue.test.ts", "lib/petition/sign.ts"),
      mod("lib/mail/queue.ts", "lib/db/client.ts"),
    ]);
    expect(folderCycles(edges)).toEqual([]);
    expect([...edges.keys()].sort()).toEqual(["lib/mail", "lib/petition"]);
  });
});
