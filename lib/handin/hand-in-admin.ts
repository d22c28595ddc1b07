import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import type { PrismaClient } from "../db/client";

// What the organisers' hand-in pages show: the listed countries, their missions and past deliveries.

const withMission = {
  contacts: {
    where: { kind: "LONDON_MISSION" as const },
    orderBy: { name: "asc" as const },
    take: 1,
    select: { name: true, address: true },
  },
};

/** Listed countries in briefing order, each with its mission and its latest delivery. */
export function listHandInCountries(db: PrismaClient) {
  return db.country.findMany({
    where: { campaign: { slug: CAMPAIGN_SLUG }, status: "LISTED" },
    orderBy: [{ briefingRank: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      ...withMission,
      handIns: { orderBy: { deliveredOn: "desc" }, take: 1, select: { deliveredOn: true } },
    },
  });
}

/** A listed country with its mission and every delivery, newest first; null when it is not listed. */
export function getHandInCountry(db: PrismaClient, slug: string) {
  return db.country.findFirst({
    where: { slug, campaign: { slug: CAMPAIGN_SLUG }, status: "LISTED" },
    select: {
      slug: true,
      name: true,
      ...withMission,
      handIns: {
        orderBy: [{ deliveredOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          deliveredOn: true,
          method: true,
          recipient: true,
          photoUrl: true,
          reply: true,
          signatureCount: true,
          createdBy: true,
        },
      },
    },
  });
}
