import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { hashToken } from "../crypto/tokens";
import { queueEmails } from "../mail/queue-email";
import { emailLang } from "../petition/email-language";
import { getPetition } from "../petition/petition";
import { audienceWhere } from "./audience";
import { linkSlot, unsubscribeToken } from "../mail/link-tokens";
import { unsubscribeUrls } from "./unsubscribe-link";
import { updateTextFor } from "./update-text";

const UNSUBSCRIBE_SLOT = linkSlot("unsubscribe");

export type TPaceSettings = { appUrl: string; perMinute: number; secret: string };

/** How far ahead of now each turn schedules: more than a worker turn, so the pace has no gaps. */
const LOOKAHEAD_MS = 2000;
const MAX_BATCH = 1000;
const MAX_WAITING = 2000;
// Any constant shared by every worker: only one of them paces at a time.
const PACER_LOCK = 7_312_041;

type TSending = {
  id: string;
  subject: string;
  body: string;
  subjectMy: string | null;
  bodyMy: string | null;
  signerCountry: string | null;
  sourceCountryId: string | null;
  cursor: string | null;
  nextSlotAt: Date | null;
};

/**
 * The sender's step, run at every turn of the email worker: hands the next recipients of the
 * oldest update being sent to the outbox, each with its own send time (nextAttemptAt), spaced at
 * `perMinute`, and never more than LOOKAHEAD_MS ahead. Recipients are walked in signature-id order
 * from a saved cursor (keyset), a batch at a time, so memory stays flat at any size. Each batch is one
 * transaction: the UpdateDelivery rows (primary key: update and signature, inserted ON CONFLICT DO
 * NOTHING), their emails and the cursor commit together, so a restart or a second worker never
 * sends anyone the same update twice. When SMTP is slower than the pace (or away), the emails
 * already waiting go first. Returns how many emails it queued.
 */
export async function paceUpdates(db: PrismaClient, settings: TPaceSettings, now = Date.now()): Promise<number> {
  // Most turns there is nothing to send: one indexed read, no transaction.
  const [sending] = await db.$queryRaw<unknown[]>`
    SELECT 1 FROM "CampaignUpdate" WHERE "status" = 'SENDING' LIMIT 1`;
  if (!sending) return 0;
  const { id: petitionId } = await getPetition(db);
  return db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${PACER_LOCK}) AS "locked"`;
      if (!locked) return 0;
      // Locked until the batch commits: a pause waits for it, then no further batch starts.
      const [update] = await tx.$queryRaw<TSending[]>`
        SELECT "id", "subject", "body", "subjectMy", "bodyMy", "signerCountry", "sourceCountryId", "cursor",
          "nextSlotAt"
        FROM "CampaignUpdate" WHERE "status" = 'SENDING' ORDER BY "startedAt", "id" LIMIT 1 FOR UPDATE`;
      if (!update) return 0;
      const interval = 60_000 / settings.perMinute;
      // After a pause, a restart or a slow turn the pace restarts from now: no burst to catch up.
      const slot = Math.max(update.nextSlotAt?.getTime() ?? now, now);
      let wanted = Math.min(MAX_BATCH, Math.floor((now + LOOKAHEAD_MS - slot) / interval));
      if (wanted <= 0) return 0;
      wanted = Math.min(wanted, await roomInOutbox(tx, settings.perMinute));
      if (wanted <= 0) return 0;

      const picked = await tx.$queryRaw<{ id: string; email: string; sourcePath: string | null; fresh: boolean }[]>`
        WITH picked AS (
          SELECT s."id", s."email", s."sourcePath" FROM "Signature" s
          WHERE ${audienceWhere({ petitionId, ...update })}
            AND s."id" > ${update.cursor ?? ""}
          ORDER BY s."id" LIMIT ${wanted}),
        fresh AS (
          INSERT INTO "UpdateDelivery" ("updateId", "signatureId")
          SELECT ${update.id}, "id" FROM picked
          ON CONFLICT DO NOTHING RETURNING "signatureId")
        SELECT p."id", p."email", p."sourcePath", (f."signatureId" IS NOT NULL) AS "fresh"
        FROM picked p LEFT JOIN fresh f ON f."signatureId" = p."id" ORDER BY p."id"`;

      const fresh = picked.filter((p) => p.fresh);
      const emails = fresh.map((recipient, i) => {
        const token = unsubscribeToken(settings.secret, recipient.id);
        // The page they signed on chooses the language, as for their other emails.
        const lang = emailLang(recipient.sourcePath).lang ?? "en";
        return {
          id: randomUUID(),
          to: recipient.email,
          signatureId: recipient.id,
          notBefore: new Date(slot + i * interval),
          token,
          // The link is made again from the signature's id when the email is sent (lib/mail/link-tokens.ts).
          payload: { ...updateTextFor(update, lang), ...unsubscribeUrls(settings.appUrl, UNSUBSCRIBE_SLOT, lang) },
        };
      });
      await queueEmails(tx, "campaign-update", emails);
      if (emails.length) {
        await tx.signatureToken.createMany({
          data: emails.map((e) => ({
            tokenHash: hashToken(e.token),
            signatureId: e.signatureId,
            purpose: "UNSUBSCRIBE",
          })),
          skipDuplicates: true,
        });
        await tx.$executeRaw`
          UPDATE "UpdateDelivery" d SET "emailId" = e."emailId"
          FROM unnest(${emails.map((e) => e.signatureId)}::text[], ${emails.map((e) => e.id)}::text[])
            AS e("signatureId", "emailId")
          WHERE d."updateId" = ${update.id} AND d."signatureId" = e."signatureId"`;
      }
      const finished = picked.length < wanted;
      await tx.campaignUpdate.update({
        where: { id: update.id },
        data: {
          queued: { increment: fresh.length },
          cursor: picked.at(-1)?.id ?? update.cursor,
          nextSlotAt: new Date(slot + fresh.length * interval),
          ...(finished ? { status: "SENT", finishedAt: new Date(now) } : {}),
        },
      });
      return fresh.length;
    },
    { timeout: 60_000 },
  );
}

/**
 * How many more update emails the outbox may hold: 4 s at the pace, at most MAX_WAITING. Past it the
 * sender waits for SMTP to catch up, rather than piling up emails that would all go at once; and an
 * email queued meanwhile (a confirmation) is never behind more than that many.
 */
async function roomInOutbox(tx: Prisma.TransactionClient, perMinute: number): Promise<number> {
  const cap = Math.min(MAX_WAITING, Math.max(20, Math.ceil((perMinute * 2 * LOOKAHEAD_MS) / 60_000)));
  const [{ waiting }] = await tx.$queryRaw<{ waiting: number }[]>`
    SELECT count(*)::int AS "waiting" FROM (
      SELECT 1 FROM "OutboxEmail" WHERE "status" = 'PENDING' AND "kind" = 'campaign-update' LIMIT ${cap}) w`;
  return cap - waiting;
}
