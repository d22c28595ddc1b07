/**
 * A submitted form's text fields as a plain object, for zod. Files and React's own `$ACTION_…`
 * bookkeeping fields are left out.
 */
export function formStrings(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  // An action can be called with any serialisable argument, not only a form: that is an empty form.
  if (!(formData instanceof FormData)) return out;
  for (const [key, value] of formData.entries())
    if (typeof value === "string" && !key.startsWith("$")) out[key] = value;
  return out;
}
