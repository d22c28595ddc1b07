import type { TTimelineEntry } from "@/lib/campaign/timeline";
import type { TLang } from "@/lib/i18n/languages";
import { formatDateIn, messagesFor } from "@/lib/i18n/messages";
import { DateNote } from "@/components/ui/DateNote";
import { ExternalLink } from "@/components/ui/ExternalLink";

/** A country's dated record, newest first; each entry with its source. */
export function Timeline({ lang, entries, headingId }: { lang: TLang; entries: TTimelineEntry[]; headingId: string }) {
  const m = messagesFor(lang);
  return (
    <ol className="timeline" aria-labelledby={headingId} data-testid="timeline">
      {entries.map((entry) => (
        <li key={entry.key} data-kind={entry.kind}>
          <p className="meta">
            <time dateTime={entry.date}>{formatDateIn(lang, entry.date)}</time>
            <DateNote lang={lang} note={entry.dateNote} />
          </p>
          <div lang={entry.inEnglish ? "en-GB" : undefined}>
            <p className="timeline-title">{entry.title}</p>
            {entry.summary ? <p>{entry.summary}</p> : null}
          </div>
          {entry.inEnglish ? <p className="note in-english">{m.inEnglish}</p> : null}
          {entry.sourceUrl ? (
            <p className="note">
              {m.country.source} <ExternalLink href={entry.sourceUrl} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
