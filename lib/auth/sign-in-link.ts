import { createHash, randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { linkSlot, signInToken } from "../mail/link-tokens";
import { queueEmail } from "../mail/queue-email";

/** How long a sign-in link works, and how long a request for one waits before it is no longer worth sending. */
export const SIGN_IN_LINK_MINUTES = 15;

type TTx = Pick<PrismaClient, "verificationToken" | "outboxEmail">;

/** Auth.js's stored form of a sign-in token: its callback looks the link's token up by this, once. */
export const signInTokenHash = (token: string, authSecret: string) =>
  createHash("sha256").update(`${token}${authSecret}`).digest("hex");

/**
 * Mints an organiser's sign-in link and queues it (the worker's half, lib/auth/send-sign-in-links.ts).
 * The token is made from the email's id under AUTH_SECRET (lib/mail/link-tokens.ts): VerificationToken
 * keeps its hash, as Auth.js's email provider would, and the outbox keeps a slot the worker fills when
 * it sends, so a copy of the database holds no live sign-in (issue 27). The link opens our confirmation
 * page (a button, not a spent link), which sends the token on to Auth.js's callback
 * (app/(organiser)/admin/sign-in/confirm/page.tsx).
 */
export async function queueSignInLink(tx: TTx, address: string, appUrl: string, authSecret: string, now: number) {
  const emailId = randomUUID();
  await tx.verificationToken.create({
    data: {
      identifier: address,
      token: signInTokenHash(signInToken(authSecret, emailId), authSecret),
      expires: new Date(now + SIGN_IN_LINK_MINUTES * 60_000),
    },
  });
  const url = new URL("/admin/sign-in/confirm", appUrl);
  url.searchParams.set("token", "TOKENSLOT");
  url.searchParams.set("email", address);
  url.searchParams.set("callbackUrl", "/admin");
  // The slot is put in after the query is built, so its braces are not percent-encoded.
  const link = url.toString().replace("TOKENSLOT", linkSlot("organiser-sign-in"));
  await queueEmail(tx, address, "organiser-sign-in", { url: link }, null, emailId);
}
