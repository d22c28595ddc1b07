import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/get-db";
import { getEnv } from "../env";
import { onAppUrl } from "./app-url-redirect";
import { withHashedSessions } from "./hashed-sessions";
import { signInEmail } from "./sign-in-email";
import { canSignIn } from "./organiser-access";

/*
 * Auth.js v5: email magic links for organisers, sessions in the database. The link is written to
 * the same email outbox as every other email (so SMTP_URL or the console delivers it, with retries).
 * Who may do what is decided in lib/auth/guards.ts on every page, action and route, not here.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  const db = getDb();
  return {
    // Sessions stored as their token's SHA-256: a database copy holds no live session.
    adapter: withHashedSessions(PrismaAdapter(db)),
    secret: env.AUTH_SECRET,
    trustHost: true,
    // Secure (and __Secure- prefixed) session cookies whenever the site is served over https.
    useSecureCookies: env.APP_URL.startsWith("https://"),
    session: { strategy: "database", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/admin/sign-in", verifyRequest: "/admin/sign-in/check-email", error: "/admin/sign-in" },
    providers: [
      Nodemailer({
        server: { host: "127.0.0.1", port: 25 }, // unused: sendVerificationRequest below goes through the outbox
        from: env.MAIL_FROM,
        maxAge: 15 * 60,
        ...signInEmail(db, env),
      }),
    ],
    callbacks: {
      // Links and redirects always use APP_URL, the site's one public address, whatever host name
      // the server saw the request under (next start reports "localhost").
      redirect({ url, baseUrl }) {
        return onAppUrl(url, env.APP_URL, baseUrl);
      },
      // Only known organisers get a link. Anyone else is sent to the same "check your email" page,
      // so the form does not reveal who is an organiser.
      async signIn({ user, email }) {
        const address = user.email ?? "";
        if (await canSignIn(db, address, env.ORGANISER_EMAILS)) return true;
        return email?.verificationRequest ? "/admin/sign-in/check-email" : "/admin/sign-in?error=AccessDenied";
      },
    },
    events: {
      async signIn({ user }) {
        const address = (user.email ?? "").toLowerCase();
        if (env.ORGANISER_EMAILS.includes(address)) {
          await db.user.updateMany({ where: { email: address, role: null }, data: { role: "ADMIN" } });
        }
        await recordAudit(db, address, "sign-in");
      },
    },
  };
});
