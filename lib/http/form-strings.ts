/**
 * A submitted form's text fields as a plain object, for zod. Files and React's own `$ACTION_…`
 * bookkeeping fields are left out.
 */
export function formStrings(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (typeof value === "string" && !key.startsWith("$")) out[key] = value;
  return out;
}
