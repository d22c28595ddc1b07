import type { Metadata } from "next";
import { PetitionSection } from "@/components/petition/PetitionSection";

export const revalidate = 10;
export const metadata: Metadata = { title: "Sign the petition" };

export default function PetitionPage() {
  return <PetitionSection sourcePath="/petition" headingLevel={1} />;
}
