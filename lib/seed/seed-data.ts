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

// prisma/data/message-templates.json: several default letters for each listed country, each in
// the app's own words and restating (never going beyond) that country's evidence, so that no two
// supporters' emails need look alike; and example "why I care" lines a supporter can start from.
// words-vs-sources.unit.test.ts holds the letters to their sources, letter-overlap.unit.test.ts keeps them apart.
const ZSeedLetter = z.object({
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)+$/),
  subject: z.string().min(1).max(90),
  // Short enough that a mailto: link carrying it URL-encoded stays within MAX_MAIL_LINK_LENGTH.
  body: z.string().min(1).max(950),
});

const ZSeedTemplates = z
  .object({
    whyICare: z.array(z.string().min(1).max(200)).min(5).max(7),
    letters: z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(ZSeedLetter).min(1)),
  })
  .superRefine(({ letters }, ctx) => {
    const seen = new Set<string>();
    for (const [slug, list] of Object.entries(letters)) {
      for (const { key } of list) {
        if (!key.startsWith(`${slug}-`)) ctx.addIssue({ code: "custom", message: `${key} does not start "${slug}-"` });
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: `duplicate letter key ${key}` });
        seen.add(key);
      }
    }
  });

type TSeedLetter = z.infer<typeof ZSeedLetter>;

const SEED_TEMPLATES_PATH = path.join(process.cwd(), "prisma/data/message-templates.json");

function readSeedTemplates(file: string) {
  return ZSeedTemplates.parse(JSON.parse(readFileSync(file, "utf8")));
}

/** The default letters for each country that has them, keyed by country slug, in the file's order. */
export function loadSeedLetters(file = SEED_TEMPLATES_PATH): Map<string, TSeedLetter[]> {
  return new Map(Object.entries(readSeedTemplates(file).letters));
}

/** Example "why I care" lines, in the supporter's own voice, for the composer to offer. */
export function loadWhyICareExamples(file = SEED_TEMPLATES_PATH): string[] {
  return readSeedTemplates(file).whyICare;
}
