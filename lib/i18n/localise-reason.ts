// Pure. The server's refusals are written once, in English, where they are decided (zod schemas,
// AppError); a form posted from a page in another language gets them in that language from its
// catalogue's `reasons` (English sentence → translation, "{name}" standing for a value). A reason
// the catalogue lacks is answered with the catalogue's general words, never with English.
import type { TFormState } from "../forms/form-state";
import type { TLang } from "./languages";
import { messagesFor } from "./messages";

type TPattern = { match: RegExp; names: string[]; translation: string };

const patternsByLang = new Map<TLang, TPattern[]>();

function patternsFor(lang: TLang): TPattern[] {
  let patterns = patternsByLang.get(lang);
  if (!patterns) {
    patterns = Object.entries(messagesFor(lang).reasons).map(([english, translation]) => {
      const names = [...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const source = english
        .split(/\{\w+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("(.+?)");
      return { match: new RegExp(`^${source}$`), names, translation };
    });
    patternsByLang.set(lang, patterns);
  }
  return patterns;
}

/** The English reason in `lang`, or null when the catalogue does not say it. */
export function translateReason(lang: TLang, english: string): string | null {
  if (lang === "en") return english;
  for (const { match, names, translation } of patternsFor(lang)) {
    const found = match.exec(english);
    if (found) return names.reduce((text, name, i) => text.replace(`{${name}}`, () => found[i + 1]), translation);
  }
  return null;
}

/** A form's answer in the language of the page that posted it. */
export function localiseFormState(state: TFormState, lang: TLang): TFormState {
  if (lang === "en" || state.status === "idle") return state;
  const t = messagesFor(lang);
  if (state.status === "ok") return { ...state, message: translateReason(lang, state.message) ?? t.formSent };
  const fields = state.fields
    ? Object.fromEntries(
        Object.entries(state.fields).map(([k, v]) => [k, translateReason(lang, v) ?? t.formFieldError]),
      )
    : undefined;
  return { ...state, message: translateReason(lang, state.message) ?? t.formError, fields };
}
