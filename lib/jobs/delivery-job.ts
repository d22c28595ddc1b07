import { deliverDueEmails, msUntilNextDue } from "../mail/deliver-outbox";
import { readOutboxQueue } from "../mail/outbox-queue";
import { suppressionHooks } from "../mail/suppression/suppression-hooks";
import { suppressionKeys } from "../mail/suppression/suppression-keys";
import type { TJob } from "./job";

const INTERVAL_MS = 1000;

/**
 * Sends due emails. A turn delivers for at most its interval, then waits until the next email falls
 * due (an update's paced emails fall due every few milliseconds). Without a transport (no SMTP_URL
 * in a deployment) emails wait in the outbox.
 */
export const deliveryJob: TJob = {
  name: "delivery",
  intervalMs: INTERVAL_MS,
  // An outage of the database is waited out at most this long between tries: sign-in links are due.
  maxBackoffMs: 30_000,
  run: async ({ db, transport, env, now, stopping }) => {
    if (!transport) return;
    const links = { appUrl: env.APP_URL, secret: env.AUTH_SECRET };
    const hooks = suppressionHooks(db, suppressionKeys(env));
    const turnEnds = now() + INTERVAL_MS;
    while (now() < turnEnds && !stopping() && (await deliverDueEmails(db, transport, links, now, hooks)) > 0);
    return { nextInMs: await msUntilNextDue(db, INTERVAL_MS, now) };
  },
  queue: ({ db, now }) => readOutboxQueue(db, now()),
};
