import { SHARE_CARD_SIZE, shareCardImage } from "@/components/share/ShareCard";
import { getDb } from "@/lib/db/get-db";
import { getPetitionCounts } from "@/lib/petition/counts";
import { getPetition } from "@/lib/petition/petition";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { petitionCard, PETITION_CARD_ALT } from "@/lib/share/share-card";

// It shows the signature count: redrawn at most once a minute, on a request.
export const revalidate = 60;
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = PETITION_CARD_ALT;

export default async function Image() {
  // The build has no database; this drawing is never served (lib/server/build-phase.ts).
  if (isBuildPrerender()) return shareCardImage({ kicker: "", title: "", lines: [] });
  const db = getDb();
  const [petition, counts] = await Promise.all([getPetition(db), getPetitionCounts(db)]);
  return shareCardImage(petitionCard({ title: petition.title, signatures: counts.confirmed, goal: counts.goal }));
}
