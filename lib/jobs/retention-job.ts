import { runRetention } from "../privacy/retention";
import type { TJob } from "./job";

/** The retention rules, daily from the first turn on: every worker may run them, and a second run changes nothing. */
export const retentionJob: TJob = {
  name: "retention",
  intervalMs: 86_400_000,
  // A failed run is tried again within the hour, not the next day.
  maxBackoffMs: 3_600_000,
  run: async ({ db, env, now }) => {
    await runRetention(db, now(), env.ANONYMISE_DAYS_AFTER_CLOSE);
  },
};
