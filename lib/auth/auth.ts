import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/get-db";
import { getEnv } from "../env";
import { onAppUrl } from "./app-url-redirect";
import { withHashedSessions } from "./hashed-sessions";
import { canSignIn } from "./organiser-access";
import { SIGN_IN_LINK_MINUTES } from "./sign-in-link";

/*
 * Auth.js v5: email magic links for organisers, sessions in the database. Auth.js checks and spends
 * the links; it does not make them: the worker does, from the sign-in page's requests, and writes them
 * to the same email outbox as every other email (lib/auth/send-sign-in-links.ts). Who may do what is
 * decided in lib/auth/guards.ts on every page, action and route, not here.
 */
export const { handlers, auth, signOut } = NextAuth(() => {
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
        server: { host: "127.0.0.1", port: 25 }, // unused: the worker queues links in the outbox
        from: env.MAIL_FROM,
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        // Never called: Auth.js's own sign-in endpoint is refused (app/api/auth/[...nextauth]/route.ts)
        // and the page's action only writes a request for the worker.
        sendVerificationRequest() {
          throw new Error("Sign-in links are made by the worker (lib/auth/send-sign-in-links.ts).");
        },
      }),
    ],
    callbacks: {
      // Links and redirects always use APP_URL, the site's one public address, whatever host name
      // the server saw the request under (next start reports "localhost").
      redirect({ url, baseUrl }) {
        return onAppUrl(url, env.APP_URL, baseUrl);
      },
      // Checked again when a link is used: a role taken away since the link was sent stops it.
      async signIn({ user }) {
        if (await canSignIn(db, user.email ?? "", env.ORGANISER_EMAILS)) return true;
        return "/admin/sign-in?error=AccessDenied";
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
