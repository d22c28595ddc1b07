import type { PrismaClient } from "../db/client";

/**
 * The outbox as the delivery job's heartbeat reports it: emails due or already tried and not sent,
 * the oldest of them, and those set aside. An update's paced emails not yet due are not "waiting".
 */
export async function readOutboxQueue(
  db: PrismaClient,
  now: number,
): Promise<{ waiting: number; oldestWaitingAt: Date | null; deadLettered: number }> {
  const [row] = await db.$queryRaw<{ waiting: bigint; oldest: Date | null; dead: bigint }[]>`
    SELECT
      count(*) AS "waiting", min("createdAt") AS "oldest",
      (SELECT count(*) FROM "OutboxEmail" WHERE "status" = 'DEAD') AS "dead"
    FROM "OutboxEmail" WHERE "status" = 'PENDING' AND ("nextAttemptAt" <= ${new Date(now)} OR "attempts" > 0)`;
  return { waiting: Number(row.waiting), oldestWaitingAt: row.oldest, deadLettered: Number(row.dead) };
}

/** When the oldest unsent sign-in, confirmation or data-access email was queued (null: none waiting). */
export async function oldestUrgentWaiting(db: PrismaClient): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ oldest: Date | null }[]>`
    SELECT min("createdAt") AS "oldest" FROM "OutboxEmail"
    WHERE "status" = 'PENDING' AND "priority" = 0`;
  return row.oldest;
}
