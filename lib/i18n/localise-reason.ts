// Pure. The server's reasons said in a language, looked up by their code in that language's
// catalogue (lib/reasons/reason.ts says what a reason is). A form posted from a page in another language
// is answered in it; words with no translation there get the catalogue's general words, never English.
import type { TFormState } from "../forms/form-state";
import { fill } from "../text/fill";
import type { TLang } from "./languages";
import { messagesFor } from "./messages";
import { englishOf, isPublicReasonCode, type TReason } from "../reasons/reason";

/** What is said, in `lang`; null when it has no words there (English-only words on another language's page). */
export function sayIn(lang: TLang, said: TReason): string | null {
  if (lang === "en") return englishOf(said);
  if (!isPublicReasonCode(said.code)) return null;
  return fill(messagesFor(lang).reasons[said.code], said.params ?? {});
}

/** A form's answer before it is said: reasons, not words (lib/actions/form-action.ts makes it). */
export type TCodedFormState =
  /** `said` null: nothing to say (the form answers with a redirect). */
  | { status: "ok"; said: TReason | null }
  | {
      status: "error";
      code: string;
      said: TReason;
      /** Say the fields' reasons, one after another, in place of `said` (a form that shows no fields). */
      saidAsFields?: boolean;
      fields?: Record<string, TReason>;
      values?: Record<string, string>;
      challenge?: object;
    };

/** A form's answer in the language of the page that posted it. */
export function sayFormState(state: TCodedFormState, lang: TLang): TFormState {
  const t = messagesFor(lang);
  if (state.status === "ok")
    return { status: "ok", message: state.said ? (sayIn(lang, state.said) ?? t.formSent) : "" };
  const { said, saidAsFields, fields, ...rest } = state;
  const words = fields
    ? Object.fromEntries(Object.entries(fields).map(([key, v]) => [key, sayIn(lang, v) ?? t.formFieldError]))
    : undefined;
  const message = saidAsFields && words ? Object.values(words).join(" ") : (sayIn(lang, said) ?? t.formError);
  return { ...rest, message, fields: words };
}
