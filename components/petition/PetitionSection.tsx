import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { issueFormToken } from "@/lib/petition/form-token";
import { getPetitionCounts } from "@/lib/petition/counts";
import { listCountryOptions } from "@/lib/petition/iso-countries";
import { getPetition } from "@/lib/petition/petition";
import { petitionShareText } from "@/lib/share/share-copy";
import { ShareLinks } from "../share/ShareLinks";
import { PetitionProgress } from "./PetitionProgress";
import { SignForm } from "./SignForm";

/** The petition with its count and form, as placed on the home, country and petition pages. */
export async function PetitionSection({
  sourcePath,
  sourceCountry,
  headingLevel = 2,
}: {
  sourcePath: string;
  sourceCountry?: string;
  headingLevel?: 1 | 2;
}) {
  const db = getDb();
  const [petition, counts] = await Promise.all([getPetition(db), getPetitionCounts(db)]);
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section className="petition" aria-labelledby="petition-heading">
      <Heading id="petition-heading">
        {headingLevel === 1 ? petition.title : `Sign the petition: ${petition.title}`}
      </Heading>
      <p>{petition.body}</p>
      <PetitionProgress counts={counts} />
      <SignForm
        idPrefix="sign"
        sourcePath={sourcePath}
        sourceCountry={sourceCountry}
        countries={listCountryOptions()}
        formToken={issueFormToken(getEnv().IP_HASH_SECRET)}
        share={<ShareLinks path={sourcePath} title={petition.title} text={petitionShareText(petition.title)} />}
      />
    </section>
  );
}
