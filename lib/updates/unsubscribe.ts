import type { PrismaClient } from "../db/client";
import { hashToken } from "../crypto/tokens";
import { messagesFor } from "../i18n/messages";
import { TOKEN_SHAPE } from "./unsubscribe-link";

/** The one answer to every unsubscribe, whatever the token: it must not tell anyone who signed. */
export const UNSUBSCRIBED_MESSAGE = messagesFor("en").unsubscribe.done;

/**
 * Stops campaign updates for the signature the token belongs to, recording when; their update
 * emails still waiting in the outbox go too. Returns nothing: an unknown, malformed or already-used
 * token is answered exactly like a good one. One statement, so it is as quick for either.
 */
export async function unsubscribeByToken(db: PrismaClient, token: string, now = Date.now()): Promise<void> {
  if (!TOKEN_SHAPE.test(token)) return;
  await db.$executeRaw`
    WITH target AS (
      SELECT "signatureId" AS "id" FROM "SignatureToken"
      WHERE "tokenHash" = ${hashToken(token)} AND "purpose" = 'UNSUBSCRIBE'),
    stopped AS (
      UPDATE "Signature" SET "unsubscribedAt" = ${new Date(now)}
      WHERE "id" IN (SELECT "id" FROM target) AND "unsubscribedAt" IS NULL)
    DELETE FROM "OutboxEmail"
    WHERE "signatureId" IN (SELECT "id" FROM target) AND "kind" = 'campaign-update' AND "status" = 'PENDING'
      AND ("lockedUntil" IS NULL OR "lockedUntil" < ${new Date(now)})`;
}
