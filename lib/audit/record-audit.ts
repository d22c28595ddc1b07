import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../db/client";

type TDb = Pick<PrismaClient, "auditLog">;

/** Writes who did what to the audit log (inside the caller's transaction when given one); gives its id. */
export async function recordAudit(
  db: TDb,
  actorEmail: string,
  action: string,
  target?: string | null,
  details?: Prisma.InputJsonValue,
): Promise<string> {
  const row = await db.auditLog.create({
    data: { actorEmail, action, target: target ?? null, details },
    select: { id: true },
  });
  return row.id;
}

/** Replaces an entry's details once the work it records has finished (e.g. an export's row count). */
export async function completeAudit(db: TDb, id: string, details: Prisma.InputJsonValue): Promise<void> {
  await db.auditLog.update({ where: { id }, data: { details } });
}

/** The latest entries, newest first, optionally of one action (e.g. "export-signatures"). */
export function listAudit(db: Pick<PrismaClient, "auditLog">, action?: string) {
  return db.auditLog.findMany({ where: action ? { action } : {}, orderBy: { createdAt: "desc" }, take: 200 });
}
