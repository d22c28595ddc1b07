import { handleRepeatSigners } from "../petition/repeat-signers";
import type { TJob } from "./job";

/**
 * Acts on repeat signers' follow-ups (lib/petition/repeat-signers.ts), here in the worker rather than in
 * the process that answered them, so an answer's time and the instance's next answers say nothing about
 * whether an address had signed before. Its emails wait in the outbox when there is no transport.
 */
export const repeatSignersJob: TJob = {
  name: "repeat-signers",
  intervalMs: 1_000,
  run: async ({ db, env, now }) => {
    await handleRepeatSigners(db, { appUrl: env.APP_URL, secret: env.AUTH_SECRET }, now());
  },
};
