import { fill } from "@/lib/text/fill";
import type { TLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import type { TPetitionView } from "@/lib/petition/petition-view";
import { PetitionProgress } from "../petition/PetitionProgress";
import { PetitionSignForm } from "../petition/PetitionSignForm";
import { ShareLinks } from "../share/ShareLinks";

/**
 * The petition's count and signing form for a partner's frame: the same form and server action as
 * our own pages (so the same signing, the same one answer), compact, and with every link opening
 * our site in a new tab, in the frame's language.
 */
export function EmbedPetition({
  lang,
  petition,
  sourcePath,
  sourceCountry,
  heading,
}: {
  lang: TLang;
  /** lib/petition/petition-view.ts, loaded by the page. */
  petition: TPetitionView;
  /** The embed's English path; the form records it with the language's prefix (a signer's emails follow it). */
  sourcePath: string;
  sourceCountry?: string;
  /** The country embed has its own h1; the petition embed's title is its h1. */
  heading: "h1" | "h2";
}) {
  const { counts, shareText } = petition;
  const title = petition.title.text;
  const Heading = heading;
  return (
    <section className="petition embed-petition" aria-labelledby="petition-heading">
      <Heading id="petition-heading">{fill(messagesFor(lang).petition.signHeading, { title })}</Heading>
      <PetitionProgress lang={lang} counts={counts} />
      <PetitionSignForm
        idPrefix="embed-sign"
        lang={lang}
        sourcePath={sourcePath}
        sourceCountry={sourceCountry}
        embedded
        share={<ShareLinks lang={lang} path="/petition" title={title} text={shareText} newTab />}
      />
    </section>
  );
}
