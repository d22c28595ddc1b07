import type { PrismaClient } from "../db/client";
import { signInAddressHash } from "./request-sign-in-link";
import { queueSignInLink, SIGN_IN_LINK_MINUTES } from "./sign-in-link";

/** Requests handled per turn; more wait for the next (each address is limited to 3 every 10 minutes). */
const BATCH = 100;

type TSettings = { appUrl: string; authSecret: string; organiserEmails: string[] };

/**
 * The worker's half of asking for a sign-in link (the serving half is lib/auth/request-sign-in-link.ts):
 * claims waiting requests, matches their keyed hashes against the organisers' addresses (ORGANISER_EMAILS
 * and every user with a role: a short list), and for an organiser mints the token and queues the link,
 * in the transaction that deletes the request. A stranger's request is deleted and nothing else; a
 * request older than a link's life is dropped. Returns how many were claimed and how many links went.
 */
export async function sendSignInLinks(
  db: PrismaClient,
  settings: TSettings,
  now = Date.now(),
): Promise<{ claimed: number; sent: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ addressHash: string; requestedAt: Date }[]>`
      DELETE FROM "SignInRequest" WHERE "id" IN (
        SELECT "id" FROM "SignInRequest" ORDER BY "requestedAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      RETURNING "addressHash", "requestedAt"`;
    if (!claimed.length) return { claimed: 0, sent: 0 };
    const users = await tx.user.findMany({ where: { role: { not: null } }, select: { email: true } });
    const organisers = new Map<string, string>();
    for (const address of [...settings.organiserEmails, ...users.map((u) => u.email ?? "")]) {
      if (address) organisers.set(signInAddressHash(address, settings.authSecret), address.trim().toLowerCase());
    }
    let sent = 0;
    for (const request of claimed) {
      const address = organisers.get(request.addressHash);
      if (!address || now - request.requestedAt.getTime() > SIGN_IN_LINK_MINUTES * 60_000) continue;
      await queueSignInLink(tx, address, settings.appUrl, settings.authSecret, now);
      sent++;
    }
    return { claimed: claimed.length, sent };
  });
}
