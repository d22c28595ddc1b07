// Pure: used by the composer in the browser and by template saving on the server.

export const MERGE_FIELDS = ["target_name", "country_name", "supporter_name", "supporter_town"] as const;
type TMergeField = (typeof MERGE_FIELDS)[number];
export type TMergeValues = Record<TMergeField, string>;

const FIELD_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The merge fields a template uses that the app does not know (the reason to refuse a save). */
export function findUnknownMergeFields(template: string): string[] {
  const unknown = new Set<string>();
  for (const [, name] of template.matchAll(FIELD_PATTERN)) {
    if (!(MERGE_FIELDS as readonly string[]).includes(name)) unknown.add(name);
  }
  return [...unknown];
}

/**
 * Fills {{field}} placeholders. Values are plain text and are inserted as typed (the result is
 * only ever shown as text or URL-encoded, never as HTML). A line left empty by a blank supporter
 * field at the end of the message (the sign-off) is dropped, so no stray blank lines remain.
 */
export function renderTemplate(template: string, values: TMergeValues): string {
  const unknown = findUnknownMergeFields(template);
  if (unknown.length) throw new Error(`Unknown merge field: ${unknown.join(", ")}`);
  const filled = template.replace(FIELD_PATTERN, (_, name: TMergeField) => values[name].trim());
  return filled.replace(/[ \t]+$/gm, "").replace(/\n+$/, "");
}
