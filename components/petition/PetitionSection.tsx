import { fill } from "@/lib/text/fill";
import { localPath, type TLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import type { TPetitionView } from "@/lib/petition/petition-view";
import { ShareLinks } from "../share/ShareLinks";
import { FirstAction } from "../ui/FirstAction";
import { LocalText } from "../ui/LocalText";
import { PetitionProgress } from "./PetitionProgress";
import { PetitionSignForm } from "./PetitionSignForm";

/** The petition with its count and form, as placed on the home, country and petition pages. */
export function PetitionSection({
  lang,
  petition,
  sourcePath,
  sourceCountry,
  headingLevel = 2,
  showProgress = true,
}: {
  lang: TLang;
  /** lib/petition/petition-view.ts, loaded by the page. */
  petition: TPetitionView;
  /** The page's English path; the form records it with the language's prefix. */
  sourcePath: string;
  sourceCountry?: string;
  /** The petition's own page (1) opens with the count and the way to the form, in the first screen. */
  headingLevel?: 1 | 2;
  /** Off where the page has shown the count already, in its first screen (the home page). */
  showProgress?: boolean;
}) {
  const { title, body, counts, shareText } = petition;
  const m = messagesFor(lang);
  const Heading = headingLevel === 1 ? "h1" : "h2";
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
      <PetitionSignForm
        idPrefix="sign"
        lang={lang}
        sourcePath={sourcePath}
        sourceCountry={sourceCountry}
        share={<ShareLinks lang={lang} path={sourcePath} title={title.text} text={shareText} />}
      />
    </section>
  );
}
