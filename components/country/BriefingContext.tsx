import { BRIEFING_CONTEXT } from "@/lib/campaign/briefing-context";
import { ExternalLink } from "@/components/ui/ExternalLink";
import type { TLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

/** The briefing's own words around its list, quoted (in English, as written) and dated, with the link to it. */
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
  const quoteLang = lang === "en" ? undefined : "en-GB";
  return (
    <section aria-labelledby="briefing-context-heading" className="briefing-context" data-testid="briefing-context">
      <Heading id="briefing-context-heading">{t.heading}</Heading>
      <p>{t.intro}</p>
      {t.quotesNote ? <p className="note">{t.quotesNote}</p> : null}
      <blockquote lang={quoteLang}>
        <p>{BRIEFING_CONTEXT.since2017}</p>
        <p>{BRIEFING_CONTEXT.transparency}</p>
        <p>{BRIEFING_CONTEXT.afterCoup}</p>
      </blockquote>
      <blockquote lang={quoteLang}>
        <p>{BRIEFING_CONTEXT.unRecord}</p>
        <p>{BRIEFING_CONTEXT.courts}</p>
        <p>{BRIEFING_CONTEXT.coup}</p>
      </blockquote>
      <p>
        {t.outro} <ExternalLink href={briefingUrl} />
      </p>
    </section>
  );
}
