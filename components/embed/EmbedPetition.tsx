import { getDb } from "@/lib/db/get-db";
import { loadTranslator } from "@/lib/i18n/content";
import { fill } from "@/lib/i18n/fill";
import { LANGUAGES, localPath, type TLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { getEnv } from "@/lib/env";
import { issueFormToken } from "@/lib/petition/form-token";
import { getPetitionCounts } from "@/lib/petition/counts";
import { listCountryOptions } from "@/lib/petition/iso-countries";
import { getPetition } from "@/lib/petition/petition";
import { petitionShareText } from "@/lib/share/share-copy";
import { PetitionProgress } from "../petition/PetitionProgress";
import { SignForm } from "../petition/SignForm";
import { ShareLinks } from "../share/ShareLinks";

/**
 * The petition's count and signing form for a partner's frame: the same form and server action as
 * our own pages (so the same signing, the same one answer), compact, and with every link opening
 * our site in a new tab, in the frame's language.
 */
export async function EmbedPetition({
  lang,
  sourcePath,
  sourceCountry,
  heading,
}: {
  lang: TLang;
  /** The embed's English path; the form records it with the language's prefix (a signer's emails follow it). */
  sourcePath: string;
  sourceCountry?: string;
  /** The country embed has its own h1; the petition embed's title is its h1. */
  heading: "h1" | "h2";
}) {
  const db = getDb();
  const [petition, counts] = await Promise.all([getPetition(db), getPetitionCounts(db)]);
  const title = (await loadTranslator(db, lang, { petition: [petition.id] }))(
    "petition",
    petition.id,
    "title",
    petition.title,
  ).text;
  const m = messagesFor(lang);
  const Heading = heading;
  const shareText = lang === "en" ? petitionShareText(petition.title) : fill(m.share.petitionText, { title });
  return (
    <section className="petition embed-petition" aria-labelledby="petition-heading">
      <Heading id="petition-heading">{fill(m.petition.signHeading, { title })}</Heading>
      <PetitionProgress lang={lang} counts={counts} />
      <SignForm
        idPrefix="embed-sign"
        lang={lang}
        words={m.sign}
        donatePath={localPath(lang, "/donate")}
        privacyPath={localPath(lang, "/privacy")}
        sourcePath={localPath(lang, sourcePath)}
        sourceCountry={sourceCountry}
        countries={listCountryOptions(LANGUAGES[lang].htmlLang)}
        formToken={issueFormToken(getEnv().IP_HASH_SECRET)}
        embedded={{ newTab: m.embed.newTab }}
        share={<ShareLinks lang={lang} path="/petition" title={title} text={shareText} newTab />}
      />
    </section>
  );
}
