import type { Metadata } from "next";
import { EmbedPetition } from "@/components/embed/EmbedPetition";
import { getDb } from "@/lib/db/get-db";
import { langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { loadPetitionView } from "@/lib/petition/petition-view";
import { isBuildPrerender } from "@/lib/server/build-phase";

// Cached like the petition page: the same HTML for every partner; which partner framed it is read
// from the frame's address in the browser (height) and from the form's Referer on the server (source).
export const revalidate = 10;

type TProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: messagesFor(await langOf(params)).petition.pageTitle };
}

export default async function EmbedPetitionPage({ params }: TProps) {
  if (isBuildPrerender()) return null;
  const lang = await langOf(params);
  const petition = await loadPetitionView(getDb(), lang);
  return <EmbedPetition lang={lang} petition={petition} sourcePath="/embed/petition" heading="h1" />;
}
