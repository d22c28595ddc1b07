import type { PrismaClient } from "../db/client";
import { deliverDueEmails } from "./deliver-outbox";
import { queueReminders } from "./queue-reminders";
import type { TMailTransport } from "./transport";

/**
 * The background loop: deliver due emails every second (when there is a transport), queue reminders every minute. Errors
 * (the database or SMTP away) are logged and retried on the next turn; nothing is dropped.
 */
export function runWorker(db: PrismaClient, transport: TMailTransport | null, appUrl: string, intervalMs = 1000) {
  let stopped = false;
  let lastReminders = 0;
  let lastError = "";
  const loop = (async () => {
    while (!stopped) {
      try {
        // Without a transport (no SMTP_URL in a deployment) emails wait in the outbox.
        while (transport && (await deliverDueEmails(db, transport)) > 0 && !stopped);
        if (Date.now() - lastReminders > 60_000) {
          lastReminders = Date.now();
          await queueReminders(db, appUrl);
        }
        lastError = "";
      } catch (error) {
        const message = String((error as Error).message ?? error);
        if (message !== lastError) console.error(`Email worker: ${message} (retrying)`);
        lastError = message;
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
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
