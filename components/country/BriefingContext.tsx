import { BRIEFING_CONTEXT } from "@/lib/i18n/briefing-context";
import { ExternalLink } from "@/components/ui/ExternalLink";
import type { TLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

const GROUPS = [
  ["since2017", "transparency", "afterCoup"],
  ["unRecord", "courts", "coup"],
] as const;

/**
 * The briefing's own words around its list, quoted and dated, with the link to it. In another
 * language they are translated, said to be, and the English original is one click away.
 */
export function BriefingContext({
  lang,
  briefingUrl,
  headingLevel = 2,
}: {
  lang: TLang;
  briefingUrl: string;
  headingLevel?: 2 | 3;
}) {
  const t = messagesFor(lang).briefing;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="briefing-context-heading" className="briefing-context" data-testid="briefing-context">
      <Heading id="briefing-context-heading">{t.heading}</Heading>
      <p>{t.intro}</p>
      {t.quotesNote ? <p className="note">{t.quotesNote}</p> : null}
      {GROUPS.map((group) => (
        <blockquote key={group[0]}>
          {group.map((key) => (
            <p key={key}>{t.quotes[key]}</p>
          ))}
        </blockquote>
      ))}
      {lang !== "en" ? (
        <details>
          <summary>{t.original}</summary>
          {GROUPS.map((group) => (
            <blockquote key={group[0]} lang="en-GB">
              {group.map((key) => (
                <p key={key}>{BRIEFING_CONTEXT[key]}</p>
              ))}
            </blockquote>
          ))}
        </details>
      ) : null}
      <p>
        {t.outro} <ExternalLink href={briefingUrl} />
      </p>
    </section>
  );
}
