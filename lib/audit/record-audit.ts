import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../db/client";

type TDb = Pick<PrismaClient, "auditLog">;

/** Writes who did what to the audit log (inside the caller's transaction when given one). */
export async function recordAudit(db: TDb, actorEmail: string, action: string, target?: string | null, details?: Prisma.InputJsonValue) {
  await db.auditLog.create({ data: { actorEmail, action, target: target ?? null, details } });
}
