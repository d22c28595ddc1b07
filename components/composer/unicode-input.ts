import { hasMyanmarScript } from "@/lib/text/myanmar-script";

/**
 * Hands a field's text to `set` in Unicode, converting Burmese typed in Zawgyi (lib/text/zawgyi.ts),
 * so the letter reads right for the mission that gets it. The field itself keeps what was typed: on
 * a Zawgyi phone the converted text would look garbled to the person who typed it.
 *
 * The detector is fetched only once someone types Burmese, not with every page's JavaScript. The
 * field is read again when it has arrived, so the letter gets the latest text, never an older one.
 * If it cannot be fetched, the letter gets the text as typed.
 */
export function setAsUnicode(field: { readonly value: string }, set: (text: string) => void): Promise<void> {
  if (!hasMyanmarScript(field.value)) return Promise.resolve(set(field.value));
  return import("@/lib/text/zawgyi").then(
    ({ toUnicodeIfZawgyi }) => set(toUnicodeIfZawgyi(field.value)),
    () => set(field.value),
  );
}
