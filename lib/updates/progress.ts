import type { PrismaClient } from "../db/client";

export type TUpdateProgress = {
  /** Counted when sending started; the bar's end (people who sign meanwhile may add a few). */
  audience: number;
  queued: number;
  sent: number;
  failed: number;
};

/** How far an update has gone, from its deliveries and their emails' states in the outbox. */
export async function updateProgress(db: PrismaClient, id: string): Promise<TUpdateProgress> {
  const [row] = await db.$queryRaw<TUpdateProgress[]>`
    SELECT u."audience", u."queued",
      count(e."id") FILTER (WHERE e."status" = 'SENT')::int AS "sent",
      count(e."id") FILTER (WHERE e."status" IN ('FAILED', 'DEAD'))::int AS "failed"
    FROM "CampaignUpdate" u
    LEFT JOIN "UpdateDelivery" d ON d."updateId" = u."id"
    LEFT JOIN "OutboxEmail" e ON e."id" = d."emailId"
    WHERE u."id" = ${id}
    GROUP BY u."id"`;
  return row ?? { audience: 0, queued: 0, sent: 0, failed: 0 };
}
