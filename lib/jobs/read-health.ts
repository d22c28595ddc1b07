import type { PrismaClient } from "../db/client";
import { oldestUrgentWaiting } from "../mail/outbox-queue";

/** Sign-in and confirmation mail older than this is a warning on the dashboard. */
export const URGENT_MAIL_WARN_SECONDS = 180;
// Heartbeats of workers silent this long (stopped, replaced) are not shown.
const LIVE_WITHIN_MS = 15 * 60_000;

/**
 * The health of background work across every worker: each job's heartbeat per worker, the oldest
 * sign-in, confirmation or data-access email still waiting, dead letters, suppressed addresses and
 * policy alerts of the last week. Read by the dashboard and /api/metrics.
 */
export async function readJobHealth(db: PrismaClient, now = Date.now()) {
  const [beats, urgentOldest, deadLetters, suppressed, alerts] = await Promise.all([
    db.jobHeartbeat.findMany({
      where: { updatedAt: { gt: new Date(now - LIVE_WITHIN_MS) } },
      orderBy: [{ job: "asc" }, { worker: "asc" }],
    }),
    oldestUrgentWaiting(db),
    db.outboxEmail.count({ where: { status: "DEAD" } }),
    db.suppressedAddress.count(),
    db.mailAlert.findMany({
      where: { at: { gt: new Date(now - 7 * 86_400_000) } },
      orderBy: { at: "desc" },
      take: 5,
    }),
  ]);
  const urgentWaitingSeconds = urgentOldest ? Math.max(0, (now - urgentOldest.getTime()) / 1000) : 0;
  return {
    beats,
    urgentWaitingSeconds,
    urgentMailLate: urgentWaitingSeconds > URGENT_MAIL_WARN_SECONDS,
    deadLetters,
    suppressed,
    alerts,
  };
}
