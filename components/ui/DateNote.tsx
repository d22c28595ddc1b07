import { dateNoteParts } from "@/lib/campaign/date-note";
import type { TLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

/** A research note on a date, in brackets: its fixed phrases in the page's language, the rest marked English. */
export function DateNote({ lang, note, kindShown }: { lang: TLang; note: string | null; kindShown?: boolean }) {
  const parts = dateNoteParts(lang, note, { kindShown });
  if (!parts.length) return null;
  return (
    <>
      {" ("}
      {parts.map((part, i) => (
        <span key={i}>
          {i ? "; " : ""}
          {part.english ? <span lang="en-GB">{part.text}</span> : part.text}
        </span>
      ))}
      {")"}
      {parts.some((p) => p.english) ? <> {messagesFor(lang).inEnglish}</> : null}
    </>
  );
}
