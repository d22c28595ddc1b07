import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";

/** The emails set aside (DEAD), newest first, for the dashboard: the recipient's domain only, and why. */
export async function listDeadLetters(db: PrismaClient, take = 20) {
  const rows = await db.outboxEmail.findMany({
    where: { status: "DEAD" },
    select: { id: true, kind: true, toAddress: true, lastError: true, rowFailures: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take,
  });
  return rows.map(({ toAddress, ...row }) => ({ ...row, toDomain: toAddress.split("@").pop() ?? "" }));
}

/** Puts a dead letter back in the queue with its count cleared (after the cause was fixed). */
export async function retryDeadLetter(db: PrismaClient, actorEmail: string, id: string): Promise<void> {
  const { count } = await db.outboxEmail.updateMany({
    where: { id, status: "DEAD" },
    data: { status: "PENDING", rowFailures: 0, nextAttemptAt: new Date(), lockedUntil: null },
  });
  if (!count) throw new AppError("NOT_FOUND", "deadLetterGone");
  await recordAudit(db, actorEmail, "retry-dead-letter", id);
}

/** Gives up on a dead letter for good: its text (and any link in it) is not kept. */
export async function discardDeadLetter(db: PrismaClient, actorEmail: string, id: string): Promise<void> {
  const { count } = await db.outboxEmail.updateMany({
    where: { id, status: "DEAD" },
    data: {
      status: "FAILED",
      text: "",
      body: "CLEARED",
      headers: Prisma.DbNull,
      lastError: `Discarded by ${actorEmail}`,
    },
  });
  if (!count) throw new AppError("NOT_FOUND", "deadLetterGone");
  await recordAudit(db, actorEmail, "discard-dead-letter", id);
}
