import { notFound } from "next/navigation";
import { cardAtMostOncePerMinute } from "@/lib/share/card-once-a-minute";
import { localShareCardImage, SHARE_CARD_SIZE, shareCardImage } from "@/components/share/ShareCard";
import { getDb } from "@/lib/db/get-db";
import { loadTranslator } from "@/lib/i18n/content";
import { isLang } from "@/lib/i18n/languages";
import { getPetitionCounts } from "@/lib/petition/counts";
import { getPetition } from "@/lib/petition/petition";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { petitionCard, PETITION_CARD_ALT } from "@/lib/share/share-card";

// It shows the signature count: redrawn at most once a minute, on a request.
export const revalidate = 60;
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = PETITION_CARD_ALT;

// In the page's language (/my/petition/opengraph-image is the Burmese page's), the title as the page
// shows it: the organisers' translation, or the English where there is none.
export default async function Image({ params }: { params: Promise<{ lang: string }> }) {
  // The build has no database; this drawing is never served (lib/server/build-phase.ts).
  if (isBuildPrerender()) return shareCardImage({ kicker: "", title: "", lines: [] });
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  // Drawn at most once a minute per language (lib/share/card-once-a-minute.ts).
  return cardAtMostOncePerMinute(`petition:${lang}`, async () => {
    const db = getDb();
    const [petition, counts] = await Promise.all([getPetition(db), getPetitionCounts(db)]);
    const title = (await loadTranslator(db, lang, { petition: [petition.id] }))(
      "petition",
      petition.id,
      "title",
      petition.title,
    ).text;
    return localShareCardImage(petitionCard({ title, signatures: counts.confirmed, goal: counts.goal }, lang), lang);
  });
}
