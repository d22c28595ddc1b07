import type { Metadata } from "next";
import { PetitionSection } from "@/components/petition/PetitionSection";
import { getDb } from "@/lib/db/get-db";
import { langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { loadPetitionView } from "@/lib/petition/petition-view";
import { pageMetadata } from "@/lib/share/page-metadata";
import { isBuildPrerender } from "@/lib/server/build-phase";

export const revalidate = 10;

type TProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  if (isBuildPrerender()) return {}; // never served: see lib/server/build-phase.ts
  const lang = await langOf(params);
  const petition = await loadPetitionView(getDb(), lang);
  return pageMetadata({
    lang,
    path: "/petition",
    title: messagesFor(lang).petition.pageTitle,
    description: petition.shareText,
    image: "petition",
  });
}

export default async function PetitionPage({ params }: TProps) {
  if (isBuildPrerender()) return null;
  const lang = await langOf(params);
  const petition = await loadPetitionView(getDb(), lang);
  return <PetitionSection lang={lang} petition={petition} sourcePath="/petition" headingLevel={1} />;
}
