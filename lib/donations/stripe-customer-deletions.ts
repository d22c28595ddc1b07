import type Stripe from "stripe";
import type { PrismaClient } from "../db/client";

const BATCH = 20;
const MAX_BACKOFF_MS = 6 * 3_600_000;

/** 1 minute, 2, 4 … up to 6 hours: an outage of any length is waited out, the erasure never waits. */
const backoffMs = (attempts: number) => Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** Math.max(0, attempts - 1));

/** Whether Stripe answered that it has no such customer (deleted already, in its dashboard or by another worker). */
function isGone(error: unknown): boolean {
  const e = error as { statusCode?: number; code?: string };
  return e?.statusCode === 404 || e?.code === "resource_missing";
}

/**
 * Deletes the Stripe customers of erased donors (queued by lib/donations/erase-donor.ts and the
 * donor retention job) that are due: one call each; on failure the row waits longer each time, and
 * once Stripe has deleted it the row goes (nothing is kept of a deleted customer).
 */
export async function deleteQueuedStripeCustomers(
  db: PrismaClient,
  stripe: Stripe,
  now: number,
): Promise<{ deleted: number; failed: number }> {
  const due = await db.stripeCustomerDeletion.findMany({
    where: { nextAttemptAt: { lte: new Date(now) } },
    orderBy: { nextAttemptAt: "asc" },
    take: BATCH,
  });
  let deleted = 0;
  let failed = 0;
  for (const row of due) {
    try {
      await stripe.customers.del(row.customerId);
    } catch (error) {
      if (!isGone(error)) {
        const attempts = row.attempts + 1;
        await db.stripeCustomerDeletion.updateMany({
          where: { customerId: row.customerId },
          data: {
            attempts,
            nextAttemptAt: new Date(now + backoffMs(attempts)),
            lastError: String((error as Error)?.message ?? error).slice(0, 300),
          },
        });
        failed++;
        continue;
      }
    }
    await db.stripeCustomerDeletion.deleteMany({ where: { customerId: row.customerId } });
    deleted++;
  }
  return { deleted, failed };
}

/** The queue's size, for the job's heartbeat. */
export async function readStripeDeletionQueue(db: PrismaClient) {
  const [waiting, oldest] = await Promise.all([
    db.stripeCustomerDeletion.count(),
    db.stripeCustomerDeletion.findFirst({ orderBy: { queuedAt: "asc" }, select: { queuedAt: true } }),
  ]);
  return { waiting, oldestWaitingAt: oldest?.queuedAt ?? null, deadLettered: 0 };
}
