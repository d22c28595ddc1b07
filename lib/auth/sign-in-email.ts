import type { PrismaClient } from "../db/client";
import type { TEnv } from "../env";
import { randomUUID } from "node:crypto";
import { emailIdOfSignInToken, linkSlot, signInToken } from "../mail/link-tokens";
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
  page.searchParams.set("token", TOKEN_SLOT);
  page.searchParams.set("email", params.get("email") ?? "");
  if (destination) page.searchParams.set("callbackUrl", new URL(destination, appUrl).pathname);
  return page.toString().replace(TOKEN_SLOT, linkSlot("organiser-sign-in"));
}

// Where the token goes while the link is built (URL-safe, so it survives the query's encoding).
const TOKEN_SLOT = "TOKENSLOT";

/**
 * The email provider's hooks: the sign-in link goes into the same outbox as every other email, with
 * a slot where its token goes. The token is chosen here (Auth.js stores only its hash) as one made
 * from the email's id under AUTH_SECRET (lib/mail/link-tokens.ts), so the worker makes it again when
 * it sends the email and the outbox never holds a live sign-in.
 */
export function signInEmail(db: PrismaClient, env: Pick<TEnv, "APP_URL" | "AUTH_SECRET">) {
  return {
    generateVerificationToken: () => signInToken(env.AUTH_SECRET, randomUUID()),
    async sendVerificationRequest({
      identifier,
      url: rawUrl,
      token,
    }: {
      identifier: string;
      url: string;
      token: string;
    }) {
      // Auth.js wrote this link, on the host the request came under: its path is ours.
      const url = confirmPageUrl(onAppUrl(rawUrl, env.APP_URL, new URL(rawUrl).origin), env.APP_URL);
      await queueEmail(db, identifier, "organiser-sign-in", { url }, null, emailIdOfSignInToken(token));
    },
  };
}
