import type { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/client";
import { hashToken } from "../crypto/tokens";
import { getEnv } from "../env";
import { forgetAddressInDb, forgetAddressInRedis } from "../privacy/forget-address";
import { emailForAccessToken } from "../privacy/data-access";
import { getRedis } from "../redis/get-redis";
import { canonicalEmail } from "../text/canonical-email";

/**
 * Erases a signature's personal data for good: the row stays (status ERASED, no name, email,
 * postcode or address hash) so totals stay honest, its tokens go, every row elsewhere that names its
 * address goes (lib/privacy/forget-address.ts), and a deletion log entry records that it happened,
 * with no personal data.
 */
export async function eraseSignatureById(
  tx: Prisma.TransactionClient,
  signatureId: string,
  reason: string,
): Promise<boolean> {
  const signature = await tx.signature.findUnique({
    where: { id: signatureId },
    select: { status: true, petitionId: true, email: true },
  });
  if (!signature || signature.status === "ERASED") return false;
  await tx.signature.update({
    where: { id: signatureId },
    data: {
      status: "ERASED",
      firstName: null,
      lastName: null,
      email: null,
      emailKey: null,
      emailDomain: null,
      postcode: null,
      ipHash: null,
      signerCountry: null,
      sourcePath: null,
      erasedAt: new Date(),
    },
  });
  await tx.signatureToken.deleteMany({ where: { signatureId } });
  await tx.outboxEmail.deleteMany({ where: { signatureId } });
  if (signature.email) {
    const secret = getEnv().IP_HASH_SECRET;
    await forgetAddressInDb(tx, signature.email, secret);
    await forgetAddressInRedis(getRedis(), signature.email, secret);
  }
  await tx.deletionLog.create({
    data: {
      subject: "signature",
      petitionId: signature.petitionId,
      wasConfirmed: signature.status === "CONFIRMED",
      reason,
    },
  });
  return true;
}

// A remove link works until 30 days after its email was sent (lib/mail/link-lifetimes.ts); before
// that it has no end yet, and no one holds it.
const removeLinkWorks = (row: { purpose: string; expiresAt: Date | null } | null, now: number) =>
  row?.purpose === "REMOVE" && (!row.expiresAt || row.expiresAt.getTime() > now);

/** "Remove my signature", from the link in any email we sent. */
export async function eraseSignatureByToken(
  db: PrismaClient,
  token: string,
  now = Date.now(),
): Promise<"erased" | "unknown"> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return "unknown";
  return db.$transaction(async (tx) => {
    const row = await tx.signatureToken.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { purpose: true, signatureId: true, expiresAt: true },
    });
    if (!row || !removeLinkWorks(row, now)) return "unknown";
    if (!(await eraseSignatureById(tx, row.signatureId, "signer request"))) return "unknown";
    // On record that it happened, never who: the signature's row holds nothing of her any more.
    await recordAudit(tx, "supporter", "remove-signature", row.signatureId);
    return "erased";
  });
}

/**
 * "Remove my signature" from the data page an emailed data-access link opens: a remove link works for
 * 30 days after its email is sent, so after that this is a signer's way to remove it. Holding a working
 * data-access link to the signature's own address is the permission; anything else is "unknown".
 */
export async function eraseSignatureWithDataLink(
  db: PrismaClient,
  token: string,
  signatureId: string,
  now = Date.now(),
): Promise<"erased" | "unknown"> {
  const email = await emailForAccessToken(db, token, now);
  if (!email) return "unknown";
  return db.$transaction(async (tx) => {
    const owned = await tx.signature.count({ where: { id: signatureId, emailKey: canonicalEmail(email) } });
    if (!owned || !(await eraseSignatureById(tx, signatureId, "signer request"))) return "unknown";
    await recordAudit(tx, "supporter", "remove-signature", signatureId);
    return "erased";
  });
}

export async function isRemoveTokenKnown(db: PrismaClient, token: string, now = Date.now()): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
  const row = await db.signatureToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, expiresAt: true },
  });
  return removeLinkWorks(row, now);
}
