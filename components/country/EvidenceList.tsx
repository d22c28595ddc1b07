import type { TCountryPage } from "@/lib/campaign/queries";
import type { TTranslator } from "@/lib/i18n/content";
import { fill } from "@/lib/text/fill";
import type { TLang } from "@/lib/i18n/languages";
import { formatDateIn, formatNumberIn, messagesFor } from "@/lib/i18n/messages";
import { dateKindOf } from "@/lib/campaign/date-kind";
import { ExternalLink } from "@/components/ui/ExternalLink";
import { DateNote } from "@/components/ui/DateNote";
import { LocalText } from "@/components/ui/LocalText";

function sourceLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

// Titles are quoted from their sources and stay in their own language (marked when it is not the page's);
// a title the data set rebuilt from a web address (no copy of the page seen) is never shown as a
// headline: the card names the site and says the page was not seen. Every date says what it is.
export function EvidenceList({
  lang,
  items,
  translate,
}: {
  lang: TLang;
  items: TCountryPage["evidence"];
  translate: TTranslator;
}) {
  const m = messagesFor(lang);
  const t = m.evidence;
  return (
    <ol className="evidence-list">
      {items.map((item) => {
        const date = formatDateIn(lang, item.publishedDate);
        const kind = dateKindOf(item);
        const seen = item.storedCopyFound || !!item.addedBy;
        return (
          <li key={item.id} className="card evidence" data-testid="evidence-item">
            {item.title && seen ? (
              <h3 lang={lang === "en" ? undefined : "en"}>{item.title}</h3>
            ) : (
              <h3>{fill(t.untitled, { site: sourceLabel(item.url) })}</h3>
            )}
            {!seen ? <p className="note">{t.notSeen}</p> : null}
            {item.addedBy ? <p className="note">{t.addedByOrganisers}</p> : null}
            <p className="meta">
              {item.publisher ?? sourceLabel(item.url)}
              {date ? ` · ${date}${kind ? ` (${t.dateKinds[kind]})` : ""}` : ` · ${t.dateUnknown}`}
              {/* The research's own note on the date, less what the kind's label says already. */}
              {date ? <DateNote lang={lang} note={item.dateNote} kindShown={!!kind} /> : null}
            </p>
            <p>
              {item.addedBy ? t.source : t.sourceInBriefing}: <ExternalLink href={item.url} />
            </p>
            {item.summary ? (
              <div className="research">
                <h4>{t.research}</h4>
                <p>
                  <LocalText value={translate("evidence", item.id, "summary", item.summary)} inEnglish={m.inEnglish} />
                </p>
                {!item.storedCopyFound && !item.addedBy ? <p className="note">{t.noStoredCopy}</p> : null}
                {item.relatedUrls.length ? (
                  <details>
                    <summary>{fill(t.related, { count: formatNumberIn(lang, item.relatedUrls.length) })}</summary>
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
