import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { hashToken, newToken } from "../crypto/tokens";

const ACCESS_HOURS = 24;

/** The email with the link to one's data; it reads the same whether or not we hold anything. */
export function dataAccessEmail(link: string) {
  return {
    subject: "Your link to see the data we hold",
    text: [
      "Someone, probably you, asked to see what our campaign holds about this email address.",
      "",
      `This link shows all of it, if we hold anything, and lets you download it (it works for ${ACCESS_HOURS} hours):`,
      link,
      "",
      "If you did not ask, you can ignore this email: nobody else can see the page without the link.",
    ].join("\n"),
  };
}

/**
 * Subject access, step one: a link to the address itself, whatever we hold, so the request never
 * tells the asker anything. The caller limits how often (lib/rate-limit/abuse-limits.ts).
 */
export async function requestDataAccess(
  db: PrismaClient,
  email: string,
  appUrl: string,
  now = Date.now(),
): Promise<void> {
  const token = newToken();
  const message = dataAccessEmail(`${appUrl}/privacy/my-data/${token}`);
  await db.$transaction([
    db.dataAccessToken.create({
      data: { tokenHash: hashToken(token), email, expiresAt: new Date(now + ACCESS_HOURS * 3_600_000) },
    }),
    db.outboxEmail.create({ data: { id: randomUUID(), kind: "data-access", toAddress: email, ...message } }),
  ]);
}

/** The address a data-access link was sent to, or null when the link is unknown or expired. */
export async function emailForAccessToken(db: PrismaClient, token: string, now = Date.now()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await db.dataAccessToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return row && row.expiresAt.getTime() > now ? row.email : null;
}
