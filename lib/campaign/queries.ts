import "server-only";
import type { PrismaClient } from "../db/client";
import { CAMPAIGN_SLUG } from "./campaign-slug";

/** The campaign with its countries: listed ones in briefing order, then those removed. */
export async function getCampaignOverview(db: PrismaClient) {
  const campaign = await db.campaign.findUnique({
    where: { slug: CAMPAIGN_SLUG },
    include: {
      countries: {
        orderBy: [{ status: "asc" }, { briefingRank: "asc" }, { name: "asc" }],
        include: { _count: { select: { evidence: true } } },
      },
    },
  });
  if (!campaign) throw new Error(`Campaign ${CAMPAIGN_SLUG} is missing: run npm run db:seed`);
  return campaign;
}

export async function getAboutEvidence(db: PrismaClient) {
  return db.campaign.findUnique({
    where: { slug: CAMPAIGN_SLUG },
    include: { moreInfoLinks: { orderBy: { position: "asc" } } },
  });
}

export async function getCountryBySlug(db: PrismaClient, slug: string) {
  return db.country.findFirst({
    where: { slug, campaign: { slug: CAMPAIGN_SLUG } },
    include: {
      campaign: { select: { briefingDate: true, briefingUrl: true } },
      evidence: { orderBy: { position: "asc" } },
      contacts: { orderBy: [{ kind: "asc" }, { name: "asc" }] },
      // The letters a visitor may be offered (one, at random, in the composer).
      messageTemplates: {
        where: { retiredAt: null },
        // key and version: whether each is still the seed's own letter (the page's note on what they ask).
        select: { id: true, subject: true, body: true, key: true, version: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
      updates: { orderBy: [{ happenedOn: "desc" }, { createdAt: "desc" }] },
    },
  });
}

/** A country as the admin edits it: every letter, retired ones too. */
export async function getCountryForAdmin(db: PrismaClient, slug: string) {
  return db.country.findFirst({
    where: { slug, campaign: { slug: CAMPAIGN_SLUG } },
    include: {
      evidence: { orderBy: { position: "asc" } },
      contacts: { orderBy: [{ kind: "asc" }, { name: "asc" }] },
      messageTemplates: {
        orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
      },
      updates: { orderBy: [{ happenedOn: "desc" }, { createdAt: "desc" }] },
    },
  });
}

/** The latest dated updates across countries, newest first (the home page's "since the briefing"). */
export function listLatestUpdates(db: PrismaClient, take = 5) {
  return db.countryUpdate.findMany({
    where: { country: { campaign: { slug: CAMPAIGN_SLUG } } },
    orderBy: [{ happenedOn: "desc" }, { createdAt: "desc" }],
    take,
    select: {
      id: true,
      happenedOn: true,
      dateNote: true,
      title: true,
      summary: true,
      sourceUrl: true,
      countryId: true,
      country: { select: { slug: true, name: true } },
    },
  });
}

export type TCountryPage = NonNullable<Awaited<ReturnType<typeof getCountryBySlug>>>;

/** Every country (listed or removed), by name, for choosers such as the export filter. */
export function listCountryChoices(db: PrismaClient) {
  return db.country.findMany({
    where: { campaign: { slug: CAMPAIGN_SLUG } },
    select: { id: true, slug: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Every country's slug (listed or removed): the sitemap's country pages. */
export async function listCountrySlugs(db: PrismaClient): Promise<string[]> {
  const rows = await db.country.findMany({
    where: { campaign: { slug: CAMPAIGN_SLUG } },
    select: { slug: true },
    orderBy: { slug: "asc" },
  });
  return rows.map((row) => row.slug);
}
