import { getDb } from "@/lib/db/get-db";
import { messagesFor } from "@/lib/i18n/messages";
import { EMBED_WORDS } from "@/lib/embed/embed-words";
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
 * our site in a new tab.
 */
export async function EmbedPetition({
  sourcePath,
  sourceCountry,
  heading,
}: {
  sourcePath: string;
  sourceCountry?: string;
  /** The country embed has its own h1; the petition embed's title is its h1. */
  heading: "h1" | "h2";
}) {
  const db = getDb();
  const [petition, counts] = await Promise.all([getPetition(db), getPetitionCounts(db)]);
  const Heading = heading;
  return (
    <section className="petition embed-petition" aria-labelledby="petition-heading">
      <Heading id="petition-heading">{EMBED_WORDS.petitionTitle(petition.title)}</Heading>
      <PetitionProgress lang="en" counts={counts} />
      <SignForm
        idPrefix="embed-sign"
        lang="en"
        words={messagesFor("en").sign}
        donatePath="/donate"
        privacyPath="/privacy"
        sourcePath={sourcePath}
        sourceCountry={sourceCountry}
        countries={listCountryOptions()}
        formToken={issueFormToken(getEnv().IP_HASH_SECRET)}
        embedded
        share={<ShareLinks path="/petition" title={petition.title} text={petitionShareText(petition.title)} newTab />}
      />
    </section>
  );
}
