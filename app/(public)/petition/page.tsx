import type { Metadata } from "next";
import { PetitionSection } from "@/components/petition/PetitionSection";
import { getDb } from "@/lib/db/get-db";
import { getPetition } from "@/lib/petition/petition";
import { pageMetadata } from "@/lib/share/page-metadata";
import { petitionShareText } from "@/lib/share/share-copy";
import { isBuildPrerender } from "@/lib/server/build-phase";

export const revalidate = 10;

export async function generateMetadata(): Promise<Metadata> {
  if (isBuildPrerender()) return {}; // never served: see lib/server/build-phase.ts
  const petition = await getPetition(getDb());
  return pageMetadata({
    path: "/petition",
    title: "Sign the petition",
    description: petitionShareText(petition.title),
    image: "own",
  });
}

export default function PetitionPage() {
  if (isBuildPrerender()) return null;
  return <PetitionSection sourcePath="/petition" headingLevel={1} />;
}
