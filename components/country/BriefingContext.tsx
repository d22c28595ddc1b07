import { BRIEFING_CONTEXT } from "@/lib/campaign/briefing-context";
import { ExternalLink } from "@/components/ui/ExternalLink";

/** The briefing's own words around its list, quoted and dated, with the link to it. */
export function BriefingContext({ briefingUrl, headingLevel = 2 }: { briefingUrl: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="briefing-context-heading" className="briefing-context" data-testid="briefing-context">
      <Heading id="briefing-context-heading">What the briefing said in {BRIEFING_CONTEXT.date}</Heading>
      <p>In the words of Burma Campaign UK&apos;s briefing No. 54, published in {BRIEFING_CONTEXT.date}:</p>
      <blockquote>
        <p>{BRIEFING_CONTEXT.since2017}</p>
        <p>{BRIEFING_CONTEXT.transparency}</p>
        <p>{BRIEFING_CONTEXT.afterCoup}</p>
      </blockquote>
      <blockquote>
        <p>{BRIEFING_CONTEXT.unRecord}</p>
        <p>{BRIEFING_CONTEXT.courts}</p>
        <p>{BRIEFING_CONTEXT.coup}</p>
      </blockquote>
      <p>
        These are statements of {BRIEFING_CONTEXT.date}. This site adds dated updates only where a source supports them.
        Read the briefing series: <ExternalLink href={briefingUrl} />
      </p>
    </section>
  );
}
