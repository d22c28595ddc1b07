import { queueReminders } from "../petition/queue-reminders";
import type { TJob } from "./job";

/** Queues reminders to confirm (at most two per signature), once a minute. */
export const remindersJob: TJob = {
  name: "reminders",
  intervalMs: 60_000,
  run: async ({ db, env, now }) => {
    await queueReminders(db, { appUrl: env.APP_URL, secret: env.AUTH_SECRET }, now());
  },
};
