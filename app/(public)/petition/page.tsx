import type { Metadata } from "next";
import { PetitionSection } from "@/components/petition/PetitionSection";
import { getDb } from "@/lib/db/get-db";
import { getPetition } from "@/lib/petition/petition";
import { pageMetadata } from "@/lib/share/page-metadata";
import { petitionShareText } from "@/lib/share/share-copy";

export const revalidate = 10;

export async function generateMetadata(): Promise<Metadata> {
  const petition = await getPetition(getDb());
  return pageMetadata({
    path: "/petition",
    title: "Sign the petition",
    description: petitionShareText(petition.title),
    image: "own",
  });
}

export default function PetitionPage() {
  return <PetitionSection sourcePath="/petition" headingLevel={1} />;
}
