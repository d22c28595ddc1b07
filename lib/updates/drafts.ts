import { recordAudit } from "../audit/record-audit";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import type { TUpdateDraft } from "./update-input";
import { reason } from "../reasons/reason";

// The country page filter arrives as a slug (what the form offers); the update keeps its id.
async function sourceCountryIdOf(db: PrismaClient, slug: string | null): Promise<string | null> {
  if (!slug) return null;
  const country = await db.country.findFirst({
    where: { slug, campaign: { slug: CAMPAIGN_SLUG } },
    select: { id: true },
  });
  if (!country)
    throw new AppError("INVALID_INPUT", "updateCountryNotListed", {
      fields: { sourceCountry: reason("updateCountryNotListed") },
    });
  return country.id;
}

// A Burmese subject without its body (or the reverse) would send half an email: both or neither.
function burmeseVersionOf(input: TUpdateDraft): { subjectMy: string | null; bodyMy: string | null } {
  const { subjectMy, bodyMy } = input;
  if (subjectMy && !bodyMy)
    throw new AppError("INVALID_INPUT", "updateBurmeseBodyMissing", {
      fields: { bodyMy: reason("updateBurmeseBodyMissing") },
    });
  if (bodyMy && !subjectMy)
    throw new AppError("INVALID_INPUT", "updateBurmeseSubjectMissing", {
      fields: { subjectMy: reason("updateBurmeseSubjectMissing") },
    });
  return { subjectMy, bodyMy };
}

/** A new draft; nothing is sent until an organiser starts it (lib/updates/sending.ts). */
export async function createUpdate(db: PrismaClient, actor: string, input: TUpdateDraft): Promise<string> {
  const burmese = burmeseVersionOf(input);
  const sourceCountryId = await sourceCountryIdOf(db, input.sourceCountry);
  return db.$transaction(async (tx) => {
    const { id } = await tx.campaignUpdate.create({
      data: {
        subject: input.subject,
        body: input.body,
        ...burmese,
        signerCountry: input.signerCountry,
        sourceCountryId,
        createdBy: actor,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, "update-create", id, { subject: input.subject });
    return id;
  });
}

/** Changes a draft; once sending has started, what supporters get is fixed. */
export async function editUpdate(db: PrismaClient, actor: string, id: string, input: TUpdateDraft): Promise<void> {
  const burmese = burmeseVersionOf(input);
  const sourceCountryId = await sourceCountryIdOf(db, input.sourceCountry);
  await db.$transaction(async (tx) => {
    const changed = await tx.campaignUpdate.updateMany({
      where: { id, status: "DRAFT" },
      data: {
        subject: input.subject,
        body: input.body,
        ...burmese,
        signerCountry: input.signerCountry,
        sourceCountryId,
      },
    });
    if (!changed.count) throw new AppError("CONFLICT", "updateStartedSending");
    await recordAudit(tx, actor, "update-edit", id, { subject: input.subject });
  });
}

export async function getUpdate(db: PrismaClient, id: string) {
  const update = await db.campaignUpdate.findUnique({
    where: { id: id.slice(0, 64) },
    include: { sourceCountry: { select: { slug: true, name: true } } },
  });
  return update;
}

/** For pages and actions that need the update to exist. */
export async function requireUpdate(db: PrismaClient, id: string) {
  const update = await getUpdate(db, id);
  if (!update) throw new AppError("NOT_FOUND", "updateNotFound");
  return update;
}

export function listUpdates(db: PrismaClient) {
  return db.campaignUpdate.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, subject: true, status: true, audience: true, queued: true, createdAt: true, createdBy: true },
  });
}
