import templates from "../../prisma/data/message-templates.json";

// Imported, not read from disk at request time: a page that reads a computed path makes Next trace
// (and ship) the whole project. The seed's loader (lib/seed/seed-data.ts) validates the same file.

/** Example "why I care" lines, in a supporter's own voice, that the composer offers to start from. */
export const WHY_I_CARE_EXAMPLES: readonly string[] = templates.whyICare;
