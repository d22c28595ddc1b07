// Pure. What one signer reads of an update: the version in their language when the organiser wrote
// one, else the English; the email's own closing words and unsubscribe page follow the signer's
// language either way, as the site's interface does around content not yet translated.
import type { TLang } from "../i18n/languages";

export type TUpdateVersions = { subject: string; body: string; subjectMy: string | null; bodyMy: string | null };

/** Whether the organiser wrote the update in this language (English always). */
export const hasVersionIn = (update: TUpdateVersions, lang: TLang) =>
  lang === "my" ? Boolean(update.subjectMy && update.bodyMy) : lang === "en";

export function updateTextFor(update: TUpdateVersions, lang: TLang): { subject: string; body: string; lang: TLang } {
  if (lang === "my" && hasVersionIn(update, lang)) return { subject: update.subjectMy!, body: update.bodyMy!, lang };
  return { subject: update.subject, body: update.body, lang };
}
