import type { PrismaClient } from "../db/client";
import { runRetention } from "../privacy/retention";
import { deliverDueEmails, msUntilNextDue } from "./deliver-outbox";
import { queueReminders } from "../petition/queue-reminders";
import { handleRepeatSigners } from "../petition/repeat-signers";
import { paceUpdates } from "../updates/pace-updates";
import type { TMailTransport } from "./transport";

type TWorkerSettings = {
  appUrl: string;
  /** AUTH_SECRET: the key that confirmation emails' links derive from (lib/petition/confirmation-links.ts). */
  linkSecret: string;
  anonymiseDaysAfterClose: number;
  /** Email updates to supporters: emails a minute, and the key their unsubscribe links derive from. */
  updates: { perMinute: number; secret: string };
};

/**
 * The background loop: every second, or sooner when an email falls due sooner (when there is a
 * transport), hand the next paced batch of an update being sent to the outbox, act on repeat
 * signers' follow-ups, then deliver due
 * emails; queue reminders every minute, apply the retention rules daily. Errors (the database or
 * SMTP away) are logged and retried on the next turn; nothing is dropped.
 */
export function runWorker(
  db: PrismaClient,
  transport: TMailTransport | null,
  settings: TWorkerSettings,
  intervalMs = 1000,
) {
  const { appUrl } = settings;
  let stopped = false;
  let lastReminders = 0;
  let lastRetention = 0;
  let lastError = "";
  const loop = (async () => {
    while (!stopped) {
      let wait = intervalMs;
      try {
        // Without a transport (no SMTP_URL in a deployment) emails wait in the outbox, and no update
        // is handed to it.
        if (transport) await paceUpdates(db, { appUrl, ...settings.updates });
        // Repeat signers' follow-ups become emails here, away from the process that answered them
        // (lib/petition/repeat-signers.ts); without a transport the emails wait in the outbox.
        await handleRepeatSigners(db, appUrl);
        // A turn delivers for at most its interval, so a long backlog, or an update's emails falling
        // due one after another, never keeps the pacer, reminders and retention waiting.
        const turnEnds = Date.now() + intervalMs;
        while (
          transport &&
          Date.now() < turnEnds &&
          (await deliverDueEmails(db, transport, { appUrl, secret: settings.linkSecret })) > 0 &&
          !stopped
        );
        if (Date.now() - lastReminders > 60_000) {
          lastReminders = Date.now();
          await queueReminders(db, appUrl);
        }
        // Daily, from the first turn on: every worker may run it, and a second run changes nothing.
        if (Date.now() - lastRetention > 86_400_000) {
          lastRetention = Date.now();
          await runRetention(db, Date.now(), settings.anonymiseDaysAfterClose);
        }
        if (transport) wait = await msUntilNextDue(db, intervalMs);
        lastError = "";
      } catch (error) {
        const message = String((error as Error).message ?? error);
        if (message !== lastError) console.error(`Email worker: ${message} (retrying)`);
        lastError = message;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      transport?.close();
    },
  };
}
