import type { PrismaClient } from "../db/client";
import { loadTranslator, type TLocalText } from "../i18n/content";
import { fill } from "../text/fill";
import type { TLang } from "../i18n/languages";
import { messagesFor } from "../i18n/messages";
import { petitionShareText } from "../share/share-copy";
import { getPetitionCounts, type TPetitionCounts } from "./counts";
import { getPetition } from "./petition";

export type TPetitionView = {
  title: TLocalText;
  body: TLocalText;
  counts: TPetitionCounts;
  /** What a share link says of the petition, in the page's language. */
  shareText: string;
};

/** The petition as a page shows it in one language: our own pages and partners' embeds alike. */
export async function loadPetitionView(db: PrismaClient, lang: TLang): Promise<TPetitionView> {
  const [petition, counts] = await Promise.all([getPetition(db), getPetitionCounts(db)]);
  const translate = await loadTranslator(db, lang, { petition: [petition.id] });
  const title = translate("petition", petition.id, "title", petition.title);
  const body = translate("petition", petition.id, "body", petition.body);
  const shareText =
    lang === "en"
      ? petitionShareText(petition.title)
      : fill(messagesFor(lang).share.petitionText, { title: title.text });
  return { title, body, counts, shareText };
}
