import type { Metadata } from "next";
import { EmbedPetition } from "@/components/embed/EmbedPetition";
import { isBuildPrerender } from "@/lib/server/build-phase";

// Cached like the petition page: the same HTML for every partner; which partner framed it is read
// from the frame's address in the browser (height) and from the form's Referer on the server (source).
export const revalidate = 10;

export const metadata: Metadata = { title: "Sign the petition" };

export default function EmbedPetitionPage() {
  if (isBuildPrerender()) return null;
  return <EmbedPetition sourcePath="/embed/petition" heading="h1" />;
}
