import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import type { PrismaClient } from "../db/client";
import { cleanLine, cleanText } from "../text/clean-text";
import { AppError } from "../errors";
import { HEADS_OF_MISSION } from "../campaign/mission-words";
import { webUrl } from "../text/web-url";

const line = (max: number, label: string) =>
  z
    .string()
    .transform(cleanLine)
    .pipe(z.string().max(max, `${label} can be at most ${max} characters.`));
const required = (max: number, label: string) => line(max, label).pipe(z.string().min(1, `${label} is required.`));
const text = (max: number, label: string) =>
  z
    .string()
    .transform((v) => cleanText(v).trim())
    .pipe(z.string().max(max, `${label} can be at most ${max} characters.`));
const optional = <T extends z.ZodType<string>>(schema: T) => schema.transform((v) => (v === "" ? null : v));
const urlLines = z
  .string()
  .transform((v) =>
    cleanText(v)
      .split("\n")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(webUrl("Each source must be a full web address, one per line.")).max(20));

export const ZCampaignText = z.object({
  title: required(200, "The title"),
  ask: text(2000, "The campaign text").pipe(z.string().min(1, "The campaign text is required.")),
});

export const ZCountryStatus = z
  .object({
    status: z.enum(["LISTED", "REMOVED"], { error: "Choose listed or removed." }),
    statusDate: z.union([z.iso.date("Give the date as YYYY-MM-DD."), z.literal("")]),
    statusNote: optional(text(1000, "The note")),
    statusSourceUrl: z.union([webUrl("The source must be a full web address."), z.literal("")]),
  })
  .superRefine((v, ctx) => {
    if (v.status === "REMOVED" && !v.statusDate)
      ctx.addIssue({ code: "custom", path: ["statusDate"], message: "Give the date it was removed." });
    if (v.status === "REMOVED" && !v.statusNote)
      ctx.addIssue({ code: "custom", path: ["statusNote"], message: "Say why it was removed." });
  });

export const ZContactEdit = z.object({
  name: required(200, "The name"),
  address: optional(text(500, "The address")),
  phone: optional(text(500, "The phone")),
  website: z.union([webUrl("The website must be a full web address."), z.literal("")]).transform((v) => v || null),
  emails: z
    .string()
    .transform((v) =>
      cleanText(v)
        .split(/[\s,]+/)
        .filter(Boolean),
    )
    .pipe(z.array(z.email("Each email must be a full address.")).max(10)),
  notes: optional(text(4000, "The notes")),
  sourceUrls: urlLines.pipe(z.array(z.string()).min(1, "Keep at least one source for a contact.")),
  // A mission headed by a chargé d'affaires rather than the ambassador its name implies: recorded by an
  // organiser with the source that says so (it sets the hand-in letter's salutation).
  headOfMission: z
    .enum(["", ...HEADS_OF_MISSION], { error: "Choose who heads the mission." })
    .optional()
    .transform((v) => v || null),
  headOfMissionSourceUrl: z
    .union([webUrl("The source must be a full web address."), z.literal("")])
    .optional()
    .transform((v) => v || null),
});

export const ZEvidenceEdit = z.object({
  title: optional(line(300, "The title")),
  publisher: optional(line(200, "The publisher")),
  publishedDate: z
    .union([
      z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Dates look like 2019, 2019-07 or 2019-07-29."),
      z.literal(""),
    ])
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
      fields: { headOfMissionSourceUrl: "Give the source that says who heads the mission." },
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
