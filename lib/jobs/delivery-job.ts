import { deliverDueEmails, msUntilNextDue } from "../mail/deliver-outbox";
import { readOutboxQueue } from "../mail/outbox-queue";
import { suppressionHooks } from "../mail/suppression/suppression-hooks";
import { suppressionKeys } from "../mail/suppression/suppression-keys";
import { renderDeferredConfirmations } from "../petition/confirmation-links";
import type { TJob } from "./job";

/** Emails queued without their text, by kind, and who renders them when they are sent. */
export const SEND_TIME_RENDERERS = { "signature-confirm": renderDeferredConfirmations };

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
    const links = { appUrl: env.APP_URL, secret: env.AUTH_SECRET, renderers: SEND_TIME_RENDERERS };
    const hooks = suppressionHooks(db, suppressionKeys(env));
    const turnEnds = now() + INTERVAL_MS;
    while (now() < turnEnds && !stopping() && (await deliverDueEmails(db, transport, links, now, hooks)) > 0);
    return { nextInMs: await msUntilNextDue(db, INTERVAL_MS, now) };
  },
  queue: ({ db, now }) => readOutboxQueue(db, now()),
};
