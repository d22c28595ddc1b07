import type { PrismaClient } from "../db/client";
import type { TEnv } from "../env";
import { queueEmail } from "../mail/queue-email";
import { onAppUrl } from "./app-url-redirect";

/**
 * The link in the email opens our confirmation page (a button, not a spent link) with Auth.js's
 * token, address and destination; the button sends them on to Auth.js's callback.
 */
function confirmPageUrl(callbackUrl: string, appUrl: string): string {
  const params = new URL(callbackUrl).searchParams;
  const destination = params.get("callbackUrl");
  const page = new URL("/admin/sign-in/confirm", appUrl);
  for (const name of ["token", "email"]) page.searchParams.set(name, params.get(name) ?? "");
  if (destination) page.searchParams.set("callbackUrl", new URL(destination, appUrl).pathname);
  return page.toString();
}

/** The email provider's hooks: the sign-in link goes into the same outbox as every other email. */
export function signInEmail(db: PrismaClient, env: Pick<TEnv, "APP_URL" | "AUTH_SECRET">) {
  return {
    async sendVerificationRequest({ identifier, url: rawUrl }: { identifier: string; url: string; token: string }) {
      // Auth.js wrote this link, on the host the request came under: its path is ours.
      const url = confirmPageUrl(onAppUrl(rawUrl, env.APP_URL, new URL(rawUrl).origin), env.APP_URL);
      await queueEmail(db, identifier, "organiser-sign-in", { url });
    },
  };
}
