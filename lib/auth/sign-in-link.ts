import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { queueEmail } from "../mail/queue-email";

/** How long a sign-in link works, and how long a request for one waits before it is no longer worth sending. */
export const SIGN_IN_LINK_MINUTES = 15;

type TTx = Pick<PrismaClient, "verificationToken" | "outboxEmail">;

/**
 * Mints an organiser's sign-in link as Auth.js's email provider would (a random token, stored as the
 * SHA-256 of token and secret in VerificationToken, which Auth.js's callback spends once) and queues
 * it. The link opens our confirmation page (a button, not a spent link), which sends the token on to
 * Auth.js's callback (app/(organiser)/admin/sign-in/confirm/page.tsx).
 */
export async function queueSignInLink(tx: TTx, address: string, appUrl: string, authSecret: string, now: number) {
  const token = randomBytes(32).toString("hex");
  await tx.verificationToken.create({
    data: {
      identifier: address,
      token: createHash("sha256").update(`${token}${authSecret}`).digest("hex"),
      expires: new Date(now + SIGN_IN_LINK_MINUTES * 60_000),
    },
  });
  const url = new URL("/admin/sign-in/confirm", appUrl);
  url.searchParams.set("token", token);
  url.searchParams.set("email", address);
  url.searchParams.set("callbackUrl", "/admin");
  await queueEmail(tx, address, "organiser-sign-in", { url: url.toString() });
}
