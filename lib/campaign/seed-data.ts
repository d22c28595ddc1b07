import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// The shape of prisma/data/campaign.json, derived from the briefing's data set
// (shared/data/countries.json): the facts are that file's, the campaign wording is the app's.

const ZUrl = z.url();

const ZSeedContact = z.object({
  kind: z.enum(["LONDON_MISSION", "GOVERNMENT"]),
  name: z.string().min(1),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  website: ZUrl.nullable(),
  emails: z.array(z.email()),
  notes: z.string().nullable(),
  sourceUrls: z.array(ZUrl).min(1, "every contact needs at least one source"),
});

const ZSeedEvidence = z.object({
  url: ZUrl,
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedDate: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  dateNote: z.string().nullable(),
  summary: z.string().nullable(),
  storedCopyFound: z.boolean(),
  relatedUrls: z.array(ZUrl),
});

const ZSeedCountry = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  iso2: z.string().length(2),
  name: z.string().min(1),
  briefingRank: z.number().int().positive().nullable(),
  status: z.enum(["listed", "removed"]),
  statusDate: z.iso.date().nullable(),
  statusNote: z.string().nullable(),
  statusSourceUrl: ZUrl.nullable(),
  evidence: z.array(ZSeedEvidence).min(1),
  contacts: z.array(ZSeedContact),
});

const ZSeedData = z.object({
  campaign: z.object({
    slug: z.string(),
    title: z.string(),
    ask: z.string(),
    petition: z.object({ slug: z.string(), title: z.string(), body: z.string(), goal: z.number().int().positive() }),
    briefing: z.object({ title: z.string(), publisher: z.string(), series: z.string(), date: z.string(), url: ZUrl }),
    moreInformation: z.array(z.object({ label: z.string(), url: ZUrl })),
  }),
  countries: z.array(ZSeedCountry),
});

export type TSeedData = z.infer<typeof ZSeedData>;
export type TSeedContact = z.infer<typeof ZSeedContact>;

const SEED_DATA_PATH = path.join(process.cwd(), "prisma/data/campaign.json");

export function loadSeedData(file = SEED_DATA_PATH): TSeedData {
  return ZSeedData.parse(JSON.parse(readFileSync(file, "utf8")));
}

// prisma/data/message-templates.json: one frame in the app's words, with a sentence per country
// that restates (never goes beyond) that country's evidence.
const ZSeedTemplates = z.object({
  subject: z.string().min(1),
  body: z.string().includes("{{evidence}}"),
  evidence: z.record(z.string(), z.string().min(1)),
});

const SEED_TEMPLATES_PATH = path.join(process.cwd(), "prisma/data/message-templates.json");

/** The starting message for each country that has one, keyed by country slug. */
export function loadSeedTemplates(file = SEED_TEMPLATES_PATH): Map<string, { subject: string; body: string }> {
  const data = ZSeedTemplates.parse(JSON.parse(readFileSync(file, "utf8")));
  return new Map(
    Object.entries(data.evidence).map(([slug, evidence]) => [
      slug,
      { subject: data.subject, body: data.body.replace("{{evidence}}", evidence) },
    ]),
  );
}
