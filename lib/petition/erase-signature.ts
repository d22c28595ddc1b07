import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../db/client";
import { hashToken } from "../crypto/tokens";

/**
 * Erases a signature's personal data for good: the row stays (status ERASED, no name, email,
 * postcode or address hash) so totals stay honest, its tokens and unsent emails go, and a
 * deletion log entry records that it happened, with no personal data.
 */
export async function eraseSignatureById(
  tx: Prisma.TransactionClient,
  signatureId: string,
  reason: string,
): Promise<boolean> {
  const signature = await tx.signature.findUnique({
    where: { id: signatureId },
    select: { status: true, petitionId: true },
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
  await tx.outboxEmail.deleteMany({ where: { signatureId, status: { not: "SENT" } } });
  await tx.outboxEmail.updateMany({ where: { signatureId }, data: { toAddress: "", text: "", signatureId: null } });
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

/** "Remove my signature", from the link in any email we sent. */
export async function eraseSignatureByToken(db: PrismaClient, token: string): Promise<"erased" | "unknown"> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return "unknown";
  return db.$transaction(async (tx) => {
    const row = await tx.signatureToken.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { purpose: true, signatureId: true },
    });
    if (!row || row.purpose !== "REMOVE") return "unknown";
    return (await eraseSignatureById(tx, row.signatureId, "signer request")) ? "erased" : "unknown";
  });
}

export async function isRemoveTokenKnown(db: PrismaClient, token: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
  const row = await db.signatureToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { purpose: true } });
  return row?.purpose === "REMOVE";
}
