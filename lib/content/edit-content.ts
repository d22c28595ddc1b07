import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import type { PrismaClient } from "../db/client";
import { cleanLine, cleanText } from "../text/clean-text";
import { AppError } from "../errors";
import { HEADS_OF_MISSION } from "../campaign/mission-words";
import { webUrl } from "../text/web-url";
import { reason, zodReason } from "../reasons/reason";

const line = (max: number, label: string) =>
  z
    .string()
    .transform(cleanLine)
    .pipe(z.string().max(max, zodReason("fieldTooLong", { label, max })));
const required = (max: number, label: string) =>
  line(max, label).pipe(z.string().min(1, zodReason("fieldRequired", { label })));
const text = (max: number, label: string) =>
  z
    .string()
    .transform((v) => cleanText(v).trim())
    .pipe(z.string().max(max, zodReason("fieldTooLong", { label, max })));
const optional = <T extends z.ZodType<string>>(schema: T) => schema.transform((v) => (v === "" ? null : v));
const urlLines = z
  .string()
  .transform((v) =>
    cleanText(v)
      .split("\n")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(webUrl(zodReason("sourceUrlsInvalid"))).max(20));

export const ZCampaignText = z.object({
  title: required(200, "The title"),
  ask: text(2000, "The campaign text").pipe(
    z.string().min(1, zodReason("fieldRequired", { label: "The campaign text" })),
  ),
});

export const ZCountryStatus = z
  .object({
    status: z.enum(["LISTED", "REMOVED"], { error: zodReason("countryStatusMissing") }),
    statusDate: z.union([z.iso.date(zodReason("dateInvalid")), z.literal("")]),
    statusNote: optional(text(1000, "The note")),
    statusSourceUrl: z.union([webUrl(zodReason("sourceUrlInvalid")), z.literal("")]),
  })
  .superRefine((v, ctx) => {
    if (v.status === "REMOVED" && !v.statusDate)
      ctx.addIssue({ code: "custom", path: ["statusDate"], message: zodReason("countryRemovedDateMissing") });
    if (v.status === "REMOVED" && !v.statusNote)
      ctx.addIssue({ code: "custom", path: ["statusNote"], message: zodReason("countryRemovedNoteMissing") });
  });

export const ZContactEdit = z.object({
  name: required(200, "The name"),
  address: optional(text(500, "The address")),
  phone: optional(text(500, "The phone")),
  website: z.union([webUrl(zodReason("websiteInvalid")), z.literal("")]).transform((v) => v || null),
  emails: z
    .string()
    .transform((v) =>
      cleanText(v)
        .split(/[\s,]+/)
        .filter(Boolean),
    )
    .pipe(z.array(z.email(zodReason("contactEmailsInvalid"))).max(10)),
  notes: optional(text(4000, "The notes")),
  sourceUrls: urlLines.pipe(z.array(z.string()).min(1, zodReason("contactSourceMissing"))),
  // A mission headed by a chargé d'affaires rather than the ambassador its name implies: recorded by an
  // organiser with the source that says so (it sets the hand-in letter's salutation).
  headOfMission: z
    .enum(["", ...HEADS_OF_MISSION], { error: zodReason("headOfMissionMissing") })
    .optional()
    .transform((v) => v || null),
  headOfMissionSourceUrl: z
    .union([webUrl(zodReason("sourceUrlInvalid")), z.literal("")])
    .optional()
    .transform((v) => v || null),
});

export const ZEvidenceEdit = z.object({
  title: optional(line(300, "The title")),
  publisher: optional(line(200, "The publisher")),
  publishedDate: z
    .union([z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, zodReason("evidenceDateInvalid")), z.literal("")])
    .transform((v) => v || null),
  summary: optional(text(4000, "The summary")),
});

export async function updateCampaignText(db: PrismaClient, actor: string, input: z.output<typeof ZCampaignText>) {
  await db.campaign.update({ where: { slug: CAMPAIGN_SLUG }, data: input });
  await recordAudit(db, actor, "edit-campaign", CAMPAIGN_SLUG);
}

export async function updateCountryStatus(
  db: PrismaClient,
  actor: string,
  slug: string,
  input: z.output<typeof ZCountryStatus>,
) {
  await db.country.updateMany({
    where: { slug, campaign: { slug: CAMPAIGN_SLUG } },
    data: {
      status: input.status,
      statusDate: input.statusDate ? new Date(`${input.statusDate}T00:00:00Z`) : null,
      statusNote: input.statusNote,
      statusSourceUrl: input.statusSourceUrl || null,
    },
  });
  await recordAudit(db, actor, "edit-country-status", slug, { status: input.status, statusDate: input.statusDate });
}

/** Saves an organiser's edit; the seed will never overwrite this contact again. */
export async function updateContact(db: PrismaClient, actor: string, id: string, input: z.output<typeof ZContactEdit>) {
  if (input.headOfMission && !input.headOfMissionSourceUrl)
    throw new AppError("INVALID_INPUT", "headOfMissionSourceMissing", {
      fields: { headOfMissionSourceUrl: reason("headOfMissionSourceMissing") },
    });
  await db.contact.update({ where: { id }, data: { ...input, editedAt: new Date() } });
  await recordAudit(db, actor, "edit-contact", id);
}

export async function verifyContact(db: PrismaClient, actor: string, id: string) {
  await db.contact.update({ where: { id }, data: { verifiedAt: new Date(), verifiedBy: actor } });
  await recordAudit(db, actor, "verify-contact", id);
}

/** Back to "not yet verified", e.g. when a mission has moved and the details need checking again. */
export async function unverifyContact(db: PrismaClient, actor: string, id: string) {
  await db.contact.update({ where: { id }, data: { verifiedAt: null, verifiedBy: null } });
  await recordAudit(db, actor, "unverify-contact", id);
}

export async function updateEvidenceItem(
  db: PrismaClient,
  actor: string,
  id: string,
  input: z.output<typeof ZEvidenceEdit>,
) {
  await db.evidenceItem.update({ where: { id }, data: input });
  await recordAudit(db, actor, "edit-evidence", id);
}
