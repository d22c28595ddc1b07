import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/client";
import { randomUUID } from "node:crypto";
import { hashToken } from "../crypto/tokens";
import { localPath, type TLang } from "../i18n/languages";
import { linkSlot, linkToken } from "../mail/link-tokens";
import { queueEmail } from "../mail/queue-email";
import type { TLinkSettings } from "../mail/link-tokens";

const ACCESS_HOURS = 24;

/**
 * Subject access, step one: a link to the address itself, whatever we hold, so the request never
 * tells the asker anything. The caller limits how often (lib/rate-limit/abuse-limits.ts).
 */
export async function requestDataAccess(
  db: PrismaClient,
  email: string,
  links: TLinkSettings,
  now = Date.now(),
  /** The page's language the request came from: the email and the page its link opens are in it. */
  lang: TLang = "en",
): Promise<void> {
  // The link is made from the email's id when it is sent (lib/mail/link-tokens.ts); the outbox holds its slot.
  const emailId = randomUUID();
  const token = linkToken(links.secret, "data-access", emailId);
  await db.$transaction(async (tx) => {
    const expiresAt = new Date(now + ACCESS_HOURS * 3_600_000);
    await tx.dataAccessToken.create({ data: { tokenHash: hashToken(token), email, expiresAt } });
    const url = `${links.appUrl}${localPath(lang, `/privacy/my-data/${linkSlot("data-access")}`)}`;
    const payload = { url, hours: ACCESS_HOURS, ...(lang === "en" ? {} : { lang }) };
    await queueEmail(tx, email, "data-access", payload, null, emailId);
    // That a request was made, never by whom (the answer goes to the address, whoever asked).
    await recordAudit(tx, "supporter", "data-access-request", null, { lang });
  });
}

/** The address a data-access link was sent to, or null when the link is unknown or expired. */
export async function emailForAccessToken(db: PrismaClient, token: string, now = Date.now()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await db.dataAccessToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return row && row.expiresAt.getTime() > now ? row.email : null;
}
