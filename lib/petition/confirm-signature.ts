import type { PrismaClient } from "../db/client";
import { hashToken } from "../crypto/tokens";

export type TTokenState = "valid" | "expired" | "unknown" | "done";

/** What a confirmation link leads to, without changing anything (a GET must confirm nothing). */
export async function inspectConfirmToken(db: PrismaClient, token: string): Promise<TTokenState> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return "unknown";
  const row = await db.signatureToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, expiresAt: true, signature: { select: { status: true } } },
  });
  if (!row || row.purpose !== "CONFIRM") return "unknown";
  if (row.signature.status === "CONFIRMED") return "done";
  if (row.signature.status !== "PENDING") return "unknown";
  if (row.expiresAt && row.expiresAt.getTime() < Date.now()) return "expired";
  return "valid";
}

/**
 * Confirms the signature a valid link belongs to. The token is kept (only its hash is stored) so
 * the link keeps saying "already confirmed"; pressing the button twice is harmless.
 */
export async function confirmSignature(db: PrismaClient, token: string): Promise<TTokenState> {
  const state = await inspectConfirmToken(db, token);
  if (state !== "valid") return state;
  const row = await db.signatureToken.findUniqueOrThrow({
    where: { tokenHash: hashToken(token) },
    select: { signatureId: true },
  });
  await db.signature.updateMany({
    where: { id: row.signatureId, status: "PENDING" },
    data: { status: "CONFIRMED", confirmedAt: new Date() },
  });
  return "done";
}
