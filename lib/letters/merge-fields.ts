// Pure: used by the composer in the browser and by template saving on the server; the hand-in pack's
// covering letter (lib/handin/) has fields of its own, checked and filled the same way.

export const MERGE_FIELDS = ["target_name", "country_name", "supporter_name", "supporter_town"] as const;
type TMergeField = (typeof MERGE_FIELDS)[number];

const FIELD_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The merge fields a template uses that the app does not know (the reason to refuse a save). */
export function findUnknownMergeFields(template: string, known: readonly string[] = MERGE_FIELDS): string[] {
  const unknown = new Set<string>();
  for (const [, name] of template.matchAll(FIELD_PATTERN)) {
    if (!known.includes(name)) unknown.add(name);
  }
  return [...unknown];
}

/**
 * The parameters of the reason an organiser reads (letterUnknownMergeField) when a template they save
 * uses fields the app does not know: the unknown fields and the known ones, as written in a template.
 */
export function unknownMergeFields(unknown: readonly string[], known: readonly string[] = MERGE_FIELDS) {
  const list = (names: readonly string[]) => names.map((f) => `{{${f}}}`).join(", ");
  return { unknown: list(unknown), known: list(known) };
}

/**
 * Fills {{field}} placeholders. Values are plain text and are inserted as typed (the result is
 * only ever shown as text or URL-encoded, never as HTML). A line left empty by a blank supporter
 * field at the end of the message (the sign-off) is dropped, so no stray blank lines remain.
 */
export function renderTemplate<F extends string = TMergeField>(template: string, values: Record<F, string>): string {
  const unknown = findUnknownMergeFields(template, Object.keys(values));
  if (unknown.length) throw new Error(`Unknown merge field: ${unknown.join(", ")}`);
  const filled = template.replace(FIELD_PATTERN, (_, name: F) => values[name].trim());
  return filled.replace(/[ \t]+$/gm, "").replace(/\n+$/, "");
}
