import { sendSignInLinks } from "../auth/send-sign-in-links";
import type { TJob } from "./job";

/**
 * Turns sign-in requests into links for organisers (lib/auth/send-sign-in-links.ts), here rather than in
 * the process that answered the request, so nothing it answers depends on who is an organiser. Every
 * second: with delivery's own second, a link is in the organiser's mailbox within about two.
 */
export const signInLinksJob: TJob = {
  name: "sign-in-links",
  intervalMs: 1_000,
  maxBackoffMs: 30_000,
  run: async ({ db, env, now }) => {
    const settings = { appUrl: env.APP_URL, authSecret: env.AUTH_SECRET, organiserEmails: env.ORGANISER_EMAILS };
    await sendSignInLinks(db, settings, now());
  },
};
