import { formatPartialDate } from "@/lib/campaign/format-date";
import type { TCountryPage } from "@/lib/campaign/queries";
import { ExternalLink } from "@/components/ui/ExternalLink";

function sourceLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

export function EvidenceList({ items }: { items: TCountryPage["evidence"] }) {
  return (
    <ol className="evidence-list">
      {items.map((item) => {
        const date = formatPartialDate(item.publishedDate);
        return (
          <li key={item.id} className="card evidence" data-testid="evidence-item">
            <h3>{item.title ?? `Page cited by the briefing on ${sourceLabel(item.url)}`}</h3>
            {item.addedBy ? <p className="note">Added by the campaign&apos;s organisers since the briefing.</p> : null}
            <p className="meta">
              {item.publisher ?? sourceLabel(item.url)}
              {date ? ` · ${date}${item.dateNote ? ` (${item.dateNote})` : ""}` : " · date not known"}
            </p>
            <p>
              {item.addedBy ? "Source" : "Source as cited in the briefing"}: <ExternalLink href={item.url} />
            </p>
            {item.summary ? (
              <div className="research">
                <h4>What our research found</h4>
                <p>{item.summary}</p>
                {!item.storedCopyFound && !item.addedBy ? (
                  <p className="note">
                    We could not retrieve a copy of the cited page itself; the note above says what other reports show.
                  </p>
                ) : null}
                {item.relatedUrls.length ? (
                  <details>
                    <summary>Related reports ({item.relatedUrls.length})</summary>
                    <ul>
                      {item.relatedUrls.map((url) => (
                        <li key={url}>
                          <ExternalLink href={url} />
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
