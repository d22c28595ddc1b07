import type { Metadata } from "next";
import { PetitionSection } from "@/components/petition/PetitionSection";
import { isBuildPrerender } from "@/lib/server/build-phase";

export const revalidate = 10;
export const metadata: Metadata = { title: "Sign the petition" };

export default function PetitionPage() {
  if (isBuildPrerender()) return null;
  return <PetitionSection sourcePath="/petition" headingLevel={1} />;
}
