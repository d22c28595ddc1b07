import type { Metadata } from "next";
import { PetitionSection } from "@/components/petition/PetitionSection";
import { getDb } from "@/lib/db/get-db";
import { loadTranslator } from "@/lib/i18n/content";
import { fill } from "@/lib/i18n/fill";
import { langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { getPetition } from "@/lib/petition/petition";
import { pageMetadata } from "@/lib/share/page-metadata";
import { petitionShareText } from "@/lib/share/share-copy";
import { isBuildPrerender } from "@/lib/server/build-phase";

export const revalidate = 10;

type TProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  if (isBuildPrerender()) return {}; // never served: see lib/server/build-phase.ts
  const lang = await langOf(params);
  const db = getDb();
  const petition = await getPetition(db);
  const title = (await loadTranslator(db, lang, { petition: [petition.id] }))(
    "petition",
    petition.id,
    "title",
    petition.title,
  );
  const m = messagesFor(lang);
  return pageMetadata({
    lang,
    path: "/petition",
    title: m.petition.pageTitle,
    description: lang === "en" ? petitionShareText(petition.title) : fill(m.share.petitionText, { title: title.text }),
    image: "petition",
  });
}

export default async function PetitionPage({ params }: TProps) {
  if (isBuildPrerender()) return null;
  return <PetitionSection lang={await langOf(params)} sourcePath="/petition" headingLevel={1} />;
}
