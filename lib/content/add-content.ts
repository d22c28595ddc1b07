import { reason, zodReason } from "../reasons/reason";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { addLetter, type TMessageTemplateInput } from "../letters/save-template";
import { cleanLine, cleanText } from "../text/clean-text";
import { webUrl } from "../text/web-url";
import { ZContactEdit } from "./edit-content";

// What organisers add to keep the campaign current: countries, evidence, contacts and dated updates.
// Every fact carries its source and its date as the source gives it; every addition is audited.

const line = (max: number, label: string) =>
  z
    .string()
    .transform(cleanLine)
    .pipe(z.string().min(1, zodReason("fieldRequired", { label })).max(max, zodReason("fieldTooLong", { label, max })));
const text = (max: number, label: string) =>
  z
    .string()
    .transform((v) => cleanText(v).trim())
    .pipe(z.string().max(max, zodReason("fieldTooLong", { label, max })))
    .transform((v) => v || null);
const sourceUrl = (label: string) =>
  z
    .string()
    .transform(cleanLine)
    .pipe(webUrl(zodReason("fieldNotWebAddress", { label })));
/** As precise as the source is: a year, a month or a day. */
const partialDate = z
  .string()
  .transform(cleanLine)
  .pipe(z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, zodReason("partialDateInvalid")));
const DATE_NOTES = ["", "approx.", "inferred"] as const;
const dateNote = z.enum(DATE_NOTES, { error: zodReason("dateNoteMissing") }).transform((v) => (v === "" ? null : v));

export const ZNewCountry = z.object({
  name: line(100, "The name"),
  slug: z
    .string()
    .transform((v) => cleanLine(v).toLowerCase())
    .pipe(z.string().regex(/^[a-z][a-z0-9-]{1,58}[a-z0-9]$/, zodReason("countrySlugInvalid"))),
  iso2: z
    .string()
    .transform((v) => cleanLine(v).toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}$/, zodReason("countryIso2Invalid"))),
  status: z.enum(["LISTED", "REMOVED"], { error: zodReason("countryStatusMissing") }),
  statusDate: z.iso.date(zodReason("dateInvalid")),
  statusNote: text(1000, "The note").pipe(z.string({ error: zodReason("countryStatusNoteMissing") })),
  statusSourceUrl: sourceUrl("The source"),
});

export const ZNewEvidence = z.object({
  title: line(300, "The title"),
  url: sourceUrl("The source"),
  relatedUrls: z
    .string()
    .transform((v) =>
      cleanText(v)
        .split("\n")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(webUrl(zodReason("relatedUrlsInvalid"))).max(20)),
  publisher: text(200, "The publisher"),
  publishedDate: partialDate,
  dateNote,
  summary: text(4000, "The summary"),
});

export const ZNewContact = ZContactEdit.extend({
  kind: z.enum(["LONDON_MISSION", "GOVERNMENT"], { error: zodReason("contactKindMissing") }),
});

export const ZNewUpdate = z.object({
  happenedOn: partialDate,
  dateNote,
  title: line(200, "The headline"),
  summary: text(2000, "The summary"),
  sourceUrl: sourceUrl("The source"),
});

async function countryOf(db: Pick<PrismaClient, "country">, slug: string) {
  const country = await db.country.findFirst({ where: { slug, campaign: { slug: CAMPAIGN_SLUG } } });
  if (!country) throw new AppError("NOT_FOUND", "countryNotOurs");
  return country;
}

export async function addCountry(db: PrismaClient, actor: string, input: z.output<typeof ZNewCountry>) {
  const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: CAMPAIGN_SLUG } });
  const clash = await db.country.findFirst({
    where: { campaignId: campaign.id, OR: [{ slug: input.slug }, { iso2: input.iso2 }] },
  });
  if (clash)
    throw new AppError(
      "CONFLICT",
      reason("countryClash", { name: clash.name, what: clash.slug === input.slug ? "address" : "code" }),
      {
        fields: clash.slug === input.slug ? { slug: reason("alreadyTaken") } : { iso2: reason("alreadyTaken") },
      },
    );
  const country = await db.country.create({
    data: {
      ...input,
      campaignId: campaign.id,
      statusDate: new Date(`${input.statusDate}T00:00:00Z`),
      briefingRank: null, // not in the briefing: its page says who added it, when, and the source
      addedBy: actor,
    },
  });
  await recordAudit(db, actor, "add-country", country.slug, { name: country.name, status: country.status });
  return country;
}

export async function addEvidence(db: PrismaClient, actor: string, slug: string, input: z.output<typeof ZNewEvidence>) {
  const country = await countryOf(db, slug);
  if (await db.evidenceItem.findUnique({ where: { countryId_url: { countryId: country.id, url: input.url } } }))
    throw new AppError("CONFLICT", "evidenceClash", {
      fields: { url: reason("alreadyListed") },
    });
  const last = await db.evidenceItem.aggregate({ where: { countryId: country.id }, _max: { position: true } });
  const item = await db.evidenceItem.create({
    data: { ...input, addedBy: actor, countryId: country.id, position: (last._max.position ?? -1) + 1 },
  });
  await recordAudit(db, actor, "add-evidence", item.id, { country: slug, url: item.url });
  return item;
}

/** A new contact starts unverified: someone must check it against its sources and mark it. */
export async function addContact(db: PrismaClient, actor: string, slug: string, input: z.output<typeof ZNewContact>) {
  const country = await countryOf(db, slug);
  const key = { countryId_kind_name: { countryId: country.id, kind: input.kind, name: input.name } };
  if (await db.contact.findUnique({ where: key }))
    throw new AppError("CONFLICT", "contactClash", {
      fields: { name: reason("alreadyListed") },
    });
  const contact = await db.contact.create({ data: { ...input, countryId: country.id, editedAt: new Date() } });
  await recordAudit(db, actor, "add-contact", contact.id, { country: slug, name: contact.name });
  return contact;
}

/** Also inside a caller's transaction (a hand-in's delivery writes its update with its own row). */
export async function addUpdate(
  db: PrismaClient | Prisma.TransactionClient,
  actor: string,
  slug: string,
  input: z.output<typeof ZNewUpdate>,
) {
  const country = await countryOf(db, slug);
  const update = await db.countryUpdate.create({ data: { ...input, countryId: country.id, createdBy: actor } });
  await recordAudit(db, actor, "add-update", update.id, { country: slug, happenedOn: update.happenedOn });
  return update;
}

/** An organiser's new letter for a country, found by its slug (never by an id the form sent). */
export async function addCountryLetter(db: PrismaClient, actor: string, slug: string, input: TMessageTemplateInput) {
  const country = await countryOf(db, slug);
  const letter = await addLetter(db, country.id, input);
  await recordAudit(db, actor, "add-letter", letter.id, { country: slug });
  return letter;
}
