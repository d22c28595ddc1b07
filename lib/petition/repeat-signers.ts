import type { PrismaClient } from "../db/client";
import type { TLinkSettings } from "../mail/link-tokens";
import { errorKind, getLogger } from "../observability/logger";
import { queueEmail } from "../mail/queue-email";
import { emailLang } from "./email-language";
import { getPetition } from "./petition";
import { queueConfirmation } from "./sign-petition";

/** What a repeat signer's follow-up did: for tests and the log (by kind only). */
export type TFollowUpOutcome = "resent" | "noticed" | "quiet";

const MAX_CONFIRMATION_EMAILS = 3;
/** A repeat signer's address gets at most one email a day, whatever is submitted. */
const NOTICE_EVERY_MS = 86_400_000;
/** Follow-ups handled per worker turn; the rest wait for the next turn. */
const BATCH = 50;
/** A follow-up that keeps failing is tried this many times, then dropped (logged): a later submission tries again. */
const MAX_ATTEMPTS = 5;

type TClaimed = { signatureId: string; submittedAt: Date; attempts: number };

/**
 * Handles the repeat signers' follow-ups written by the signing statement (lib/petition/signature-writer.ts:
 * one row per signature at most, the latest submission's time). Runs in the worker, never in the process
 * that answered, so neither the answer nor the instance's next answers depend on whether an address had
 * signed. Each row is claimed, acted on and deleted in one transaction; a failure leaves it for a later turn.
 */
export async function handleRepeatSigners(
  db: PrismaClient,
  links: TLinkSettings,
  now = Date.now(),
): Promise<{ signatureId: string; outcome: TFollowUpOutcome }[]> {
  const outcomes: { signatureId: string; outcome: TFollowUpOutcome }[] = [];
  const petition = await getPetition(db);
  for (let i = 0; i < BATCH; i++) {
    let claimedId: string | undefined;
    try {
      const outcome = await db.$transaction(
        async (tx) => {
          const [row] = await tx.$queryRaw<TClaimed[]>`
            DELETE FROM "RepeatSignFollowUp" WHERE "signatureId" = (
              SELECT "signatureId" FROM "RepeatSignFollowUp" WHERE "nextAttemptAt" <= ${new Date(now)}
              ORDER BY "nextAttemptAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING "signatureId", "submittedAt", "attempts"`;
          if (!row) return null;
          claimedId = row.signatureId;
          return { signatureId: row.signatureId, outcome: await followUp(tx, row, petition.title, links) };
        },
        { timeout: 15_000 },
      );
      if (outcome === null) break;
      outcomes.push(outcome);
    } catch (error) {
      if (!claimedId) throw error;
      await setAside(db, claimedId, now, error);
    }
  }
  return outcomes;
}

type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * The owner of the address hears, at most once a day: a pending signature's confirmation again (capped
 * in all), a confirmed one's "you had already signed". An invalidated or erased one hears nothing:
 * organisers invalidated it as abuse, and a note would make us a relay for it.
 */
async function followUp(
  tx: TTx,
  row: TClaimed,
  petitionTitle: string,
  links: TLinkSettings,
): Promise<TFollowUpOutcome> {
  const at = row.submittedAt.getTime();
  const [existing] = await tx.$queryRaw<
    {
      id: string;
      status: string;
      email: string | null;
      firstName: string | null;
      sourcePath: string | null;
      confirmationsSent: number;
      lastEmailedAt: Date | null;
    }[]
  >`
    SELECT "id", "status", "email", "firstName", "sourcePath", "confirmationsSent", "lastEmailedAt"
    FROM "Signature" WHERE "id" = ${row.signatureId} FOR UPDATE`;
  if (!existing?.email || (existing.lastEmailedAt && at - existing.lastEmailedAt.getTime() < NOTICE_EVERY_MS))
    return "quiet";
  const signature = {
    id: existing.id,
    email: existing.email,
    firstName: existing.firstName ?? "",
    sourcePath: existing.sourcePath,
  };
  if (existing.status === "PENDING") {
    if (existing.confirmationsSent >= MAX_CONFIRMATION_EMAILS) return "quiet";
    await queueConfirmation(tx, signature, petitionTitle, links, at, "resend");
    return "resent";
  }
  if (existing.status !== "CONFIRMED") return "quiet";
  await queueEmail(
    tx,
    existing.email,
    "signature-already-signed",
    { firstName: signature.firstName, petitionTitle: petitionTitle, ...emailLang(existing.sourcePath) },
    existing.id,
  );
  await tx.signature.update({ where: { id: existing.id }, data: { lastEmailedAt: new Date(at) } });
  return "noticed";
}

async function setAside(db: PrismaClient, signatureId: string, now: number, error: unknown) {
  getLogger().error(errorKind(error), "a repeat signer's follow-up failed; tried again later");
  await db.$executeRaw`
    UPDATE "RepeatSignFollowUp" SET "attempts" = "attempts" + 1,
      "nextAttemptAt" = ${new Date(now + 60_000)}
    WHERE "signatureId" = ${signatureId}`;
  await db.$executeRaw`
    DELETE FROM "RepeatSignFollowUp" WHERE "signatureId" = ${signatureId} AND "attempts" >= ${MAX_ATTEMPTS}`;
}
