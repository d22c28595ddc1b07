// Pure. How a supporter's email is put together from the catalogue's words (lib/i18n/messages/emails-*.ts):
// asked or signed on a Burmese page, the Burmese comes first, in the inbox list too (subject
// "Burmese / English"), then a rule, then the English for anyone helping them.
import { messagesFor } from "../../i18n/messages";

/** The catalogue's email words in a language. */
export const words = (lang: "en" | "my") => messagesFor(lang).emails;

export const inBurmeseFirst = (lang: string | undefined, burmese: string[], english: string[]) =>
  (lang === "my" ? [...burmese, "", "---", "", ...english] : english).join("\n");

export const subjectIn = (lang: string | undefined, burmese: string, english: string) =>
  lang === "my" ? `${burmese} / ${english}` : english;
