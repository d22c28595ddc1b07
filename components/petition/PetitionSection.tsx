import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { loadTranslator } from "@/lib/i18n/content";
import { fill } from "@/lib/i18n/fill";
import { LANGUAGES, localPath, type TLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { issueFormToken } from "@/lib/petition/form-token";
import { getPetitionCounts } from "@/lib/petition/counts";
import { listCountryOptions } from "@/lib/petition/iso-countries";
import { getPetition } from "@/lib/petition/petition";
import { petitionShareText } from "@/lib/share/share-copy";
import { ShareLinks } from "../share/ShareLinks";
import { FirstAction } from "../ui/FirstAction";
import { LocalText } from "../ui/LocalText";
import { PetitionProgress } from "./PetitionProgress";
import { SignForm } from "./SignForm";

/** The petition with its count and form, as placed on the home, country and petition pages. */
export async function PetitionSection({
  lang,
  sourcePath,
  sourceCountry,
  headingLevel = 2,
  showProgress = true,
}: {
  lang: TLang;
  /** The page's English path; the form records it with the language's prefix. */
  sourcePath: string;
  sourceCountry?: string;
  /** The petition's own page (1) opens with the count and the way to the form, in the first screen. */
  headingLevel?: 1 | 2;
  /** Off where the page has shown the count already, in its first screen (the home page). */
  showProgress?: boolean;
}) {
  const db = getDb();
  const [petition, counts] = await Promise.all([getPetition(db), getPetitionCounts(db)]);
  const translate = await loadTranslator(db, lang, { petition: [petition.id] });
  const title = translate("petition", petition.id, "title", petition.title);
  const body = translate("petition", petition.id, "body", petition.body);
  const m = messagesFor(lang);
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const shareText =
    lang === "en" ? petitionShareText(petition.title) : fill(m.share.petitionText, { title: title.text });
  return (
    <section className="petition" aria-labelledby="petition-heading">
      <Heading id="petition-heading">
        {headingLevel === 1 ? (
          <LocalText value={title} inEnglish={m.inEnglish} />
        ) : (
          fill(m.petition.signHeading, { title: title.text })
        )}
      </Heading>
      {headingLevel === 1 ? (
        <FirstAction
          count={<PetitionProgress lang={lang} counts={counts} />}
          action={{ href: "#sign-form", label: m.petition.pageTitle }}
          evidence={{ href: localPath(lang, "/about"), label: m.layout.about }}
        />
      ) : null}
      <p>
        <LocalText value={body} inEnglish={m.inEnglish} />
      </p>
      {headingLevel === 2 && showProgress ? <PetitionProgress lang={lang} counts={counts} /> : null}
      <SignForm
        idPrefix="sign"
        lang={lang}
        words={m.sign}
        donatePath={localPath(lang, "/donate")}
        privacyPath={localPath(lang, "/privacy")}
        sourcePath={localPath(lang, sourcePath)}
        sourceCountry={sourceCountry}
        countries={listCountryOptions(LANGUAGES[lang].htmlLang)}
        formToken={issueFormToken(getEnv().IP_HASH_SECRET)}
        share={<ShareLinks lang={lang} path={sourcePath} title={title.text} text={shareText} />}
      />
    </section>
  );
}
