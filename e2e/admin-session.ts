import { randomBytes, randomUUID } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import { hashToken } from "../lib/crypto/tokens";
import { createPrismaClient } from "../lib/db/client";

/**
 * A real database session for a user with the given role (null = signed in but not an organiser),
 * set as Auth.js's cookie: what the magic link would produce, without going through email.
 */
export async function sessionCookieFor(role: "ORGANISER" | "ADMIN" | null): Promise<{ name: string; value: string }> {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const user = await db.user.create({ data: { email: `user-${randomUUID().slice(0, 8)}@example.org`, role } });
    const sessionToken = randomBytes(24).toString("hex");
    // Stored as its SHA-256, as Auth.js's adapter stores sessions here (lib/auth/hashed-sessions.ts).
    await db.session.create({
      data: { sessionToken: hashToken(sessionToken), userId: user.id, expires: new Date(Date.now() + 3600_000) },
    });
    return { name: "authjs.session-token", value: sessionToken };
  } finally {
    await db.$disconnect();
  }
}

export async function signInAs(context: BrowserContext, baseURL: string, role: "ORGANISER" | "ADMIN" | null) {
  const cookie = await sessionCookieFor(role);
  await context.addCookies([{ ...cookie, url: baseURL }]);
}
