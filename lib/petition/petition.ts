import { memoise } from "../cache/memoise";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import type { PrismaClient } from "../db/client";

export type TPetition = { id: string; slug: string; title: string; body: string; goal: number; closesAt: Date | null };

/** The campaign's petition; read once a minute at most, since every signature needs it. */
export function getPetition(db: PrismaClient): Promise<TPetition> {
  return memoise(db, "petition", 60_000, async () => {
    const petition = await db.petition.findFirst({
      where: { campaign: { slug: CAMPAIGN_SLUG } },
      select: { id: true, slug: true, title: true, body: true, goal: true, closesAt: true },
      orderBy: { createdAt: "asc" },
    });
    if (!petition) throw new Error("The petition is missing: run npm run db:seed");
    return petition;
  });
}
