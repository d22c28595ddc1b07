import { runDonorRetention } from "../donations/donor-retention";
import type { TJob } from "./job";

/** Each donor record's end (lib/donations/donor-retention.ts), daily; a second run changes nothing. */
export const donorRetentionJob: TJob = {
  name: "donor-retention",
  intervalMs: 86_400_000,
  maxBackoffMs: 3_600_000,
  run: async ({ db, env, now }) => {
    await runDonorRetention(db, now(), env.ACCOUNTING_YEAR_END);
  },
};
