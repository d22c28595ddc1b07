import { formatPartialDate } from "@/lib/campaign/format-date";
import type { TTimelineEntry } from "@/lib/campaign/timeline";
import { ExternalLink } from "@/components/ui/ExternalLink";

/** A country's dated record, newest first; each entry with its source. */
export function Timeline({ entries, headingId }: { entries: TTimelineEntry[]; headingId: string }) {
  return (
    <ol className="timeline" aria-labelledby={headingId} data-testid="timeline">
      {entries.map((entry) => (
        <li key={entry.key} data-kind={entry.kind}>
          <p className="meta">
            <time dateTime={entry.date}>{formatPartialDate(entry.date)}</time>
            {entry.dateNote ? ` (${entry.dateNote})` : null}
          </p>
          <p className="timeline-title">{entry.title}</p>
          {entry.summary ? <p>{entry.summary}</p> : null}
          {entry.sourceUrl ? (
            <p className="note">
              Source: <ExternalLink href={entry.sourceUrl} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
