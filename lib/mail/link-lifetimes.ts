import type { PrismaClient } from "../db/client";
import { hashToken } from "../crypto/tokens";
import type { TLinkPurpose } from "./link-tokens";

/**
 * How long links work, counted from when their email is sent (set again at each try), so mail held
 * for a while does not arrive spent. A remove link for 30 days: long enough to change one's mind
 * after signing, and a data-access link (24 hours, asked for at any time) reaches the same records
 * later. A monthly gift's manage link for 7 days: it opens Stripe's portal (cancel, change the card),
 * and each month's thank-you brings a new one. Confirm links keep their 7 days from signing, sign-in
 * links Auth.js's 15 minutes, data-access links 24 hours; unsubscribe links never expire.
 */
const REMOVE_LINK_DAYS = 30;
const MANAGE_LINK_DAYS = 7;
const DAY_MS = 86_400_000;

/** Starts the lifetime of the expiring links just made for the emails being sent. */
export async function startLinkLifetimes(
  db: PrismaClient,
  made: Map<TLinkPurpose, string[]>,
  now: number,
): Promise<void> {
  const removes = (made.get("signature-remove") ?? []).map(hashToken);
  if (removes.length) {
    await db.signatureToken.updateMany({
      where: { tokenHash: { in: removes }, purpose: "REMOVE" },
      data: { expiresAt: new Date(now + REMOVE_LINK_DAYS * DAY_MS) },
    });
  }
  const manages = (made.get("manage-gift") ?? []).map(hashToken);
  if (manages.length) {
    await db.donation.updateMany({
      where: { manageTokenHash: { in: manages } },
      data: { manageTokenExpiresAt: new Date(now + MANAGE_LINK_DAYS * DAY_MS) },
    });
  }
}
