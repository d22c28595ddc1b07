import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import type { TEnv } from "../env";
import { labelHeaders, senderDomain } from "./mail-headers";

/** `kind`: the outbox row's email kind, which decides the labelling headers (lib/mail/mail-headers.ts). */
type TMail = { to: string; subject: string; text: string; kind?: string; headers?: Record<string, string> };
export type TMailTransport = { send: (mail: TMail) => Promise<void>; close: () => void };

/** How email leaves this deployment, said in words for the start-up log and the dashboard. */
export function mailMode(env: Pick<TEnv, "SMTP_URL" | "EMBEDDED_DATABASE" | "NODE_ENV">): "smtp" | "print" | "hold" {
  if (env.SMTP_URL) return "smtp";
  // Printing puts confirmation and sign-in links in the log: only for someone trying the app on
  // their own machine (`npm start` on the embedded database, or `npm run dev`).
  return env.EMBEDDED_DATABASE || env.NODE_ENV === "development" ? "print" : "hold";
}

export const MAIL_MODE_WORDS = {
  smtp: "Emails are sent through SMTP_URL.",
  print: "SMTP_URL is not set: emails are printed in the server's console (local use only).",
  hold: "SMTP_URL is not set: no email is being sent. Emails wait in the outbox and go out once SMTP_URL is set.",
} as const;

/**
 * Real SMTP through nodemailer when SMTP_URL is set; in local use the email is printed, links and
 * all, so someone trying the app on `npm start` can still confirm a signature; otherwise none
 * (emails wait in the outbox).
 */
export function createMailTransport(
  env: Pick<TEnv, "SMTP_URL" | "MAIL_FROM" | "EMBEDDED_DATABASE" | "NODE_ENV"> &
    Partial<Pick<TEnv, "MAIL_REPLY_TO" | "DKIM_DOMAIN" | "DKIM_SELECTOR" | "DKIM_PRIVATE_KEY">>,
): TMailTransport | null {
  const mode = mailMode(env);
  if (mode === "hold") return null;
  const from = env.MAIL_FROM;
  const domain = senderDomain(from);
  const headersOf = (mail: TMail) => ({ ...labelHeaders(mail.kind, domain), ...mail.headers });
  const smtpUrl = env.SMTP_URL;
  if (!smtpUrl) {
    return {
      send: async (mail) => {
        console.log(
          `\n--- email (SMTP_URL not set, so printed here) ---\n` +
            `To: ${mail.to}\nSubject: ${mail.subject}\n` +
            Object.entries(headersOf(mail))
              .map(([name, value]) => `${name}: ${value}\n`)
              .join("") +
            `\n${mail.text}\n---\n`,
        );
      },
      close: () => {},
    };
  }
  // A few kept-open connections instead of one new connection (and greeting) per email.
  const url = new URL(smtpUrl);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  if (!url.searchParams.has("maxConnections")) url.searchParams.set("maxConnections", "4");
  const transporter = nodemailer.createTransport(url.toString());
  const dkim =
    env.DKIM_DOMAIN && env.DKIM_SELECTOR && env.DKIM_PRIVATE_KEY
      ? { domainName: env.DKIM_DOMAIN, keySelector: env.DKIM_SELECTOR, privateKey: env.DKIM_PRIVATE_KEY }
      : undefined;
  return {
    send: async (mail) => {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: headersOf(mail),
        // On our own domain, so a receiving server sees one identity (and DMARC alignment holds).
        messageId: `<${randomUUID()}@${domain}>`,
        // Without MAIL_REPLY_TO none: From may be a no-reply address, and no email invites a reply.
        ...(env.MAIL_REPLY_TO ? { replyTo: env.MAIL_REPLY_TO } : {}),
        ...(dkim ? { dkim } : {}),
      });
    },
    close: () => transporter.close(),
  };
}
