import { reason } from "../reasons/reason";
import { recordAudit } from "../audit/record-audit";
import { LANGS, type TLang } from "../i18n/languages";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { queueEmail } from "../mail/queue-email";
import { renderEmail } from "../mail/templates";
import { getPetition } from "../petition/petition";
import { countAudience } from "./audience";
import { requireUpdate } from "./drafts";
import { TEST_COPY_TOKEN, unsubscribeUrls } from "./unsubscribe-link";
import { hasVersionIn, updateTextFor, type TUpdateVersions } from "./update-text";

/** The email as a supporter reading `lang` gets it, with a link that is no one's: for the preview and the test copy. */
export function previewUpdateEmail(update: TUpdateVersions, appUrl: string, lang: TLang = "en") {
  return renderEmail("campaign-update", {
    ...updateTextFor(update, lang),
    ...unsubscribeUrls(appUrl, TEST_COPY_TOKEN, lang),
  });
}

/** Sends the organiser a copy of each version, marked as a test, through the outbox like every other email. */
export async function sendTestCopy(db: PrismaClient, organiserEmail: string, id: string, appUrl: string) {
  const update = await requireUpdate(db, id);
  for (const lang of LANGS.filter((l) => hasVersionIn(update, l))) {
    const text = updateTextFor(update, lang);
    await queueEmail(db, organiserEmail, "campaign-update", {
      ...text,
      subject: `[Test] ${text.subject}`,
      ...unsubscribeUrls(appUrl, TEST_COPY_TOKEN, lang),
    });
  }
  await recordAudit(db, organiserEmail, "update-test", id);
}

/** How many supporters a draft would go to now. */
export async function audienceOf(
  db: PrismaClient,
  update: { signerCountry: string | null; sourceCountryId: string | null },
): Promise<number> {
  const { id: petitionId } = await getPetition(db);
  return countAudience(db, { petitionId, ...update });
}

/**
 * Starts sending a draft, once the organiser has typed how many it goes to (a mistyped filter should
 * not email thousands). The email worker then hands it to the outbox at the configured pace.
 */
export async function startSending(db: PrismaClient, actor: string, id: string, confirmCount: number, now: number) {
  const { id: petitionId } = await getPetition(db);
  return db.$transaction(async (tx) => {
    const [update] = await tx.$queryRaw<
      { status: string; signerCountry: string | null; sourceCountryId: string | null }[]
    >`
      SELECT "status", "signerCountry", "sourceCountryId" FROM "CampaignUpdate" WHERE "id" = ${id} FOR UPDATE`;
    if (!update) throw new AppError("NOT_FOUND", "updateNotFound");
    if (update.status !== "DRAFT") throw new AppError("CONFLICT", "updateAlreadyStarted");
    const audience = await countAudience(tx, { petitionId, ...update });
    if (!audience) throw new AppError("INVALID_INPUT", "updateNoAudience");
    if (confirmCount !== audience) {
      const n = audience.toLocaleString("en-GB");
      throw new AppError("INVALID_INPUT", reason("updateAudienceChanged", { count: n }), {
        fields: { confirmCount: reason("updateConfirmCountChanged", { count: n }) },
      });
    }
    await tx.campaignUpdate.update({
      where: { id },
      data: { status: "SENDING", startedAt: new Date(now), startedBy: actor, audience, nextSlotAt: new Date(now) },
    });
    await recordAudit(tx, actor, "update-start", id, { audience });
    return audience;
  });
}

/**
 * Pauses or resumes. Pausing waits for a batch being handed over (the worker holds the row), so
 * nothing more is queued once it returns; the few seconds' worth already queued still go. Resuming
 * starts the pace again from now, without a burst for the time paused.
 */
export async function setPaused(db: PrismaClient, actor: string, id: string, paused: boolean, now: number) {
  const changed = await db.campaignUpdate.updateMany({
    where: { id, status: paused ? "SENDING" : "PAUSED" },
    data: paused ? { status: "PAUSED" } : { status: "SENDING", nextSlotAt: new Date(now) },
  });
  if (!changed.count) throw new AppError("CONFLICT", paused ? "updateNotSending" : "updateNotPaused");
  await recordAudit(db, actor, paused ? "update-pause" : "update-resume", id);
}
