import { paceUpdates } from "../updates/pace-updates";
import type { TJob } from "./job";

/** Hands the next paced batch of an update being sent to the outbox (none without a transport). */
export const updatePacingJob: TJob = {
  name: "update-pacing",
  intervalMs: 1000,
  run: async ({ db, transport, env, now }) => {
    if (!transport) return;
    await paceUpdates(
      db,
      { appUrl: env.APP_URL, perMinute: env.UPDATE_SEND_PER_MINUTE, secret: env.AUTH_SECRET },
      now(),
    );
  },
};
